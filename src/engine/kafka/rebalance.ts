import { rangeAssign, roundRobinAssign, stickyAssign, compareTp, type Assignment, type AssignorMember } from './assignors';
import type { RebalanceReason } from './events';
import { emit, type Ctx, type GroupState, type MemberPartition, type MemberState } from './state';
import { tpKey, type TopicPartition } from './types';

/**
 * Classic-protocol rebalance, computed at once in simulated time ([SIM]: no join/sync delay).
 * Eager (range, roundrobin, sticky): everyone revokes everything, then gets the new assignment.
 * Cooperative (cooperative-sticky): only partitions that change owner are revoked, in a first
 * rebalance; a follow-up rebalance then assigns them, and the rest never stop being consumed.
 */
export function rebalance(ctx: Ctx, g: GroupState, reason: RebalanceReason): void {
  // A crashed member cannot rejoin, so the rebalance drops it (Kafka: after the rebalance timeout).
  for (const m of [...g.members.values()])
    if (!m.alive) {
      g.members.delete(m.id);
      m.incarnation++;
      emit(ctx, { type: 'group.member.left', group: g.id, member: m.id, reason: 'did-not-rejoin' });
    }
  if (g.members.size === 0) return;
  const members = [...g.members.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sizes = new Map<string, number>();
  for (const m of members) for (const t of m.topics) {
    const topic = ctx.topics.get(t);
    if (topic !== undefined) sizes.set(t, topic.partitions.length);
  }
  const input: AssignorMember[] = members.map((m) => ({ id: m.id, topics: m.topics, owned: m.assignment.map(toTp) }));
  const cooperative = g.assignor === 'cooperative-sticky';
  g.generation++;
  emit(ctx, {
    type: 'group.rebalance.started',
    group: g.id,
    generation: g.generation,
    assignor: g.assignor,
    protocol: cooperative ? 'cooperative' : 'eager',
    reason,
    members: members.map((m) => m.id),
  });
  const target = compute(g, input, sizes);
  let revokedAny = false;
  const ownedBefore = new Set<string>();
  for (const m of members) for (const mp of m.assignment) ownedBefore.add(tpKey(mp.topic, mp.partition));
  for (const m of members) {
    const keep = new Set((target.get(m.id) ?? []).map((tp) => tpKey(tp.topic, tp.partition)));
    const revoked = cooperative ? m.assignment.filter((mp) => !keep.has(tpKey(mp.topic, mp.partition))) : m.assignment;
    if (revoked.length === 0) continue;
    if (cooperative) revokedAny = true;
    if (m.enableAutoCommit) commitPositions(ctx, g, m, revoked, true);
    const gone = new Set(revoked.map((mp) => tpKey(mp.topic, mp.partition)));
    setAssignment(m, m.assignment.filter((mp) => !gone.has(tpKey(mp.topic, mp.partition))));
    emit(ctx, { type: 'group.partitions.revoked', group: g.id, generation: g.generation, member: m.id, partitions: revoked.map(toTp) });
  }
  for (const m of members) {
    const have = new Set(m.assignment.map((mp) => tpKey(mp.topic, mp.partition)));
    // Cooperative: a partition still owned by someone else at the start waits for the follow-up.
    const added = (target.get(m.id) ?? []).filter((tp) => {
      const k = tpKey(tp.topic, tp.partition);
      return !have.has(k) && (!cooperative || !ownedBefore.has(k));
    });
    setAssignment(m, [...m.assignment, ...added.map((tp) => ({ topic: tp.topic, partition: tp.partition, position: null }))]);
    emit(ctx, { type: 'group.partitions.assigned', group: g.id, generation: g.generation, member: m.id, added, assignment: m.assignment.map(toTp) });
  }
  const assignment: Record<string, TopicPartition[]> = {};
  for (const m of members) assignment[m.id] = m.assignment.map(toTp);
  emit(ctx, {
    type: 'group.rebalance.completed',
    group: g.id,
    generation: g.generation,
    assignment,
    idle: members.filter((m) => m.assignment.length === 0).map((m) => m.id),
  });
  if (revokedAny) rebalance(ctx, g, 'cooperative-follow-up');
}

function compute(g: GroupState, input: AssignorMember[], sizes: Map<string, number>): Assignment {
  switch (g.assignor) {
    case 'range':
      return rangeAssign(input, sizes);
    case 'roundrobin':
      return roundRobinAssign(input, sizes);
    case 'sticky':
    case 'cooperative-sticky':
      return stickyAssign(input, sizes);
  }
}

export function setAssignment(m: MemberState, list: MemberPartition[]): void {
  m.assignment = list;
  m.fetchOrder = [...list].sort(compareTp);
}

const toTp = (mp: TopicPartition): TopicPartition => ({ topic: mp.topic, partition: mp.partition });

/** Commits the member's positions for the given partitions (only where a position is known and changed). */
export function commitPositions(ctx: Ctx, g: GroupState, m: MemberState, which: readonly { topic: string; partition: number; position: number | null }[], auto: boolean): TopicPartitionOffset[] {
  const out: TopicPartitionOffset[] = [];
  for (const mp of which) {
    if (mp.position === null) continue;
    const k = tpKey(mp.topic, mp.partition);
    if (auto && g.committed.get(k) === mp.position) continue;
    g.committed.set(k, mp.position);
    out.push({ topic: mp.topic, partition: mp.partition, offset: mp.position });
    emit(ctx, { type: 'offset.committed', group: g.id, member: m.id, topic: mp.topic, partition: mp.partition, offset: mp.position, auto });
  }
  return out;
}

export interface TopicPartitionOffset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}
