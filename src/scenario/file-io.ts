// Scenario files: what "Export" writes and "Import" reads. A file is the scenario document with a
// `format` marker first, so a stray JSON file (or a RabbitMQ definitions export) is recognised and
// refused with a clear message instead of being read as an empty scenario.

import { checkJson } from './json-check';
import type { RestoreIssue } from './restore-issues';
import { restoreScenario } from './restore';
import { field, isRecord } from './restore-values';
import type { Scenario } from './types';

import { FILE_FORMAT, scenarioToPlain } from './plain';

export { FILE_FORMAT, scenarioToPlain };
export const FILE_EXTENSION = '.brokerlab.json';
/** Largest file text we try to parse (characters): well above any scenario within LIMITS. */
export const MAX_FILE_CHARS = 8 * 1024 * 1024;

export function scenarioToJsonFile(s: Scenario): string {
  return `${JSON.stringify({ format: FILE_FORMAT, ...scenarioToPlain(s) }, null, 2)}\n`;
}

export type FileErrorCode = 'empty' | 'too-large' | 'not-json' | 'truncated' | 'wrong-format' | 'rabbitmq-definitions' | 'invalid';

export interface FileError {
  code: FileErrorCode;
  params?: Readonly<Record<string, string | number>>;
  /** For `invalid`: why restore refused the document. */
  issues?: RestoreIssue[];
}

export type ImportResult = { ok: true; scenario: Scenario; warnings: RestoreIssue[] } | { ok: false; error: FileError };

const fail = (code: FileErrorCode, params?: FileError['params']): ImportResult => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** Reads a file's text; never throws. */
export function scenarioFromJsonText(text: string): ImportResult {
  if (typeof text !== 'string') return fail('not-json', { line: 1, column: 1 });
  if (text.length > MAX_FILE_CHARS) return fail('too-large', { max: MAX_FILE_CHARS });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a BOM some editors add
  if (body.trim() === '') return fail('empty');

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return jsonError(body);
  }

  if (isRecord(parsed)) {
    const format = field(parsed, 'format');
    if (format !== undefined && format !== FILE_FORMAT) {
      return fail('wrong-format', { format: typeof format === 'string' ? format.slice(0, 60) : '' });
    }
    if (format === undefined && looksLikeRabbitDefinitions(parsed)) return fail('rabbitmq-definitions');
  }
  const restored = restoreScenario(parsed);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, scenario: restored.scenario, warnings: restored.warnings };
}

/** Where the text stops being JSON, found the same way in every browser. */
function jsonError(text: string): ImportResult {
  try {
    const problem = checkJson(text);
    if (problem) {
      const params = { line: problem.line, column: problem.column };
      return problem.problem === 'unexpected-end' ? fail('truncated', params) : fail('not-json', params);
    }
  } catch {
    // Nesting deep enough to exhaust the checker's stack: no position to give.
  }
  return fail('not-json', { line: '?', column: '?' });
}

/** `rabbitmqctl export_definitions` / management UI exports. */
function looksLikeRabbitDefinitions(doc: Record<string, unknown>): boolean {
  if (field(doc, 'rabbit_version') !== undefined || field(doc, 'rabbitmq_version') !== undefined) return true;
  return field(doc, 'nodes') === undefined && Array.isArray(field(doc, 'queues')) && Array.isArray(field(doc, 'bindings'));
}
