import type { KafkaCommand } from './commands';
import { fail, ok, type KafkaResult } from './errors';
import type { RebalanceReason } from './events';
import { commitPositions, rebalance, setAssignment } from './rebalance';
import { emit, schedule, type Ctx, type GroupState, type MemberState } from './state';
import { isInt } from './topic-config';
import type { AssignorName, AutoOffsetReset } from './types';

/** Group membership: join, leave, crash and its session timeout, auto-commit timers (H.3, H.4). */

type JoinCmd = Extract<KafkaCommand, { type: 'group.join' }>;

const ASSIGNORS: readonly AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
const RESETS: readonly AutoOffsetReset[] = ['earliest', 'latest', 'none'];
const isName = (s: unknown): s is string => typeof s === 'string' && s.length > 0;

export function joinGroup(ctx: Ctx, cmd: JoinCmd, connector: string | null = null): KafkaResult<{ generation: number }> {
  if (!isName(cmd.group)) return fail('INVALID_COMMAND', { field: 'group' });
  if (!isName(cmd.member)) return fail('INVALID_COMMAND', { field: 'member' });
  if (!Array.isArray(cmd.topics) || !cmd.topics.every(isName)) return fail('INVALID_COMMAND', { field: 'topics' });
  const assignor = cmd.assignor ?? 'range';
  if (!ASSIGNORS.includes(assignor)) return fail('INVALID_CONFIG', { config: 'partition.assignment.strategy', value: String(assignor) });
  const reset = cmd.autoOffsetReset ?? 'latest';
  if (!RESETS.includes(reset)) return fail('INVALID_CONFIG', { config: 'auto.offset.reset', value: String(reset) });
  const interval = cmd.autoCommitIntervalMs ?? 5000;
  if (!isInt(interval) || interval <= 0) return fail('INVALID_CONFIG', { config: 'auto.commit.interval.ms', value: String(interval) });
  const session = cmd.sessionTimeoutMs ?? 45000;
  if (!isInt(session) || session <= 0) return fail('INVALID_CONFIG', { config: 'session.timeout.ms', value: String(session) });
  let g = ctx.groups.get(cmd.group);
  if (g !== undefined && g.members.size > 0 && g.assignor !== assignor && cmd.assignor !== undefined)
    return fail('INCONSISTENT_GROUP_PROTOCOL', { group: cmd.group, assignor, groupAssignor: g.assignor });
  if (g === undefined || (g.members.size === 0 && cmd.assignor !== undefined && g.assignor !== assignor)) {
    // An empty group takes the protocol of its next first member; committed offsets stay.
    g = { id: cmd.group, assignor, generation: g?.generation ?? 0, members: new Map(), committed: g?.committed ?? new Map<string, number>(), initialRebalancePending: false };
    ctx.groups.set(g.id, g);
  }
  const existing = g.members.get(cmd.member);
  if (existing !== undefined) {
    if (existing.alive) return fail('MEMBER_ALREADY_EXISTS', { group: g.id, member: cmd.member });
    existing.incarnation++;
    g.members.delete(existing.id);
    emit(ctx, { type: 'group.member.left', group: g.id, member: existing.id, reason: 'replaced' });
  }
  const m: MemberState = {
    id: cmd.member,
    topics: [...new Set(cmd.topics)],
    autoOffsetReset: reset,
    enableAutoCommit: cmd.enableAutoCommit ?? true,
    autoCommitIntervalMs: interval,
    sessionTimeoutMs: session,
    alive: true,
    incarnation: (existing?.incarnation ?? 0) + 1,
    assignment: [],
    fetchOrder: [],
    connector,
  };
  g.members.set(m.id, m);
  emit(ctx, { type: 'group.member.joined', group: g.id, member: m.id, topics: m.topics });
  if (m.enableAutoCommit) scheduleAutoCommit(ctx, g, m);
  if (g.initialRebalancePending) return ok({ generation: g.generation });
  if (g.members.size === 1 && ctx.options.initialRebalanceDelayMs > 0) {
    // Kafka delays an empty group's first rebalance so that members starting together share it.
    g.initialRebalancePending = true;
    schedule(ctx, ctx.now + ctx.options.initialRebalanceDelayMs, { kind: 'initial-rebalance', group: g.id });
    emit(ctx, { type: 'group.rebalance.delayed', group: g.id, until: ctx.now + ctx.options.initialRebalanceDelayMs });
    return ok({ generation: g.generation });
  }
  rebalance(ctx, g, 'member-joined');
  return ok({ generation: g.generation });
}

function scheduleAutoCommit(ctx: Ctx, g: GroupState, m: MemberState): void {
  schedule(ctx, ctx.now + m.autoCommitIntervalMs, { kind: 'auto-commit', group: g.id, member: m.id, incarnation: m.incarnation });
}

export function findMember(ctx: Ctx, group: string, member: string): KafkaResult<{ g: GroupState; m: MemberState }> {
  const g = ctx.groups.get(group);
  if (g === undefined) return fail('UNKNOWN_GROUP', { group: String(group) });
  const m = g.members.get(member);
  if (m === undefined) return fail('UNKNOWN_MEMBER_ID', { group, member: String(member) });
  return ok({ g, m });
}

export function leaveGroup(ctx: Ctx, group: string, member: string): KafkaResult<Record<string, never>> {
  const found = findMember(ctx, group, member);
  if (!found.ok) return found;
  const { g, m } = found.value;
  if (!m.alive) return fail('MEMBER_NOT_ACTIVE', { group, member });
  // close(): auto-commit consumers commit their positions on the way out; a crashed one cannot.
  if (m.enableAutoCommit) commitPositions(ctx, g, m, m.assignment, true);
  if (m.assignment.length > 0)
    emit(ctx, { type: 'group.partitions.revoked', group: g.id, generation: g.generation, member: m.id, partitions: m.assignment.map((mp) => ({ topic: mp.topic, partition: mp.partition })) });
  removeMember(ctx, g, m, 'leave', 'member-left');
  return ok({});
}

function removeMember(ctx: Ctx, g: GroupState, m: MemberState, why: 'leave' | 'session-timeout', reason: RebalanceReason): void {
  m.incarnation++;
  setAssignment(m, []);
  g.members.delete(m.id);
  emit(ctx, { type: 'group.member.left', group: g.id, member: m.id, reason: why });
  if (!g.initialRebalancePending) rebalance(ctx, g, reason);
}

export function crashConsumer(ctx: Ctx, group: string, member: string): KafkaResult<{ detectedAt: number }> {
  const found = findMember(ctx, group, member);
  if (!found.ok) return found;
  const { g, m } = found.value;
  if (!m.alive) return fail('MEMBER_NOT_ACTIVE', { group, member });
  m.alive = false;
  m.incarnation++;
  const detectedAt = ctx.now + m.sessionTimeoutMs;
  emit(ctx, { type: 'consumer.crashed', group: g.id, member: m.id, sessionTimeoutMs: m.sessionTimeoutMs, detectedAt });
  schedule(ctx, detectedAt, { kind: 'session-timeout', group: g.id, member: m.id, incarnation: m.incarnation });
  return ok({ detectedAt });
}

export function onSessionTimeout(ctx: Ctx, group: string, member: string, incarnation: number): void {
  const m = ctx.groups.get(group)?.members.get(member);
  if (m === undefined || m.incarnation !== incarnation || m.alive) return;
  removeMember(ctx, ctx.groups.get(group)!, m, 'session-timeout', 'session-timeout');
}

export function onAutoCommit(ctx: Ctx, group: string, member: string, incarnation: number): void {
  const g = ctx.groups.get(group);
  const m = g?.members.get(member);
  if (g === undefined || m === undefined || m.incarnation !== incarnation || !m.alive) return;
  commitPositions(ctx, g, m, m.assignment, true);
  scheduleAutoCommit(ctx, g, m);
}

export function onInitialRebalance(ctx: Ctx, group: string): void {
  const g = ctx.groups.get(group);
  if (g === undefined || !g.initialRebalancePending) return;
  g.initialRebalancePending = false;
  rebalance(ctx, g, 'member-joined');
}

/** A subscribed topic was created, grew or was deleted: every group that subscribes rebalances. */
export function rebalanceSubscribers(ctx: Ctx, topic: string, reason: RebalanceReason): void {
  for (const g of ctx.groups.values()) {
    if (g.initialRebalancePending || ![...g.members.values()].some((m) => m.topics.includes(topic))) continue;
    if (reason === 'topic-deleted') {
      for (const m of g.members.values()) setAssignment(m, m.assignment.filter((mp) => mp.topic !== topic));
      for (const k of [...g.committed.keys()]) if (k.startsWith(`${topic}/`)) g.committed.delete(k);
    }
    rebalance(ctx, g, reason);
  }
}
