import { emit, schedule, type Ctx, type PartitionState, type TopicState } from './state';
import { deletesOld } from './topic-config';
import type { DeleteReason } from './events';
import type { StoredRecord } from './types';

/**
 * [SIM] Retention is applied per record, not per segment (H.5): a record goes as soon as it is
 * older than retention.ms (by its timestamp), or as soon as the partition exceeds
 * retention.bytes. Like Kafka, nothing at or above the high watermark is deleted, deletion only
 * moves the log start offset forward, and offsets are never renumbered.
 */
export function applyRetention(ctx: Ctx, topic: TopicState, ps: PartitionState, byTime: boolean): void {
  const c = topic.config;
  if (!deletesOld(c)) return;
  if (byTime && c.retentionMs >= 0) {
    const cutoff = ctx.now - c.retentionMs;
    const removed: StoredRecord[] = [];
    ps.log.dropHeadWhile((r) => r.offset < ps.hw && r.timestamp <= cutoff, removed);
    report(ctx, ps, removed, 'retention-time');
  }
  if (c.retentionBytes >= 0 && ps.log.bytes > c.retentionBytes) {
    const removed: StoredRecord[] | null = ctx.options.recordEvents ? [] : null;
    ps.log.dropHeadOverBytes(c.retentionBytes, ps.hw, removed);
    if (removed !== null) report(ctx, ps, removed, 'retention-size');
  }
  scheduleTimeRetention(ctx, topic, ps);
}

function report(ctx: Ctx, ps: PartitionState, recs: StoredRecord[], reason: DeleteReason): void {
  if (!ctx.options.recordEvents) return;
  for (const r of recs) emit(ctx, { type: 'record.deleted', topic: ps.topic, partition: ps.partition, offset: r.offset, key: r.key, reason });
}

/**
 * At most one live timer per partition, for the moment the oldest committed record expires;
 * re-armed after each check, so appends do not grow the timer queue.
 */
export function scheduleTimeRetention(ctx: Ctx, topic: TopicState, ps: PartitionState): void {
  const c = topic.config;
  const first = ps.log.first();
  // A record at or above the HW cannot be deleted yet; this runs again whenever the HW moves.
  if (!deletesOld(c) || c.retentionMs < 0 || first === undefined || first.offset >= ps.hw) {
    if (ps.retentionAt !== -1) {
      ps.retentionToken++;
      ps.retentionAt = -1;
    }
    return;
  }
  const at = Math.max(ctx.now, first.timestamp + c.retentionMs);
  // An armed timer that fires no later is enough: if it finds nothing expired it re-arms itself.
  if (ps.retentionAt !== -1 && ps.retentionAt <= at) return;
  ps.retentionToken++;
  ps.retentionAt = at;
  schedule(ctx, at, { kind: 'retention', topic: ps.topic, partition: ps.partition, token: ps.retentionToken });
}
