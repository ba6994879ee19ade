// RabbitMQ definitions → a scenario. Reads a management-API or `rabbitmqctl export_definitions`
// file without trusting it: every section and entry is checked field by field (no casts), the
// scenario is built fresh and then goes through restoreScenario() like any other load. Whatever
// a BrokerLab scenario cannot hold (policies, users, other virtual hosts, unknown exchange types or
// arguments) is listed in the notes, never dropped silently; producers and consumers are not in
// definitions at all, and the notes say so.

import { FILE_FORMAT } from '../file-io';
import type { RestoreIssue } from '../restore-issues';
import { restoreScenario } from '../restore';
import { LIMITS } from '../restore-limits';
import { field, isRecord } from '../restore-values';
import type { ExchangeType, HeaderEntry, QueueArgs, Scenario, XMatch } from '../types';
import { PREDECLARED_EXCHANGES } from './export';
import { readHeadersArgs, readQueueArgs } from './import-args';
import { buildImported, EXCHANGE_TYPES } from './import-build';
import { isName, Notes, short } from './import-notes';
import { DEFAULT_VHOST, type DefinitionsNote, type DefinitionsNoteCode } from './types';

export { MAX_NOTES } from './import-notes';

/** Largest definitions text we try to parse (characters). */
export const MAX_DEFINITIONS_CHARS = 8 * 1024 * 1024;
/** Entries per section we look at; more is refused before reading them. */
export const MAX_SECTION_ENTRIES = 20_000;

export type DefinitionsErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-definitions'
  | 'brokerlab-scenario'
  | 'nothing-to-import'
  | 'too-many'
  | 'invalid';

export interface DefinitionsError {
  code: DefinitionsErrorCode;
  params?: Readonly<Record<string, string | number>>;
  issues?: RestoreIssue[];
}

export type DefinitionsImport =
  | { ok: true; scenario: Scenario; notes: DefinitionsNote[]; vhost: string }
  | { ok: false; error: DefinitionsError };

export interface ImportOptions {
  /** The new scenario's title (the file name, say). */
  title?: string;
}

const fail = (code: DefinitionsErrorCode, params?: DefinitionsError['params']): DefinitionsImport => ({
  ok: false,
  error: params ? { code, params } : { code },
});

export function definitionsFromJsonText(text: string, options: ImportOptions = {}): DefinitionsImport {
  if (typeof text !== 'string') return fail('not-json');
  if (text.length > MAX_DEFINITIONS_CHARS) return fail('too-large', { max: MAX_DEFINITIONS_CHARS });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return fail('not-json');
  }
  return definitionsToScenario(parsed, options);
}

const SECTIONS = ['queues', 'exchanges', 'bindings'] as const;
/** Sections that carry no topology; each one that is not empty gets a note. */
const OTHER_SECTIONS: Readonly<Record<string, DefinitionsNoteCode>> = {
  users: 'import.users',
  permissions: 'import.permissions',
  topic_permissions: 'import.topic-permissions',
  parameters: 'import.parameters',
  global_parameters: 'import.global-parameters',
};
const HARMLESS_SECTIONS = new Set(['rabbit_version', 'rabbitmq_version', 'product_name', 'product_version', 'vhosts', 'policies', 'operator_policies', 'explanation']);
const EXCHANGE_FIELDS = new Set(['name', 'vhost', 'type', 'durable', 'auto_delete', 'internal', 'arguments']);
const QUEUE_FIELDS = new Set(['name', 'vhost', 'durable', 'auto_delete', 'arguments', 'exclusive', 'type']);
const BINDING_FIELDS = new Set(['source', 'vhost', 'destination', 'destination_type', 'routing_key', 'arguments', 'properties_key']);

export function definitionsToScenario(input: unknown, options: ImportOptions = {}): DefinitionsImport {
  if (!isRecord(input)) return fail('not-definitions');
  if (field(input, 'format') === FILE_FORMAT || Array.isArray(field(input, 'nodes'))) return fail('brokerlab-scenario');
  const sections: Record<(typeof SECTIONS)[number], readonly unknown[]> = { queues: [], exchanges: [], bindings: [] };
  let found = false;
  for (const name of SECTIONS) {
    const value = field(input, name);
    if (value === undefined) continue;
    if (!Array.isArray(value)) return fail('not-definitions');
    if (value.length > MAX_SECTION_ENTRIES) return fail('too-many', { count: value.length, max: MAX_SECTION_ENTRIES });
    sections[name] = value;
    found = true;
  }
  if (!found) return fail('not-definitions');

  const notes = new Notes();
  notes.add('import.no-clients');
  for (const key of Object.keys(input)) {
    if ((SECTIONS as readonly string[]).includes(key) || HARMLESS_SECTIONS.has(key)) continue;
    const code = Object.hasOwn(OTHER_SECTIONS, key) ? OTHER_SECTIONS[key] : undefined;
    const value = field(input, key);
    if (code) {
      if (Array.isArray(value) && value.length > 0) notes.add(code, { count: value.length });
    } else notes.add('import.unknown-section', { key: short(key, 60) });
  }

  const vhost = chooseVhost(input, sections, notes);
  const inVhost = (entry: Record<string, unknown>) => {
    const v = field(entry, 'vhost');
    return v === undefined || v === vhost;
  };
  readPolicies(input, notes);

  // ---- exchanges ----
  const exchanges = new Map<string, { type: ExchangeType; durable: boolean; autoDelete: boolean; internal: boolean; alternateExchange: string; order: number }>();
  sections.exchanges.forEach((entry, index) => {
    if (!isRecord(entry)) return notes.add('import.bad-entry', { section: 'exchanges', index });
    if (!inVhost(entry)) return;
    unknownFields(entry, EXCHANGE_FIELDS, 'exchanges', notes);
    const name = field(entry, 'name');
    const type = field(entry, 'type');
    if (name === '') return notes.add('import.default-exchange');
    if (!isName(name) || typeof type !== 'string') return notes.add('import.bad-entry', { section: 'exchanges', index });
    const flags = readFlags(entry, ['durable', 'auto_delete', 'internal'], [true, false, false]);
    if (!flags) return notes.add('import.bad-entry', { section: 'exchanges', index });
    const known = EXCHANGE_TYPES.find((t) => t === type);
    if (!known) return notes.add('import.exchange-type', { name, type: short(type, 60) });
    if (name.startsWith('amq.')) {
      // Predeclared ones are added when a binding needs them; any other amq. name cannot be declared.
      if (!Object.hasOwn(PREDECLARED_EXCHANGES, name)) notes.add('import.reserved-exchange', { name });
      return;
    }
    if (exchanges.has(name)) return notes.add('import.duplicate', { kind: 'exchange', name });
    let alternateExchange = '';
    const args = field(entry, 'arguments');
    if (args !== undefined && !isRecord(args)) return notes.add('import.bad-entry', { section: 'exchanges', index });
    for (const [key, value] of Object.entries(args ?? {})) {
      if (key === 'alternate-exchange' && isName(value)) alternateExchange = value;
      else notes.add('import.exchange-argument', { name, key: short(key, 60), value: short(value) });
    }
    exchanges.set(name, { type: known, durable: flags[0], autoDelete: flags[1], internal: flags[2], alternateExchange, order: index });
  });

  // ---- queues ----
  const queues = new Map<string, { durable: boolean; autoDelete: boolean; exclusive: boolean; args: QueueArgs }>();
  sections.queues.forEach((entry, index) => {
    if (!isRecord(entry)) return notes.add('import.bad-entry', { section: 'queues', index });
    if (!inVhost(entry)) return;
    unknownFields(entry, QUEUE_FIELDS, 'queues', notes);
    const name = field(entry, 'name');
    if (!isName(name) || name === '') return notes.add('import.bad-entry', { section: 'queues', index });
    if (name.startsWith('amq.')) return notes.add('import.reserved-queue', { name });
    const flags = readFlags(entry, ['durable', 'auto_delete', 'exclusive'], [true, false, false]);
    if (!flags) return notes.add('import.bad-entry', { section: 'queues', index });
    if (flags[2]) notes.add('import.exclusive-queue', { name });
    if (queues.has(name)) return notes.add('import.duplicate', { kind: 'queue', name });
    const args = field(entry, 'arguments');
    if (args !== undefined && !isRecord(args)) return notes.add('import.bad-entry', { section: 'queues', index });
    const topType = field(entry, 'type');
    const merged: Record<string, unknown> = { ...(typeof topType === 'string' && topType !== 'classic' ? { 'x-queue-type': topType } : {}), ...args };
    queues.set(name, { durable: flags[0], autoDelete: flags[1], exclusive: flags[2], args: readQueueArgs(name, merged, notes) });
  });

  // ---- bindings ----
  const predeclaredUsed = new Set<string>();
  const bindings: { source: string; destination: string; toExchange: boolean; key: string; xMatch: XMatch; args: HeaderEntry[] }[] = [];
  const seenBindings = new Set<string>();
  const exchangeType = (name: string): ExchangeType | undefined => {
    const own = exchanges.get(name);
    if (own) return own.type;
    const pre = Object.hasOwn(PREDECLARED_EXCHANGES, name) ? EXCHANGE_TYPES.find((t) => t === PREDECLARED_EXCHANGES[name]) : undefined;
    if (pre) predeclaredUsed.add(name);
    return pre;
  };
  sections.bindings.forEach((entry, index) => {
    if (!isRecord(entry)) return notes.add('import.bad-entry', { section: 'bindings', index });
    if (!inVhost(entry)) return;
    unknownFields(entry, BINDING_FIELDS, 'bindings', notes);
    const source = field(entry, 'source');
    const destination = field(entry, 'destination');
    const kind = field(entry, 'destination_type') ?? 'queue';
    const key = field(entry, 'routing_key') ?? '';
    const args = field(entry, 'arguments') ?? {};
    if (typeof source !== 'string' || !isName(destination) || (kind !== 'queue' && kind !== 'exchange') || !isName(key) || !isRecord(args))
      return notes.add('import.bad-entry', { section: 'bindings', index });
    if (source === '') return notes.add('import.binding-default-exchange', { destination });
    const type = exchangeType(source);
    const toExchange = kind === 'exchange';
    const destinationKnown = toExchange ? exchangeType(destination) !== undefined : queues.has(destination);
    if (!type || !destinationKnown) return notes.add('import.binding-missing-end', { source: short(source, 255), destination });
    const read = type === 'headers' ? readHeadersArgs(source, destination, args, notes) : { xMatch: 'all' as XMatch, args: [] };
    if (type !== 'headers')
      for (const k of Object.keys(args)) notes.add('import.binding-argument', { source, destination, key: short(k, 60) });
    const identity = JSON.stringify([source, destination, toExchange, key, read.xMatch, read.args]);
    if (seenBindings.has(identity)) return notes.add('import.binding-duplicate', { source, destination, key });
    seenBindings.add(identity);
    bindings.push({ source, destination, toExchange, key, ...read });
  });
  for (const name of predeclaredUsed) notes.add('import.predeclared-exchange-added', { name });

  if (exchanges.size === 0 && queues.size === 0) return fail('nothing-to-import');
  const nodeCount = exchanges.size + predeclaredUsed.size + queues.size;
  if (nodeCount > LIMITS.nodes) return fail('too-many', { count: nodeCount, max: LIMITS.nodes });
  if (bindings.length > LIMITS.edges) return fail('too-many', { count: bindings.length, max: LIMITS.edges });

  const scenario = buildImported(options.title ?? '', exchanges, predeclaredUsed, queues, bindings);
  const restored = restoreScenario(scenario);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, scenario: restored.scenario, notes: notes.done(), vhost };
}

function readFlags(entry: Record<string, unknown>, keys: readonly string[], defaults: readonly boolean[]): boolean[] | null {
  const out: boolean[] = [];
  for (let i = 0; i < keys.length; i++) {
    const v = field(entry, keys[i]);
    if (v === undefined) out.push(defaults[i]);
    else if (typeof v === 'boolean') out.push(v);
    else return null;
  }
  return out;
}

function unknownFields(entry: Record<string, unknown>, known: ReadonlySet<string>, section: string, notes: Notes): void {
  for (const key of Object.keys(entry)) if (!known.has(key)) notes.addOnce('import.unknown-field', { section, key: short(key, 60) });
}

/** The vhost to import: "/" when the file has it, else the one with the most entries. */
function chooseVhost(input: Record<string, unknown>, sections: Record<string, readonly unknown[]>, notes: Notes): string {
  const counts = new Map<string, number>();
  for (const list of Object.values(sections))
    for (const entry of list) {
      const v = isRecord(entry) ? field(entry, 'vhost') : undefined;
      if (typeof v === 'string') counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  let chosen = DEFAULT_VHOST;
  if (!counts.has(DEFAULT_VHOST) && counts.size > 0) chosen = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  if (chosen !== DEFAULT_VHOST) notes.add('import.vhost-chosen', { vhost: short(chosen, 255) });
  for (const [v, count] of counts) if (v !== chosen) notes.add('import.other-vhost', { vhost: short(v, 255), count });
  const listed = field(input, 'vhosts');
  if (Array.isArray(listed) && listed.length <= MAX_SECTION_ENTRIES)
    for (const item of listed) {
      const name = isRecord(item) ? field(item, 'name') : undefined;
      if (typeof name === 'string' && name !== chosen && !counts.has(name)) notes.add('import.other-vhost', { vhost: short(name, 255), count: 0 });
    }
  return chosen;
}

function readPolicies(input: Record<string, unknown>, notes: Notes): void {
  for (const [section, code] of [
    ['policies', 'import.policy'],
    ['operator_policies', 'import.operator-policy'],
  ] as const) {
    const list = field(input, section);
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > MAX_SECTION_ENTRIES) {
      notes.add('import.unknown-section', { key: section });
      continue;
    }
    list.forEach((p, index) => {
      if (!isRecord(p)) return notes.add('import.bad-entry', { section, index });
      notes.add(code, {
        name: short(field(p, 'name') ?? '', 120),
        vhost: short(field(p, 'vhost') ?? DEFAULT_VHOST, 120),
        pattern: short(field(p, 'pattern') ?? '', 120),
        applyTo: short(field(p, 'apply-to') ?? 'all', 40),
        definition: short(field(p, 'definition') ?? {}, 160),
      });
    });
  }
}

