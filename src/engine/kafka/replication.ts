import { PartitionLog } from './partition-log';
import { emit, schedule, type Ctx, type PartitionState } from './state';

/**
 * Replica placement, follower catch-up, high watermark and ISR upkeep (H.6).
 * [SIM] placement is deterministic: alive brokers sorted by id, replica list starting at
 * (topic ordinal + partition) mod brokers, so leaders spread over brokers like Kafka's
 * round-robin placement but without its random start.
 */
export function placeReplicas(ctx: Ctx, ordinal: number, partition: number, rf: number): number[] {
  const alive = ctx.brokers.filter((b) => b.alive).map((b) => b.id);
  const start = (ordinal + partition) % alive.length;
  const out: number[] = [];
  for (let i = 0; i < rf; i++) out.push(alive[(start + i) % alive.length]);
  return out;
}

export function newPartition(topic: string, partition: number, replicas: number[]): PartitionState {
  const followerLeo = new Map<number, number>();
  for (const b of replicas.slice(1)) followerLeo.set(b, 0);
  return {
    topic,
    partition,
    log: new PartitionLog(),
    replicas,
    leader: replicas[0],
    isr: [...replicas],
    followerLeo,
    hw: 0,
    replicationPending: false,
    retentionToken: 0,
    retentionAt: -1,
    cleanerPending: false,
    pendingAcks: [],
  };
}

export const brokerAlive = (ctx: Ctx, id: number): boolean => ctx.brokers.find((b) => b.id === id)?.alive ?? false;

/** After an append: copy to followers now (delay 0) or when the follower fetch is due. */
export function afterAppend(ctx: Ctx, ps: PartitionState): void {
  if (ps.replicas.length === 1) {
    ps.hw = ps.log.leo;
    return;
  }
  if (ctx.options.replicationDelayMs === 0) {
    replicate(ctx, ps, false);
    return;
  }
  if (!ps.replicationPending) {
    ps.replicationPending = true;
    schedule(ctx, ctx.now + ctx.options.replicationDelayMs, { kind: 'replicate', topic: ps.topic, partition: ps.partition });
  }
}

/** Every alive follower fetches up to the leader's LEO; caught-up followers (re)join the ISR. */
export function replicate(ctx: Ctx, ps: PartitionState, announceHw: boolean): void {
  ps.replicationPending = false;
  if (ps.leader === null) return;
  const leo = ps.log.leo;
  for (const b of ps.replicas) {
    if (b === ps.leader || !brokerAlive(ctx, b)) continue;
    const from = ps.followerLeo.get(b) ?? 0;
    if (from < leo) {
      ps.followerLeo.set(b, leo);
      // Synchronous replication (delay 0) is reported by the appended event's highWatermark instead.
      if (announceHw && ctx.options.recordEvents)
        emit(ctx, { type: 'partition.replicated', topic: ps.topic, partition: ps.partition, broker: b, fromOffset: from, toOffset: leo });
    }
    if (!ps.isr.includes(b)) {
      ps.isr = ps.replicas.filter((r) => r === b || ps.isr.includes(r));
      emit(ctx, { type: 'isr.expanded', topic: ps.topic, partition: ps.partition, broker: b, isr: [...ps.isr] });
    }
  }
  updateHw(ctx, ps, announceHw);
}

/** HW = smallest LEO among ISR members; records below it are committed. Releases acks=all waits. */
export function updateHw(ctx: Ctx, ps: PartitionState, announce: boolean): void {
  if (ps.leader === null) return;
  let hw = ps.log.leo;
  for (const b of ps.isr) if (b !== ps.leader) hw = Math.min(hw, ps.followerLeo.get(b) ?? 0);
  const from = ps.hw;
  if (hw > from) {
    ps.hw = hw;
    if (announce) emit(ctx, { type: 'partition.hw.advanced', topic: ps.topic, partition: ps.partition, from, to: hw });
  } else ps.hw = Math.min(hw, from);
  if (ps.pendingAcks.length > 0) {
    let i = 0;
    while (i < ps.pendingAcks.length && ps.pendingAcks[i].offset < ps.hw) {
      const r = ps.pendingAcks[i++];
      emit(ctx, { type: 'record.acked', producer: r.producer, topic: ps.topic, partition: ps.partition, offset: r.offset });
    }
    if (i > 0) ps.pendingAcks = ps.pendingAcks.slice(i);
  }
}
