// The one way a Kafka scenario comes back in: autosave, share links and presets from a file all
// end here. It takes anything, copies it field by field into a fresh KafkaScenario (no casts, no
// aliasing of the input), fills defaults and reports every problem as a code with a path. Errors
// refuse the document (the caller keeps the user's work); warnings (dropped edges) let it load.

import { field, isRecord, join, readArray, readBool, readInt, readNumber, readObject, readString, report, type Sink } from '../restore-values';
import { connectKafka } from './connect';
import type { KafkaIssue } from './issues';
import { KAFKA_LIMITS, KAFKA_RANGES } from './limits';
import { readKafkaNode } from './restore-nodes';
import { KAFKA_SCENARIO_VERSION, SINGLETON_KINDS, type KafkaEdge, type KafkaNode, type KafkaScenario } from './types';

export type KafkaRestoreResult = { ok: true; scenario: KafkaScenario; warnings: KafkaIssue[] } | { ok: false; errors: KafkaIssue[] };

export const MAX_LISTED_KAFKA_ISSUES = 50;

export function restoreKafkaScenario(input: unknown): KafkaRestoreResult {
  try {
    return restore(input);
  } catch {
    // Only reachable with live objects (getters, proxies); parsed JSON cannot throw here.
    return { ok: false, errors: [{ code: 'doc.unreadable', path: '' }] };
  }
}

function restore(input: unknown): KafkaRestoreResult {
  if (!isRecord(input)) return refuse([{ code: 'doc.not-object', path: '' }]);
  const sink: Sink = [];
  const kafka: KafkaIssue[] = [];
  const warnings: Sink = [];

  const version = field(input, 'version');
  if (version === undefined) report(warnings, 'doc.version.missing', 'version', { version: KAFKA_SCENARIO_VERSION });
  else if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return refuse([{ code: 'doc.version.invalid', path: 'version' }]);
  else if (version > KAFKA_SCENARIO_VERSION)
    return refuse([{ code: 'doc.version.newer', path: 'version', params: { version, supported: KAFKA_SCENARIO_VERSION } }]);

  const mode = field(input, 'mode');
  if (mode !== 'kafka')
    return refuse([{ code: 'doc.mode.unsupported', path: 'mode', params: { mode: typeof mode === 'string' ? mode.slice(0, 40) : '' } }]);

  const title = readString(sink, field(input, 'title'), 'title', '', KAFKA_LIMITS.title);
  const seed = readInt(sink, field(input, 'seed'), 'seed', 1, KAFKA_RANGES.seed);
  const compare = readBool(sink, field(input, 'compare'), 'compare', false);
  const playback = readObject(sink, field(input, 'playback'), 'playback') ?? {};
  const speed = readNumber(sink, field(playback, 'speed'), 'playback.speed', 1, KAFKA_RANGES.speed);

  const rawNodes = field(input, 'nodes');
  if (Array.isArray(rawNodes) && rawNodes.length > KAFKA_LIMITS.nodes)
    return refuse([{ code: 'doc.too-many-nodes', path: 'nodes', params: { max: KAFKA_LIMITS.nodes, count: rawNodes.length } }]);
  const rawEdges = field(input, 'edges');
  if (Array.isArray(rawEdges) && rawEdges.length > KAFKA_LIMITS.edges)
    return refuse([{ code: 'doc.too-many-edges', path: 'edges', params: { max: KAFKA_LIMITS.edges, count: rawEdges.length } }]);

  const nodes: KafkaNode[] = [];
  readArray(sink, rawNodes, 'nodes', KAFKA_LIMITS.nodes).forEach((raw, i) => {
    const path = join('nodes', i);
    const node = readKafkaNode({ sink, kafka }, raw, path);
    if (!node) return;
    if (nodes.some((n) => n.id === node.id)) report(sink, 'node.id.duplicate', join(path, 'id'), { id: node.id });
    else if (SINGLETON_KINDS.includes(node.kind) && nodes.some((n) => n.kind === node.kind))
      kafka.push({ code: 'kafka.singleton', path, params: { kind: node.kind } });
    else if (nodes.some((n) => n.kind === node.kind && n.name === node.name))
      kafka.push({ code: 'kafka.duplicate-name', path: join(path, 'name'), params: { name: node.name } });
    nodes.push(node);
  });
  const edgeItems = readArray(sink, rawEdges, 'edges', KAFKA_LIMITS.edges);
  const errors: KafkaIssue[] = [...sink, ...kafka];
  if (errors.length > 0) return refuse(errors);

  const doc: KafkaScenario = { version: KAFKA_SCENARIO_VERSION, mode: 'kafka', title, seed, compare, playback: { speed }, nodes, edges: [] };
  const dropped: KafkaIssue[] = [];
  doc.edges = readEdges(doc, edgeItems, warnings, dropped);
  return { ok: true, scenario: doc, warnings: cap([...warnings, ...dropped]) };
}

const validId = (v: unknown): v is string => typeof v === 'string' && v !== '' && v.length <= KAFKA_LIMITS.idChars;

/** Edges that mean something between their two nodes; the rest are dropped with a warning. */
function readEdges(doc: KafkaScenario, items: readonly unknown[], warnings: Sink, kafka: KafkaIssue[]): KafkaEdge[] {
  // Ids written in the document are kept where possible; generated ones must not take them.
  const written = new Set<string>();
  for (const item of items) {
    const id = isRecord(item) ? field(item, 'id') : undefined;
    if (validId(id)) written.add(id);
  }
  let counter = 1;
  const fresh = () => {
    while (written.has(`e${counter}`) || doc.edges.some((e) => e.id === `e${counter}`)) counter++;
    return `e${counter++}`;
  };
  items.forEach((item, i) => {
    const path = join('edges', i);
    if (!isRecord(item)) return report(warnings, 'edge.not-object', path);
    const source = field(item, 'source');
    const target = field(item, 'target');
    const s = typeof source === 'string' ? doc.nodes.find((n) => n.id === source) : undefined;
    const t = typeof target === 'string' ? doc.nodes.find((n) => n.id === target) : undefined;
    if (!s) return report(warnings, 'edge.missing-node', path, { node: typeof source === 'string' ? source.slice(0, 64) : '' });
    if (!t) return report(warnings, 'edge.missing-node', path, { node: typeof target === 'string' ? target.slice(0, 64) : '' });
    if (s.id === t.id) return report(warnings, 'edge.same-node', path);
    const meaning = connectKafka(doc, s.id, t.id);
    const kind = field(item, 'kind');
    if (!meaning.ok) {
      if (meaning.reason === 'not-allowed')
        return report(warnings, 'edge.wrong-kinds', path, { kind: typeof kind === 'string' ? kind.slice(0, 40) : '', from: s.kind, to: t.kind });
      return kafka.push({ code: 'kafka.edge-one-only', path, params: { reason: meaning.reason } });
    }
    const id = field(item, 'id');
    let edgeId: string;
    if (validId(id) && !doc.edges.some((e) => e.id === id)) edgeId = id;
    else {
      edgeId = fresh();
      report(warnings, validId(id) ? 'edge.id.duplicate' : 'edge.id.invalid', path, { id: edgeId });
    }
    doc.edges.push({ id: edgeId, ...meaning.edge });
  });
  return doc.edges;
}

function refuse(errors: KafkaIssue[]): KafkaRestoreResult {
  return { ok: false, errors: cap(errors) };
}

function cap(issues: KafkaIssue[]): KafkaIssue[] {
  if (issues.length <= MAX_LISTED_KAFKA_ISSUES) return issues;
  const listed = issues.slice(0, MAX_LISTED_KAFKA_ISSUES);
  listed.push({ code: 'doc.more-issues', path: '', params: { count: issues.length - MAX_LISTED_KAFKA_ISSUES } });
  return listed;
}

/** The saved shape, keys in a stable order; shared by links, drafts and files. */
export function kafkaScenarioToPlain(s: KafkaScenario) {
  return { version: s.version, mode: s.mode, title: s.title, seed: s.seed, compare: s.compare, playback: { speed: s.playback.speed }, nodes: s.nodes, edges: s.edges };
}
