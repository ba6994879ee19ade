import type { Ctx } from './state';
import type { AssignorName, AutoOffsetReset, KafkaRecord, TopicConfig } from './types';
import { tpKey } from './types';

/** Read-only views for the UI. Fresh objects on every call; records are shared and frozen-by-type. */

export interface PartitionSnapshot {
  readonly topic: string;
  readonly partition: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly highWatermark: number;
  readonly bytes: number;
  readonly leader: number | null;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  /** How far each follower has copied (its own LEO). */
  readonly followerLogEndOffsets: Readonly<Record<number, number>>;
  /** Live records in offset order (gaps after compaction). Records at or above the HW are not yet visible to consumers. */
  readonly records: readonly KafkaRecord[];
}

export interface TopicSnapshot {
  readonly name: string;
  readonly config: TopicConfig;
  readonly partitions: readonly PartitionSnapshot[];
}

export interface MemberSnapshot {
  readonly id: string;
  readonly topics: readonly string[];
  /** false after consumer.crash, until the session timeout removes it. */
  readonly alive: boolean;
  readonly autoOffsetReset: AutoOffsetReset;
  readonly enableAutoCommit: boolean;
  /** Connect sink task members name their connector. */
  readonly connector: string | null;
  readonly assignment: readonly { readonly topic: string; readonly partition: number; readonly position: number | null }[];
}

export interface PartitionLag {
  readonly topic: string;
  readonly partition: number;
  readonly committed: number | null;
  readonly logEndOffset: number;
  /** LEO − committed offset (H.4); null when the group has no committed offset there. */
  readonly lag: number | null;
  readonly owner: string | null;
}

export interface GroupSnapshot {
  readonly id: string;
  readonly assignor: AssignorName;
  readonly generation: number;
  readonly members: readonly MemberSnapshot[];
  readonly partitions: readonly PartitionLag[];
}

export interface BrokerSnapshot {
  readonly id: number;
  readonly alive: boolean;
  readonly leaderFor: number;
}

export interface ConnectSnapshot {
  readonly workers: readonly { readonly id: string; readonly alive: boolean }[];
  readonly connectors: readonly {
    readonly name: string;
    readonly connectorClass: 'FileStreamSource' | 'FileStreamSink';
    readonly file: string;
    readonly topics: readonly string[];
    readonly tasksMax: number;
    /** Source: last flushed source offset {position}. */
    readonly flushedPosition: number;
    readonly tasks: readonly { readonly index: number; readonly worker: string | null; readonly position: number }[];
  }[];
}

export interface FileSnapshot {
  readonly path: string;
  readonly content: string;
  readonly size: number;
}

export function topicSnapshots(ctx: Ctx): TopicSnapshot[] {
  return [...ctx.topics.values()].map((t) => ({
    name: t.name,
    config: t.config,
    partitions: t.partitions.map((ps) => ({
      topic: ps.topic,
      partition: ps.partition,
      logStartOffset: ps.log.logStartOffset,
      logEndOffset: ps.log.leo,
      highWatermark: ps.hw,
      bytes: ps.log.bytes,
      leader: ps.leader,
      replicas: [...ps.replicas],
      isr: [...ps.isr],
      followerLogEndOffsets: Object.fromEntries(ps.followerLeo),
      records: ps.log.toArray(),
    })),
  }));
}

export function groupSnapshots(ctx: Ctx): GroupSnapshot[] {
  return [...ctx.groups.values()].map((g) => {
    const members = [...g.members.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    const keys = new Map<string, { topic: string; partition: number }>();
    for (const m of members)
      for (const t of m.topics) {
        const topic = ctx.topics.get(t);
        if (topic !== undefined) for (const ps of topic.partitions) keys.set(tpKey(t, ps.partition), { topic: t, partition: ps.partition });
      }
    for (const k of g.committed.keys()) {
      const i = k.lastIndexOf('/');
      keys.set(k, { topic: k.slice(0, i), partition: Number(k.slice(i + 1)) });
    }
    const partitions: PartitionLag[] = [];
    for (const [k, { topic, partition }] of [...keys].sort((a, b) => (a[1].topic < b[1].topic ? -1 : a[1].topic > b[1].topic ? 1 : a[1].partition - b[1].partition))) {
      const ps = ctx.topics.get(topic)?.partitions[partition];
      if (ps === undefined) continue;
      const committed = g.committed.get(k) ?? null;
      const owner = members.find((m) => m.assignment.some((mp) => mp.topic === topic && mp.partition === partition))?.id ?? null;
      partitions.push({ topic, partition, committed, logEndOffset: ps.log.leo, lag: committed === null ? null : ps.log.leo - committed, owner });
    }
    return {
      id: g.id,
      assignor: g.assignor,
      generation: g.generation,
      members: members.map((m) => ({
        id: m.id,
        topics: [...m.topics],
        alive: m.alive,
        autoOffsetReset: m.autoOffsetReset,
        enableAutoCommit: m.enableAutoCommit,
        connector: m.connector,
        assignment: m.assignment.map((mp) => ({ topic: mp.topic, partition: mp.partition, position: mp.position })),
      })),
      partitions,
    };
  });
}

export function brokerSnapshots(ctx: Ctx): BrokerSnapshot[] {
  return ctx.brokers.map((b) => {
    let leaderFor = 0;
    for (const t of ctx.topics.values()) for (const ps of t.partitions) if (ps.leader === b.id) leaderFor++;
    return { id: b.id, alive: b.alive, leaderFor };
  });
}

export function connectSnapshot(ctx: Ctx): ConnectSnapshot {
  return {
    workers: [...ctx.workers.values()].map((w) => ({ id: w.id, alive: w.alive })),
    connectors: [...ctx.connectors.values()].map((c) => ({
      name: c.name,
      connectorClass: c.connectorClass,
      file: c.file,
      topics: [...c.topics],
      tasksMax: c.tasksMax,
      flushedPosition: c.flushedPosition,
      tasks: c.tasks.map((t) => ({ index: t.index, worker: t.worker, position: t.position })),
    })),
  };
}

export function fileSnapshots(ctx: Ctx): FileSnapshot[] {
  return [...ctx.files].map(([path, content]) => ({ path, content, size: content.length }));
}
