// The one way a scenario comes back in: autosave, file import and share links all end here.
// restoreScenario() takes anything (parsed JSON, or whatever an old build left in storage),
// upgrades it through migrations.ts, then copies it field by field into a fresh Scenario:
// no casts, no aliasing of the input, missing fields filled with the editor's defaults, every
// problem reported as a code with a path. Errors refuse the document (the caller keeps the
// user's current work); warnings (dropped edges, renumbered ids) let it load.

import { migrate, MIGRATIONS, type MigrationTable } from './migrations';
import { readEdges } from './restore-edges';
import type { RestoreIssue } from './restore-issues';
import { LIMITS, NUMBER_RANGES } from './restore-limits';
import { readNode } from './restore-nodes';
import { field, isRecord, readArray, readNumber, readObject, readString, report, type Sink } from './restore-values';
import type { Scenario, ScenarioNode } from './types';
import { SCENARIO_VERSION } from './types';

export type RestoreResult =
  | { ok: true; scenario: Scenario; warnings: RestoreIssue[] }
  | { ok: false; errors: RestoreIssue[] };

export interface RestoreOptions {
  /** Replaces the migration table; for tests. */
  migrations?: MigrationTable;
}

/** At most this many issues are listed; the rest are counted in one `doc.more-issues`. */
export const MAX_LISTED_ISSUES = 50;

export function restoreScenario(input: unknown, options: RestoreOptions = {}): RestoreResult {
  try {
    return restore(input, options.migrations ?? MIGRATIONS);
  } catch {
    // Only reachable with live objects (getters, proxies); parsed JSON cannot throw here.
    return { ok: false, errors: [{ code: 'doc.unreadable', path: '' }] };
  }
}

function restore(input: unknown, migrations: MigrationTable): RestoreResult {
  if (!isRecord(input)) return refuse([{ code: 'doc.not-object', path: '' }]);
  const errors: Sink = [];
  const warnings: Sink = [];

  const version = field(input, 'version');
  let doc: Readonly<Record<string, unknown>> = input;
  if (version === undefined) {
    // Hand-written files often leave it out; read them as the current version.
    report(warnings, 'doc.version.missing', 'version', { version: SCENARIO_VERSION });
  } else if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return refuse([{ code: 'doc.version.invalid', path: 'version' }]);
  } else if (version > SCENARIO_VERSION) {
    return refuse([{ code: 'doc.version.newer', path: 'version', params: { version, supported: SCENARIO_VERSION } }]);
  } else if (version < SCENARIO_VERSION) {
    const migrated = migrate(input, version, migrations);
    if (!migrated.ok) return refuse([{ code: migrated.code, path: 'version', params: { version, from: migrated.from } }]);
    doc = migrated.doc;
  }

  const mode = field(doc, 'mode');
  if (mode !== undefined && mode !== 'amqp') {
    return refuse([{ code: 'doc.mode.unsupported', path: 'mode', params: { mode: typeof mode === 'string' ? mode.slice(0, 40) : '' } }]);
  }
  const title = readString(errors, field(doc, 'title'), 'title', '', LIMITS.title);
  const playback = readObject(errors, field(doc, 'playback'), 'playback') ?? {};
  const speed = readNumber(errors, field(playback, 'speed'), 'playback.speed', 1, NUMBER_RANGES.speed);

  const rawNodes = field(doc, 'nodes');
  if (Array.isArray(rawNodes) && rawNodes.length > LIMITS.nodes) {
    return refuse([{ code: 'doc.too-many-nodes', path: 'nodes', params: { max: LIMITS.nodes, count: rawNodes.length } }]);
  }
  const rawEdges = field(doc, 'edges');
  if (Array.isArray(rawEdges) && rawEdges.length > LIMITS.edges) {
    return refuse([{ code: 'doc.too-many-edges', path: 'edges', params: { max: LIMITS.edges, count: rawEdges.length } }]);
  }

  const nodes: ScenarioNode[] = [];
  const ids = new Set<string>();
  readArray(errors, rawNodes, 'nodes', LIMITS.nodes).forEach((raw, i) => {
    const node = readNode(errors, raw, `nodes[${i}]`, nodes);
    if (!node) return;
    if (ids.has(node.id)) report(errors, 'node.id.duplicate', `nodes[${i}].id`, { id: node.id });
    ids.add(node.id);
    nodes.push(node);
  });
  const edgeItems = readArray(errors, rawEdges, 'edges', LIMITS.edges);
  if (errors.length > 0) return refuse(errors);

  const edges = readEdges(edgeItems, nodes, warnings);
  const scenario: Scenario = { version: SCENARIO_VERSION, mode: 'amqp', title, playback: { speed }, nodes, edges };
  return { ok: true, scenario, warnings: capIssues(warnings) };
}

function refuse(errors: RestoreIssue[]): RestoreResult {
  return { ok: false, errors: capIssues(errors) };
}

function capIssues(issues: RestoreIssue[]): RestoreIssue[] {
  if (issues.length <= MAX_LISTED_ISSUES) return issues;
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  listed.push({ code: 'doc.more-issues', path: '', params: { count: issues.length - MAX_LISTED_ISSUES } });
  return listed;
}
