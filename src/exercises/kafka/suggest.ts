// Instructor mode, the pure part: run the instructor's solution and propose what it achieved as
// the expectations of a new exercise ("at least 12 records reach `carts`", "no consumer of
// `workers` is idle"...), with the figures measured on that run. Only what holds on the solution
// is proposed; the instructor keeps the ones that matter.

import type { KafkaScenario } from '../../scenario/kafka/types';
import { KAFKA_EXERCISE_LIMITS } from './document';
import { judgeKafka, type CheckLine, type KafkaAction, type KafkaCheckSpec, type KafkaExpect } from './spec';

export interface Suggestion {
  readonly expect: KafkaExpect;
  /** How it reads, with the solution's figures. */
  readonly line: CheckLine;
}

/** Candidates whose figures (`min`) are placeholders until the solution's run fills them in. */
function candidates(doc: KafkaScenario, actions: readonly KafkaAction[]): KafkaExpect[] {
  const out: KafkaExpect[] = [];
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const targets = (kind: string, from: string) => doc.edges.filter((e) => e.kind === kind && e.source === from).map((e) => byId.get(e.target));
  const sources = (kind: string, to: string) => doc.edges.filter((e) => e.kind === kind && e.target === to).map((e) => byId.get(e.source));
  for (const t of doc.nodes) {
    if (t.kind !== 'topic') continue;
    out.push({ kind: 'records', topic: t.name, min: 1 });
    if (sources('produce', t.id).some((p) => p?.kind === 'producer' && p.keyed && p.partitioner === 'default')) out.push({ kind: 'key-one-partition', topic: t.name });
    if (t.cleanupPolicy !== 'delete') out.push({ kind: 'one-per-key', topic: t.name, min: 1 });
    if (actions.some((a) => a.kind === 'fail-leader' && a.topic === t.name)) out.push({ kind: 'all-in-log', topic: t.name });
  }
  if (actions.some((a) => a.kind === 'fail-leader')) out.push({ kind: 'none-lost' });
  for (const g of doc.nodes) {
    if (g.kind !== 'group') continue;
    const topics = sources('subscribe', g.id).flatMap((t) => (t?.kind === 'topic' ? [t] : []));
    out.push({ kind: 'consumers', group: g.name, min: g.consumers.length });
    if (g.consumers.length > 1) out.push({ kind: 'no-idle', group: g.name }, { kind: 'all-worked', group: g.name });
    for (const t of topics) out.push({ kind: 'read-all', group: g.name, topic: t.name });
    if (topics.some((t) => sources('produce', t.id).some((p) => p?.kind === 'producer' && p.keyed))) out.push({ kind: 'key-order', group: g.name, min: 1 });
    out.push({ kind: 'processed', group: g.name, min: 1, max: null });
    if (actions.some((a) => a.kind === 'crash-consumer' && a.group === g.name)) out.push({ kind: 'takeover', group: g.name, withinMs: KAFKA_EXERCISE_LIMITS.runMs.max });
  }
  for (const f of doc.nodes) {
    if (f.kind !== 'file') continue;
    const sinks = sources('sink-write', f.id);
    if (sinks.length === 0) continue;
    out.push({ kind: 'file-lines', file: f.name, min: 1 });
    for (const from of doc.nodes)
      if (from.kind === 'file' && targets('source-read', from.id).length > 0) out.push({ kind: 'file-copy', from: from.name, to: f.name });
  }
  return out;
}

/** Sets each figure to what the solution's run measured (a takeover gets a second of slack). */
function withFigures(e: KafkaExpect, line: CheckLine): KafkaExpect {
  const n = Number(line.params?.n);
  switch (e.kind) {
    case 'records':
    case 'key-order':
    case 'file-lines':
    case 'processed':
      return Number.isFinite(n) && n > 0 ? { ...e, min: n } : e;
    case 'one-per-key': {
      const written = Number(line.params?.written);
      return Number.isFinite(written) && written > 0 ? { ...e, min: written } : e;
    }
    case 'takeover': {
      const s = Number(line.params?.s);
      return Number.isFinite(s) ? { ...e, withinMs: Math.min(KAFKA_EXERCISE_LIMITS.runMs.max, Math.ceil(s) * 1000 + 1000) } : e;
    }
    default:
      return e;
  }
}

/** What the solution achieves, worded with its figures: every suggestion passes on the solution. */
export function suggestExpectations(solution: KafkaScenario, actions: readonly KafkaAction[], runMs: number): Suggestion[] {
  const first = candidates(solution, actions).slice(0, 60);
  const spec = (expect: readonly KafkaExpect[]): KafkaCheckSpec => ({ runMs, actions, expect });
  const measured = judgeKafka(solution, spec(first)).slice(actions.length);
  const filled = first.map((e, i) => withFigures(e, measured[i]));
  const judged = judgeKafka(solution, spec(filled)).slice(actions.length);
  return filled.flatMap((expect, i) => (judged[i].ok ? [{ expect, line: judged[i] }] : [])).slice(0, KAFKA_EXERCISE_LIMITS.expect);
}
