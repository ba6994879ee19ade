import type { KafkaCommand, OffsetSpec } from './commands';
import { fail, ok, type KafkaResult } from './errors';
import { findMember } from './groups';
import { commitPositions, type TopicPartitionOffset } from './rebalance';
import { emit, type Ctx, type GroupState, type MemberPartition, type MemberState, type PartitionState } from './state';
import { isInt } from './topic-config';
import { tpKey, type KafkaRecord, type StoredRecord } from './types';

/** poll / commit / seek / offset reset (H.4). Committed offset = next offset to read. */

export interface PollResult {
  /** In (topic, partition) order, each partition's records in offset order. */
  readonly records: readonly KafkaRecord[];
}

const DEFAULT_MAX_POLL_RECORDS = 500;

export function poll(ctx: Ctx, group: string, member: string, maxRecords: number | undefined): KafkaResult<PollResult> {
  const found = findMember(ctx, group, member);
  if (!found.ok) return found;
  const { g, m } = found.value;
  if (!m.alive) return fail('MEMBER_NOT_ACTIVE', { group, member });
  const max = maxRecords ?? DEFAULT_MAX_POLL_RECORDS;
  if (!isInt(max) || max < 1) return fail('INVALID_CONFIG', { config: 'max.poll.records', value: String(max) });
  const out: StoredRecord[] = [];
  const record = ctx.options.recordEvents;
  const ranges: { topic: string; partition: number; fromOffset: number; toOffset: number; count: number }[] = [];
  for (const mp of m.fetchOrder) {
    const ps = ctx.topics.get(mp.topic)?.partitions[mp.partition];
    if (ps === undefined || ps.leader === null) continue;
    const pos = ensurePosition(ctx, g, m, mp, ps);
    if (!pos.ok) return pos;
    if (out.length >= max) continue;
    const before = out.length;
    const from = pos.value;
    mp.position = ps.log.read(from, ps.hw, max - before, out);
    if (record && out.length > before)
      ranges.push({ topic: mp.topic, partition: mp.partition, fromOffset: out[before].offset, toOffset: out[out.length - 1].offset, count: out.length - before });
  }
  if (record && out.length > 0) emit(ctx, { type: 'consumer.fetched', group, member, count: out.length, ranges });
  return ok({ records: out });
}

/**
 * The position to fetch from: the committed offset when valid, else auto.offset.reset — also when
 * retention moved the log start past it. [SIM] "latest" is the high watermark (what Kafka's
 * ListOffsets answers a consumer), equal to the LEO once followers caught up.
 */
function ensurePosition(ctx: Ctx, g: GroupState, m: MemberState, mp: MemberPartition, ps: PartitionState): KafkaResult<number> {
  const log = ps.log;
  if (mp.position !== null) {
    if (mp.position >= log.logStartOffset && mp.position <= log.leo) return ok(mp.position);
    return reset(ctx, g, m, mp, ps, 'position-out-of-range');
  }
  const committed = g.committed.get(tpKey(mp.topic, mp.partition));
  if (committed === undefined) return reset(ctx, g, m, mp, ps, 'no-committed-offset');
  if (committed < log.logStartOffset || committed > log.leo) return reset(ctx, g, m, mp, ps, 'committed-out-of-range');
  mp.position = committed;
  emit(ctx, { type: 'consumer.position.set', group: g.id, member: m.id, topic: mp.topic, partition: mp.partition, offset: committed, source: 'committed', policy: m.autoOffsetReset, reason: 'committed-offset' });
  return ok(committed);
}

function reset(
  ctx: Ctx,
  g: GroupState,
  m: MemberState,
  mp: MemberPartition,
  ps: PartitionState,
  reason: 'no-committed-offset' | 'committed-out-of-range' | 'position-out-of-range',
): KafkaResult<number> {
  if (m.autoOffsetReset === 'none')
    return fail(reason === 'no-committed-offset' ? 'NO_OFFSET_FOR_PARTITION' : 'OFFSET_OUT_OF_RANGE', {
      group: g.id,
      member: m.id,
      topic: mp.topic,
      partition: mp.partition,
      offset: mp.position ?? g.committed.get(tpKey(mp.topic, mp.partition)) ?? null,
    });
  const offset = m.autoOffsetReset === 'earliest' ? ps.log.logStartOffset : ps.hw;
  mp.position = offset;
  emit(ctx, { type: 'consumer.position.set', group: g.id, member: m.id, topic: mp.topic, partition: mp.partition, offset, source: 'reset', policy: m.autoOffsetReset, reason });
  return ok(offset);
}

type CommitCmd = Extract<KafkaCommand, { type: 'commit' }>;

export function commit(ctx: Ctx, cmd: CommitCmd): KafkaResult<{ offsets: readonly TopicPartitionOffset[] }> {
  const found = findMember(ctx, cmd.group, cmd.member);
  if (!found.ok) return found;
  const { g, m } = found.value;
  if (!m.alive) return fail('MEMBER_NOT_ACTIVE', { group: cmd.group, member: cmd.member });
  if (cmd.offsets === undefined) return ok({ offsets: commitPositions(ctx, g, m, m.assignment, false) });
  // [SIM] Stricter than Kafka's classic protocol: a member may only commit partitions it owns,
  // which is what a CommitFailedException after a rebalance protects against.
  const items: { topic: string; partition: number; position: number }[] = [];
  for (const o of cmd.offsets) {
    if (!m.assignment.some((mp) => mp.topic === o.topic && mp.partition === o.partition))
      return fail('PARTITION_NOT_ASSIGNED', { group: g.id, member: m.id, topic: String(o.topic), partition: String(o.partition) });
    if (!isInt(o.offset) || o.offset < 0) return fail('INVALID_OFFSET', { topic: o.topic, partition: o.partition, offset: String(o.offset) });
    items.push({ topic: o.topic, partition: o.partition, position: o.offset });
  }
  return ok({ offsets: commitPositions(ctx, g, m, items, false) });
}

function resolveSpec(ps: PartitionState, spec: OffsetSpec): number | null {
  if (spec === 'earliest') return ps.log.logStartOffset;
  if (spec === 'latest') return ps.hw;
  return isInt(spec) && spec >= 0 ? spec : null;
}

type SeekCmd = Extract<KafkaCommand, { type: 'seek' }>;

/** seek(): moves the member's position; an out-of-range offset triggers auto.offset.reset at the next poll. */
export function seek(ctx: Ctx, cmd: SeekCmd): KafkaResult<{ offset: number }> {
  const found = findMember(ctx, cmd.group, cmd.member);
  if (!found.ok) return found;
  const { g, m } = found.value;
  if (!m.alive) return fail('MEMBER_NOT_ACTIVE', { group: cmd.group, member: cmd.member });
  const mp = m.assignment.find((a) => a.topic === cmd.topic && a.partition === cmd.partition);
  const ps = ctx.topics.get(cmd.topic)?.partitions[cmd.partition];
  if (mp === undefined || ps === undefined)
    return fail('PARTITION_NOT_ASSIGNED', { group: g.id, member: m.id, topic: String(cmd.topic), partition: String(cmd.partition) });
  const offset = resolveSpec(ps, cmd.offset);
  if (offset === null) return fail('INVALID_OFFSET', { offset: String(cmd.offset) });
  mp.position = offset;
  emit(ctx, { type: 'consumer.seeked', group: g.id, member: m.id, topic: cmd.topic, partition: cmd.partition, offset });
  return ok({ offset });
}

type ResetCmd = Extract<KafkaCommand, { type: 'group.resetOffsets' }>;

/** kafka-consumer-groups --reset-offsets: needs an inactive group; offsets are clamped to the log. */
export function resetGroupOffsets(ctx: Ctx, cmd: ResetCmd): KafkaResult<{ offsets: readonly TopicPartitionOffset[] }> {
  const g = ctx.groups.get(cmd.group);
  if (g === undefined) return fail('UNKNOWN_GROUP', { group: String(cmd.group) });
  if (g.members.size > 0) return fail('GROUP_NOT_EMPTY', { group: g.id, members: g.members.size });
  const topic = ctx.topics.get(cmd.topic);
  if (topic === undefined) return fail('UNKNOWN_TOPIC_OR_PARTITION', { topic: String(cmd.topic) });
  const parts = cmd.partition === undefined ? topic.partitions : [topic.partitions[cmd.partition]];
  const out: TopicPartitionOffset[] = [];
  for (const ps of parts) {
    if (ps === undefined) return fail('UNKNOWN_TOPIC_OR_PARTITION', { topic: topic.name, partition: String(cmd.partition) });
    const raw = resolveSpec(ps, cmd.to);
    if (raw === null) return fail('INVALID_OFFSET', { offset: String(cmd.to) });
    out.push({ topic: topic.name, partition: ps.partition, offset: Math.min(Math.max(raw, ps.log.logStartOffset), ps.hw) });
  }
  for (const o of out) {
    g.committed.set(tpKey(o.topic, o.partition), o.offset);
    emit(ctx, { type: 'offset.committed', group: g.id, member: null, topic: o.topic, partition: o.partition, offset: o.offset, auto: false });
  }
  return ok({ offsets: out });
}
