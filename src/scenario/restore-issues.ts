// What restore() reports: language-neutral codes, a path into the document and parameters.
// The UI words them with describeIssue(); the words live in src/i18n/parts/scenario.ts.
//
// Field-level problems use the generic `value.*` codes (the path says which field: a path such as
// `nodes[3].name` with `value.too-long {max: 255}`); document and graph problems have their own codes.

import type { MessageKey } from '../i18n/en';
import type { Params } from '../i18n/translate';
import type { FileError } from './file-io';
import type { LinkError } from './url-codec';
import { scenarioEn, scenarioPt } from '../i18n/parts/scenario';
import { registerMessages } from '../i18n/translate';

// Whoever describes a load problem brings the words with it: they are not part of the first visit.
registerMessages(scenarioEn, scenarioPt);

export const ISSUE_CODES = [
  // the document as a whole
  'doc.not-object',
  'doc.unreadable',
  'doc.version.missing',
  'doc.version.invalid',
  'doc.version.newer',
  'doc.version.unsupported',
  'doc.migration.failed',
  'doc.mode.unsupported',
  'doc.too-many-nodes',
  'doc.too-many-edges',
  'doc.more-issues',
  // nodes
  'node.id.missing',
  'node.id.duplicate',
  'node.kind.unknown',
  // any field
  'value.not-string',
  'value.not-number',
  'value.not-integer',
  'value.not-boolean',
  'value.not-object',
  'value.not-array',
  'value.out-of-range',
  'value.empty',
  'value.too-long',
  'value.too-many',
  'value.not-one-of',
  'value.not-digits',
  'value.duplicate-key',
  // edges: each of these drops the edge (a warning, the rest of the document loads)
  'edge.not-object',
  'edge.id.invalid',
  'edge.id.duplicate',
  'edge.kind.unknown',
  'edge.missing-node',
  'edge.same-node',
  'edge.wrong-kinds',
  'edge.producer-has-target',
  'edge.consumer-has-queue',
  'edge.duplicate-binding',
  'edge.dropped',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export type IssueParams = Readonly<Record<string, string | number>>;

export interface RestoreIssue {
  code: IssueCode;
  /** Where in the document, e.g. `nodes[3].message.headers[0].key`; '' for the whole document. */
  path: string;
  params?: IssueParams;
}

export type Translate = (key: MessageKey, params?: Params) => string;

const NODE_KIND_KEYS: Readonly<Record<string, MessageKey>> = {
  producer: 'node.producer',
  exchange: 'node.exchange',
  queue: 'node.queue',
  consumer: 'node.consumer',
};

const EDGE_KIND_KEYS: Readonly<Record<string, MessageKey>> = {
  publish: 'scenario.edgeKind.publish',
  binding: 'scenario.edgeKind.binding',
  subscription: 'scenario.edgeKind.subscription',
};

/** One sentence for the user, in their language: "nodes[3].name: longer than 255 bytes". */
export function describeIssue(issue: RestoreIssue, t: Translate): string {
  const params: Record<string, string | number> = { ...issue.params };
  // Node kinds are words the canvas already translates.
  for (const name of ['from', 'to']) {
    const kind = params[name];
    if (typeof kind === 'string' && Object.hasOwn(NODE_KIND_KEYS, kind)) params[name] = t(NODE_KIND_KEYS[kind]);
  }
  const edgeKind = params.kind;
  if (issue.code === 'edge.wrong-kinds' && typeof edgeKind === 'string' && Object.hasOwn(EDGE_KIND_KEYS, edgeKind)) {
    params.kind = t(EDGE_KIND_KEYS[edgeKind]);
  }
  const key: MessageKey = `scenario.issue.${issue.code}`;
  const message = t(key, params);
  return issue.path === '' ? message : t('scenario.issue.at', { path: issue.path, message });
}

/** A refused link as lines for a dialog: what went wrong, each restore problem, and that nothing changed. */
export function describeLinkError(error: LinkError, t: Translate): string[] {
  const key: MessageKey = `scenario.link.${error.code}`;
  return [t(key, error.params), ...(error.issues ?? []).map((i) => describeIssue(i, t)), t('scenario.link.keptWork')];
}

/** A refused file as lines for a dialog. */
export function describeFileError(error: FileError, t: Translate): string[] {
  const key: MessageKey = `scenario.file.${error.code}`;
  return [t(key, error.params), ...(error.issues ?? []).map((i) => describeIssue(i, t))];
}
