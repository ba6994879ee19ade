import type { TopicPartition } from './types';

/**
 * Client-side assignors of the classic protocol (H.3), as pure functions.
 * Members sort by id as strings ("c10" < "c2"); partitions by (topic, number).
 */
export interface AssignorMember {
  readonly id: string;
  readonly topics: readonly string[];
  /** Partitions owned before this rebalance, in the member's own order (sticky assignors only). */
  readonly owned: readonly TopicPartition[];
}

/** topic -> number of partitions, for topics that exist. */
export type TopicSizes = ReadonlyMap<string, number>;
export type Assignment = Map<string, TopicPartition[]>;

const byId = (a: AssignorMember, b: AssignorMember): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cmpStr = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const compareTp = (a: TopicPartition, b: TopicPartition): number => cmpStr(a.topic, b.topic) || a.partition - b.partition;

function emptyAssignment(members: readonly AssignorMember[]): Assignment {
  const out: Assignment = new Map();
  for (const m of [...members].sort(byId)) out.set(m.id, []);
  return out;
}

/** RangeAssignor: per topic, contiguous ranges; the first P % M members get one extra. */
export function rangeAssign(members: readonly AssignorMember[], sizes: TopicSizes): Assignment {
  const out = emptyAssignment(members);
  const topics = [...new Set(members.flatMap((m) => m.topics))].filter((t) => sizes.has(t)).sort(cmpStr);
  for (const topic of topics) {
    const subs = members.filter((m) => m.topics.includes(topic)).sort(byId);
    const p = sizes.get(topic)!;
    const per = Math.floor(p / subs.length);
    const extra = p % subs.length;
    let next = 0;
    subs.forEach((m, i) => {
      const count = per + (i < extra ? 1 : 0);
      for (let k = 0; k < count; k++) out.get(m.id)!.push({ topic, partition: next++ });
    });
  }
  return out;
}

function allPartitions(members: readonly AssignorMember[], sizes: TopicSizes): TopicPartition[] {
  const topics = [...new Set(members.flatMap((m) => m.topics))].filter((t) => sizes.has(t)).sort(cmpStr);
  const out: TopicPartition[] = [];
  for (const topic of topics) for (let p = 0; p < sizes.get(topic)!; p++) out.push({ topic, partition: p });
  return out;
}

/** RoundRobinAssignor: deal all partitions cyclically, skipping members not subscribed to the topic. */
export function roundRobinAssign(members: readonly AssignorMember[], sizes: TopicSizes): Assignment {
  const out = emptyAssignment(members);
  const sorted = [...members].sort(byId);
  if (sorted.length === 0) return out;
  let cursor = 0;
  for (const tp of allPartitions(members, sizes)) {
    for (let tries = 0; tries < sorted.length; tries++) {
      const m = sorted[cursor];
      cursor = (cursor + 1) % sorted.length;
      if (m.topics.includes(tp.topic)) {
        out.get(m.id)!.push(tp);
        break;
      }
    }
  }
  return out;
}

/**
 * [SIM] deterministic sticky assignment (broker-semantics H.3), shared by the eager Sticky and
 * the CooperativeSticky assignors: quotas, keep what you can, hand out the rest.
 */
export function stickyAssign(members: readonly AssignorMember[], sizes: TopicSizes): Assignment {
  const out = emptyAssignment(members);
  const sorted = [...members].sort(byId);
  const all = allPartitions(members, sizes);
  if (sorted.length === 0) return out;
  const P = all.length;
  const M = sorted.length;
  const floor = Math.floor(P / M);
  const ceil = Math.ceil(P / M);
  let ceilSlots = P % M === 0 ? M : P % M;
  const taken = new Set<string>();
  const key = (tp: TopicPartition): string => `${tp.topic}/${tp.partition}`;
  const exists = (tp: TopicPartition): boolean => tp.partition < (sizes.get(tp.topic) ?? 0);
  for (const m of sorted) {
    const keepable = m.owned.filter((tp) => m.topics.includes(tp.topic) && exists(tp) && !taken.has(key(tp)));
    let limit = floor;
    if (keepable.length >= ceil && ceilSlots > 0) {
      limit = ceil;
      ceilSlots--;
    }
    const kept = keepable.slice(0, limit);
    for (const tp of kept) taken.add(key(tp));
    out.set(m.id, [...kept]);
  }
  const eligible = (tp: TopicPartition): AssignorMember[] => sorted.filter((m) => m.topics.includes(tp.topic));
  const rest = all
    .filter((tp) => !taken.has(key(tp)))
    .map((tp) => ({ tp, n: eligible(tp).length }))
    .sort((a, b) => a.n - b.n || compareTp(a.tp, b.tp));
  for (const { tp } of rest) {
    let best: AssignorMember | null = null;
    for (const m of eligible(tp)) if (best === null || out.get(m.id)!.length < out.get(best.id)!.length) best = m;
    if (best !== null) out.get(best.id)!.push(tp);
  }
  return out;
}
