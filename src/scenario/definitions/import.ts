// RabbitMQ definitions → a scenario. Reads a management-API or `rabbitmqctl export_definitions`
// file without trusting it: every section and entry is checked field by field (no casts), the
// scenario is built fresh and then goes through restoreScenario() like any other load. Whatever
// a BrokerLab scenario cannot hold (policies, users, other virtual hosts, unknown exchange types or
// arguments) is listed in the notes, never dropped silently; producers and consumers are not in
// definitions at all, and the notes say so.

import { FILE_FORMAT } from '../file-io';
import type { RestoreIssue } from '../restore-issues';
import { restoreScenario } from '../restore';
import { LIMITS, NUMBER_RANGES } from '../restore-limits';
import { field, isRecord, type Range } from '../restore-values';
import type {
  BindingEdge,
  ExchangeNode,
  ExchangeType,
  HeaderEntry,
  QueueArgs,
  QueueNode,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
  TypedValue,
  XMatch,
} from '../types';
import { SCENARIO_VERSION } from '../types';
import { utf8Length } from '../validate-fields';
import { PREDECLARED_EXCHANGES } from './export';
import { layoutColumns } from './layout';
import { DEFAULT_VHOST, note, type DefinitionsNote, type DefinitionsNoteCode } from './types';

/** Largest definitions text we try to parse (characters). */
export const MAX_DEFINITIONS_CHARS = 8 * 1024 * 1024;
/** Entries per section we look at; more is refused before reading them. */
export const MAX_SECTION_ENTRIES = 20_000;
/** Notes listed one by one; the rest are counted. */
export const MAX_NOTES = 60;

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
const EXCHANGE_TYPES: readonly ExchangeType[] = ['direct', 'fanout', 'topic', 'headers'];
const X_MATCH: readonly XMatch[] = ['all', 'any', 'all-with-x', 'any-with-x'];

class Notes {
  readonly list: DefinitionsNote[] = [];
  private dropped = 0;
  private readonly once = new Set<string>();
  add(code: DefinitionsNoteCode, params?: DefinitionsNote['params']): void {
    if (this.list.length >= MAX_NOTES) {
      this.dropped++;
      return;
    }
    this.list.push(note(code, params));
  }
  /** A note that would repeat for every entry (an unknown field) is given once. */
  addOnce(code: DefinitionsNoteCode, params: Readonly<Record<string, string | number>>): void {
    const key = JSON.stringify([code, params]);
    if (this.once.has(key)) return;
    this.once.add(key);
    this.add(code, params);
  }
  done(): DefinitionsNote[] {
    return this.dropped > 0 ? [...this.list, note('import.more-notes', { count: this.dropped })] : this.list;
  }
}

const short = (value: unknown, max = 80): string => {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = '?';
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

const isName = (v: unknown): v is string => typeof v === 'string' && utf8Length(v) <= LIMITS.shortString;

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

  const scenario = build(options.title ?? '', exchanges, predeclaredUsed, queues, bindings);
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

const R = NUMBER_RANGES;
const INT_ARGS: Readonly<Record<string, ['messageTtl' | 'expires' | 'maxLength' | 'maxLengthBytes' | 'maxPriority' | 'deliveryLimit', Range]>> = {
  'x-message-ttl': ['messageTtl', R.uint32],
  'x-expires': ['expires', R.expires],
  'x-max-length': ['maxLength', R.count],
  'x-max-length-bytes': ['maxLengthBytes', R.count],
  'x-max-priority': ['maxPriority', R.maxPriority],
  'x-delivery-limit': ['deliveryLimit', R.deliveryLimit],
};

function readQueueArgs(name: string, raw: Record<string, unknown>, notes: Notes): QueueArgs {
  const args: QueueArgs = {};
  for (const [key, value] of Object.entries(raw)) {
    const bad = () => notes.add('import.queue-argument-value', { name, key, value: short(value) });
    if (Object.hasOwn(INT_ARGS, key)) {
      const [prop, range] = INT_ARGS[key];
      if (typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max) args[prop] = value;
      else bad();
    } else if (key === 'x-overflow') {
      if (value === 'drop-head' || value === 'reject-publish' || value === 'reject-publish-dlx') args.overflow = value;
      else bad();
    } else if (key === 'x-dead-letter-exchange' || key === 'x-dead-letter-routing-key') {
      if (!isName(value)) bad();
      else if (key === 'x-dead-letter-exchange') args.deadLetterExchange = value;
      else args.deadLetterRoutingKey = value;
    } else if (key === 'x-single-active-consumer') {
      if (typeof value === 'boolean') args.singleActiveConsumer = value;
      else bad();
    } else if (key === 'x-queue-type') {
      if (value === 'classic' || value === 'quorum') args.queueType = value;
      else notes.add('import.queue-type', { name, type: short(value, 40) });
    } else notes.add('import.queue-argument', { name, key: short(key, 60), value: short(value) });
  }
  return args;
}

function readHeadersArgs(source: string, destination: string, raw: Record<string, unknown>, notes: Notes): { xMatch: XMatch; args: HeaderEntry[] } {
  let xMatch: XMatch = 'all';
  const args: HeaderEntry[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const drop = () => notes.add('import.binding-argument', { source, destination, key: short(key, 60) });
    if (key === 'x-match') {
      const found = X_MATCH.find((m) => m === value);
      if (found) xMatch = found;
      else drop();
      continue;
    }
    const typed = typedValue(value);
    if (!typed || utf8Length(key) > LIMITS.shortString || args.length >= LIMITS.headers) drop();
    else args.push({ key, value: typed });
  }
  return { xMatch, args };
}

function typedValue(value: unknown): TypedValue | null {
  if (value === null) return { kind: 'void' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'number' && Number.isFinite(value))
    return Number.isSafeInteger(value) ? { kind: 'int', value } : { kind: 'float', value };
  if (typeof value === 'string' && utf8Length(value) <= LIMITS.headerStringBytes) return { kind: 'string', value };
  return null; // arrays, tables, huge strings: not something the editor can hold
}

function build(
  title: string,
  exchanges: ReadonlyMap<string, { type: ExchangeType; durable: boolean; autoDelete: boolean; internal: boolean; alternateExchange: string }>,
  predeclared: ReadonlySet<string>,
  queues: ReadonlyMap<string, { durable: boolean; autoDelete: boolean; exclusive: boolean; args: QueueArgs }>,
  bindings: readonly { source: string; destination: string; toExchange: boolean; key: string; xMatch: XMatch; args: HeaderEntry[] }[],
): Scenario {
  const keyOf = (kind: 'x' | 'q', name: string) => `${kind}:${name}`;
  const items = [
    ...[...exchanges.keys(), ...predeclared].map((name) => ({ key: keyOf('x', name) })),
    ...[...queues.keys()].map((name) => ({ key: keyOf('q', name), minColumn: exchanges.size + predeclared.size > 0 ? 1 : 0 })),
  ];
  const after = new Map<string, string[]>();
  const addAfter = (item: string, before: string) => after.set(item, [...(after.get(item) ?? []), before]);
  for (const b of bindings) addAfter(keyOf(b.toExchange ? 'x' : 'q', b.destination), keyOf('x', b.source));
  for (const [name, x] of exchanges) if (x.alternateExchange) addAfter(keyOf('x', x.alternateExchange), keyOf('x', name));
  for (const [name, q] of queues) if (q.args.deadLetterExchange) addAfter(keyOf('x', q.args.deadLetterExchange), keyOf('q', name));
  // Producers go left of the first column once the student adds them.
  const positions = layoutColumns(items, after, { x: 280, y: 0 });

  let nextNode = 1;
  const ids = new Map<string, string>();
  const nodes: ScenarioNode[] = [];
  const at = (key: string) => positions.get(key) ?? { x: 0, y: 0 };
  const exchangeNode = (name: string, x: { type: ExchangeType; durable: boolean; autoDelete: boolean; internal: boolean; alternateExchange: string }) => {
    const id = `n${nextNode++}`;
    ids.set(keyOf('x', name), id);
    nodes.push({ id, kind: 'exchange', position: at(keyOf('x', name)), name, ...x } satisfies ExchangeNode);
  };
  for (const [name, x] of exchanges) exchangeNode(name, x);
  for (const name of predeclared) {
    const type = EXCHANGE_TYPES.find((t) => t === PREDECLARED_EXCHANGES[name]) ?? 'direct';
    exchangeNode(name, { type, durable: true, autoDelete: false, internal: name === 'amq.rabbitmq.trace', alternateExchange: '' });
  }
  for (const [name, q] of queues) {
    const id = `n${nextNode++}`;
    ids.set(keyOf('q', name), id);
    nodes.push({ id, kind: 'queue', position: at(keyOf('q', name)), name, ...q } satisfies QueueNode);
  }
  const edges: ScenarioEdge[] = [];
  bindings.forEach((b, i) => {
    const source = ids.get(keyOf('x', b.source));
    const target = ids.get(keyOf(b.toExchange ? 'x' : 'q', b.destination));
    if (source && target) edges.push({ id: `e${i + 1}`, kind: 'binding', source, target, key: b.key, xMatch: b.xMatch, args: b.args } satisfies BindingEdge);
  });
  return { version: SCENARIO_VERSION, mode: 'amqp', title, playback: { speed: 1 }, nodes, edges };
}
