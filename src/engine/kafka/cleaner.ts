import { emit, schedule, type Ctx, type PartitionState, type TopicState } from './state';
import { isCompacted } from './topic-config';
import type { StoredRecord } from './types';

/**
 * Log compaction (H.5). [SIM] The cleaner runs per partition `cleanerDelayMs` after an append
 * (or on demand) and looks at every committed record (below the HW) instead of only closed
 * segments. It keeps the latest record of each key; offsets stay, so gaps appear. A tombstone
 * (key with null value) first removes older records of its key, and is itself removed by a pass
 * after its delete horizon = first cleaning time + delete.retention.ms (KIP-534).
 */
export function cleanPartition(ctx: Ctx, topic: TopicState, ps: PartitionState): void {
  ps.cleanerPending = false;
  if (!isCompacted(topic.config)) return;
  const latest = new Map<string, number>();
  for (const r of ps.log.toArray()) if (r.offset < ps.hw && r.key !== null) latest.set(r.key, r.offset);
  const removed: StoredRecord[] = [];
  let nextHorizon = Infinity;
  ps.log.removeWhere((r) => {
    if (r.offset >= ps.hw || r.key === null) return false;
    if (latest.get(r.key)! > r.offset) return true;
    if (r.value !== null) return false;
    if (r.deleteHorizon < 0) r.deleteHorizon = ctx.now + topic.config.deleteRetentionMs;
    if (ctx.now >= r.deleteHorizon) return true;
    nextHorizon = Math.min(nextHorizon, r.deleteHorizon);
    return false;
  }, removed);
  for (const r of removed) {
    const expired = r.value === null && latest.get(r.key!) === r.offset;
    emit(ctx, {
      type: 'record.deleted',
      topic: ps.topic,
      partition: ps.partition,
      offset: r.offset,
      key: r.key,
      reason: expired ? 'compaction-tombstone-expired' : 'compaction-superseded',
      ...(expired ? {} : { supersededBy: latest.get(r.key!)! }),
    });
  }
  if (nextHorizon !== Infinity) schedule(ctx, nextHorizon, { kind: 'clean', topic: ps.topic, partition: ps.partition });
}

export function scheduleCleaner(ctx: Ctx, topic: TopicState, ps: PartitionState): void {
  if (!isCompacted(topic.config) || ps.cleanerPending) return;
  ps.cleanerPending = true;
  schedule(ctx, ctx.now + ctx.options.cleanerDelayMs, { kind: 'clean', topic: ps.topic, partition: ps.partition });
}
