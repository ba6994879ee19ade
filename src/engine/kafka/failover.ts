import { fail, ok, type KafkaResult } from './errors';
import type { RecordRef } from './events';
import { afterHwChange, appendRecord } from './produce';
import { brokerAlive, replicate, updateHw } from './replication';
import { emit, type Ctx, type PartitionState, type TopicState } from './state';
import type { StoredRecord } from './types';

/**
 * Broker failure and recovery (H.6). Only ISR members may become leader (no unclean election).
 * The new leader's log ends where its copy ended: anything the old leader had beyond that is
 * truncated. acks=0/1 records among them are lost (acks=1 ones had been acknowledged);
 * acks=all records were never acknowledged, so the producer re-sends them to the new leader.
 */
export function failBroker(ctx: Ctx, id: number): KafkaResult<Record<string, never>> {
  const broker = ctx.brokers.find((b) => b.id === id);
  if (broker === undefined) return fail('UNKNOWN_BROKER', { broker: id });
  if (!broker.alive) return fail('BROKER_STATE', { broker: id, state: 'down' });
  broker.alive = false;
  emit(ctx, { type: 'broker.failed', broker: id });
  for (const topic of ctx.topics.values())
    for (const ps of topic.partitions) {
      if (!ps.replicas.includes(id)) continue;
      if (ps.leader === id) electAfterLeaderLoss(ctx, topic, ps, id);
      else if (ps.isr.includes(id)) {
        ps.isr = ps.isr.filter((b) => b !== id);
        emit(ctx, { type: 'isr.shrunk', topic: ps.topic, partition: ps.partition, broker: id, isr: [...ps.isr] });
        updateHw(ctx, ps, true);
        afterHwChange(ctx, topic, ps);
      }
    }
  return ok({});
}

function electAfterLeaderLoss(ctx: Ctx, topic: TopicState, ps: PartitionState, old: number): void {
  const candidate = ps.replicas.find((b) => b !== old && ps.isr.includes(b) && brokerAlive(ctx, b));
  if (candidate === undefined) {
    // Kafka keeps the last leader in the ISR so that it, and only it, can come back as leader.
    ps.leader = null;
    emit(ctx, { type: 'partition.offline', topic: ps.topic, partition: ps.partition, lastLeader: old });
    return;
  }
  const newLeo = ps.followerLeo.get(candidate) ?? 0;
  const truncated: StoredRecord[] = [];
  ps.log.truncateTo(newLeo, truncated);
  ps.followerLeo.delete(candidate);
  // The old leader will restart as a follower and truncate to the high watermark.
  ps.followerLeo.set(old, ps.hw);
  for (const [b, leo] of ps.followerLeo) if (leo > newLeo) ps.followerLeo.set(b, newLeo);
  ps.leader = candidate;
  ps.isr = ps.isr.filter((b) => b !== old);
  ps.pendingAcks = ps.pendingAcks.filter((r) => r.offset < newLeo);
  emit(ctx, {
    type: 'leader.elected',
    topic: ps.topic,
    partition: ps.partition,
    leader: candidate,
    previousLeader: old,
    isr: [...ps.isr],
    reason: 'leader-failed',
  });
  const lost: RecordRef[] = [];
  const resend: StoredRecord[] = [];
  for (const r of truncated) {
    if (r.acks === 'all') resend.push(r);
    else lost.push({ offset: r.offset, key: r.key, value: r.value, acks: r.acks, producer: r.producer });
  }
  if (lost.length > 0)
    emit(ctx, {
      type: 'records.lost',
      topic: ps.topic,
      partition: ps.partition,
      oldLeader: old,
      newLeader: candidate,
      newLogEndOffset: newLeo,
      records: lost,
      reason: 'leader-failed-before-replication',
    });
  updateHw(ctx, ps, true);
  for (const r of resend) {
    const again = appendRecord(ctx, topic, ps, r.producer, r.key, r.value, r.headers, r.timestamp, r.acks, r.bytes);
    if (again.offset >= ps.hw) ps.pendingAcks.push(again);
    emit(ctx, { type: 'record.retried', producer: r.producer, topic: ps.topic, partition: ps.partition, oldOffset: r.offset, newOffset: again.offset });
  }
  afterHwChange(ctx, topic, ps);
}

export function recoverBroker(ctx: Ctx, id: number): KafkaResult<Record<string, never>> {
  const broker = ctx.brokers.find((b) => b.id === id);
  if (broker === undefined) return fail('UNKNOWN_BROKER', { broker: id });
  if (broker.alive) return fail('BROKER_STATE', { broker: id, state: 'up' });
  broker.alive = true;
  emit(ctx, { type: 'broker.recovered', broker: id });
  for (const topic of ctx.topics.values())
    for (const ps of topic.partitions) {
      if (!ps.replicas.includes(id)) continue;
      if (ps.leader === null && ps.isr.includes(id)) {
        ps.leader = id;
        ps.followerLeo.delete(id);
        for (const [b, leo] of ps.followerLeo) if (leo > ps.log.leo) ps.followerLeo.set(b, ps.log.leo);
        emit(ctx, { type: 'leader.elected', topic: ps.topic, partition: ps.partition, leader: id, previousLeader: null, isr: [...ps.isr], reason: 'broker-recovered' });
        updateHw(ctx, ps, true);
      } else if (ps.leader !== null) {
        // A restarted follower truncates to the HW, fetches the rest, then rejoins the ISR.
        ps.followerLeo.set(id, Math.min(ps.followerLeo.get(id) ?? 0, ps.hw));
        if (ctx.options.replicationDelayMs === 0) replicate(ctx, ps, true);
        else if (!ps.replicationPending) {
          ps.replicationPending = true;
          ctx.timers.push(ctx.now + ctx.options.replicationDelayMs, { kind: 'replicate', topic: ps.topic, partition: ps.partition });
        }
      }
      afterHwChange(ctx, topic, ps);
    }
  return ok({});
}

export function onReplicateTimer(ctx: Ctx, topic: TopicState, ps: PartitionState): void {
  replicate(ctx, ps, true);
  afterHwChange(ctx, topic, ps);
}
