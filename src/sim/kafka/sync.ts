/**
 * Keeps the running Kafka cluster in step with the document: creates, alters and deletes topics,
 * joins and leaves consumer-group members, runs Connect workers and connectors, seeds files and
 * configures producers, changing only what changed. Kafka cannot rename a topic or shrink its
 * partitions, so such an edit deletes the topic and creates it again (empty), as an admin would.
 */
import type { KafkaCluster, KafkaCommand, KafkaError } from '../../engine/kafka';
import type { KafkaNode, KafkaScenario, KGroupNode, KTopicNode } from '../../scenario/kafka/types';

interface TopicRun {
  name: string;
  partitions: number;
  rf: number;
  configSig: string;
  created: boolean;
}

export interface MemberRun {
  readonly key: string;
  readonly groupNode: string;
  readonly consumerId: string;
  readonly group: string;
  readonly member: string;
  readonly sig: string;
}

export interface SyncHooks {
  failed(node: string | null, command: string, error: KafkaError): void;
  joined(m: MemberRun): void;
  left(m: MemberRun): void;
  connectorIncomplete(connector: string, missing: 'cluster' | 'file' | 'topic'): void;
}

export const memberKey = (groupNode: string, consumerId: string): string => `${groupNode}/${consumerId}`;
export const workerId = (i: number): string => `worker-${i}`;

const topicConfig = (t: KTopicNode) => ({
  cleanupPolicy: t.cleanupPolicy,
  retentionMs: t.retentionMs,
  retentionBytes: t.retentionBytes,
  deleteRetentionMs: t.deleteRetentionMs,
  minInsyncReplicas: t.minInsyncReplicas,
});

export class KafkaTopologySync {
  private readonly topics = new Map<string, TopicRun>();
  readonly members = new Map<string, MemberRun>();
  private readonly connectors = new Map<string, { name: string; sig: string }>();
  private readonly incomplete = new Map<string, string>();
  /** Workers created so far (ids worker-1..n), whatever their state. */
  private workersCreated = 0;
  private workersWanted = 0;
  private readonly seeded = new Set<string>();
  private readonly producerSigs = new Map<string, string>();

  constructor(
    private readonly k: KafkaCluster,
    private readonly hooks: SyncHooks,
  ) {}

  apply(doc: KafkaScenario): void {
    this.syncTopics(doc);
    this.syncGroups(doc);
    this.syncConnect(doc);
    this.syncFiles(doc);
    this.syncProducers(doc);
  }

  private run(node: string | null, cmd: KafkaCommand): boolean {
    const r = this.k.execute(cmd);
    if (!r.ok) this.hooks.failed(node, cmd.type, r.error);
    return r.ok;
  }

  private syncTopics(doc: KafkaScenario): void {
    const live = new Set<string>();
    for (const n of doc.nodes) {
      if (n.kind !== 'topic') continue;
      live.add(n.id);
      const configSig = JSON.stringify(topicConfig(n));
      const prev = this.topics.get(n.id);
      const recreate = !prev || !prev.created || prev.name !== n.name || prev.rf !== n.replicationFactor || n.partitions < prev.partitions;
      if (recreate) {
        // A topic that failed to be created is retried only once something about it changes.
        if (prev && !prev.created && prev.name === n.name && prev.rf === n.replicationFactor && prev.partitions === n.partitions && prev.configSig === configSig) continue;
        if (prev?.created) this.run(n.id, { type: 'topic.delete', topic: prev.name });
        const created = this.run(n.id, { type: 'topic.create', topic: n.name, partitions: n.partitions, replicationFactor: n.replicationFactor, config: topicConfig(n) });
        this.topics.set(n.id, { name: n.name, partitions: n.partitions, rf: n.replicationFactor, configSig, created });
        continue;
      }
      if (n.partitions > prev.partitions || configSig !== prev.configSig) {
        const cmd: KafkaCommand =
          n.partitions > prev.partitions
            ? { type: 'topic.alter', topic: n.name, partitions: n.partitions, config: topicConfig(n) }
            : { type: 'topic.alter', topic: n.name, config: topicConfig(n) };
        if (this.run(n.id, cmd)) {
          prev.partitions = n.partitions;
          prev.configSig = configSig;
        } else prev.configSig = configSig; // refused: wait for the next change before trying again
      }
    }
    for (const [id, t] of [...this.topics]) {
      if (live.has(id)) continue;
      if (t.created) this.run(null, { type: 'topic.delete', topic: t.name });
      this.topics.delete(id);
    }
  }

  private syncGroups(doc: KafkaScenario): void {
    const wanted = new Map<string, { node: KGroupNode; consumerId: string; member: string; sig: string }>();
    for (const n of doc.nodes) {
      if (n.kind !== 'group') continue;
      const topics = subscribedTopics(doc, n.id);
      const sig = JSON.stringify([n.name, n.assignor, n.autoOffsetReset, n.commit, n.autoCommitIntervalMs, n.sessionTimeoutMs, topics]);
      for (const c of n.consumers) wanted.set(memberKey(n.id, c.id), { node: n, consumerId: c.id, member: c.name, sig: `${sig}|${c.name}` });
    }
    // A changed group (settings or subscription) makes all its members leave and join again.
    const changedGroups = new Set<string>();
    for (const [key, m] of this.members) {
      const w = wanted.get(key);
      if (!w || w.sig !== m.sig) changedGroups.add(m.groupNode);
    }
    for (const [key, m] of [...this.members]) {
      const w = wanted.get(key);
      if (w && !changedGroups.has(m.groupNode)) continue;
      // A crashed member cannot leave (MEMBER_NOT_ACTIVE): the group will time it out.
      const r = this.k.execute({ type: 'group.leave', group: m.group, member: m.member });
      if (!r.ok && r.error.code !== 'MEMBER_NOT_ACTIVE' && r.error.code !== 'UNKNOWN_MEMBER_ID') this.hooks.failed(m.groupNode, 'group.leave', r.error);
      this.members.delete(key);
      this.hooks.left(m);
    }
    for (const [key, w] of wanted) {
      if (this.members.has(key)) continue;
      const n = w.node;
      const ok = this.run(n.id, {
        type: 'group.join',
        group: n.name,
        member: w.member,
        topics: subscribedTopics(doc, n.id),
        assignor: n.assignor,
        autoOffsetReset: n.autoOffsetReset,
        enableAutoCommit: n.commit === 'auto',
        autoCommitIntervalMs: n.autoCommitIntervalMs,
        sessionTimeoutMs: n.sessionTimeoutMs,
      });
      if (!ok) continue;
      const m: MemberRun = { key, groupNode: n.id, consumerId: w.consumerId, group: n.name, member: w.member, sig: w.sig };
      this.members.set(key, m);
      this.hooks.joined(m);
    }
  }

  /** Rejoins one member after a crash (same member id: the group replaces the dead one). */
  rejoin(doc: KafkaScenario, key: string): boolean {
    const m = this.members.get(key);
    const n = doc.nodes.find((x) => x.id === m?.groupNode);
    if (!m || n?.kind !== 'group') return false;
    return this.run(n.id, {
      type: 'group.join',
      group: m.group,
      member: m.member,
      topics: subscribedTopics(doc, n.id),
      assignor: n.assignor,
      autoOffsetReset: n.autoOffsetReset,
      enableAutoCommit: n.commit === 'auto',
      autoCommitIntervalMs: n.autoCommitIntervalMs,
      sessionTimeoutMs: n.sessionTimeoutMs,
    });
  }

  private syncConnect(doc: KafkaScenario): void {
    const cluster = doc.nodes.find((n) => n.kind === 'connect');
    const want = cluster?.kind === 'connect' ? cluster.workers : 0;
    if (want !== this.workersWanted) {
      for (let i = 1; i <= Math.max(want, this.workersCreated); i++) {
        const id = workerId(i);
        if (i > this.workersCreated) {
          this.run(cluster?.id ?? null, { type: 'connect.worker.add', worker: id });
          this.workersCreated = i;
        } else if (i <= want && i > this.workersWanted) this.k.execute({ type: 'connect.worker.recover', worker: id });
        else if (i > want && i <= this.workersWanted) this.k.execute({ type: 'connect.worker.fail', worker: id });
      }
      this.workersWanted = want;
    }
    const live = new Set<string>();
    for (const n of doc.nodes) {
      if (n.kind !== 'connector') continue;
      live.add(n.id);
      const spec = connectorSpec(doc, n.id);
      const missing = !cluster ? 'cluster' : spec === null ? null : spec.file === null ? 'file' : spec.topics.length === 0 ? 'topic' : null;
      const prev = this.connectors.get(n.id);
      const sig = missing === null && spec ? JSON.stringify([n.name, n.connectorClass, n.tasksMax, n.batchSize, spec.file, spec.topics]) : '';
      if (prev && prev.sig === sig) continue;
      if (prev) this.run(n.id, { type: 'connector.delete', name: prev.name });
      this.connectors.delete(n.id);
      if (missing !== null || !spec || spec.file === null) {
        const why = missing ?? 'file';
        if (this.incomplete.get(n.id) !== why) this.hooks.connectorIncomplete(n.id, why);
        this.incomplete.set(n.id, why);
        continue;
      }
      this.incomplete.delete(n.id);
      const ok =
        n.connectorClass === 'FileStreamSource'
          ? this.run(n.id, { type: 'connector.create', name: n.name, connectorClass: 'FileStreamSource', file: spec.file, topic: spec.topics[0], tasksMax: n.tasksMax, batchSize: n.batchSize })
          : this.run(n.id, { type: 'connector.create', name: n.name, connectorClass: 'FileStreamSink', file: spec.file, topics: spec.topics, tasksMax: n.tasksMax });
      if (ok) this.connectors.set(n.id, { name: n.name, sig });
    }
    for (const [id, c] of [...this.connectors]) {
      if (live.has(id)) continue;
      this.run(null, { type: 'connector.delete', name: c.name });
      this.connectors.delete(id);
    }
  }

  private syncFiles(doc: KafkaScenario): void {
    for (const n of doc.nodes) {
      if (n.kind !== 'file' || this.seeded.has(n.name) || n.initial === '') continue;
      this.seeded.add(n.name);
      this.run(n.id, { type: 'file.append', path: n.name, text: n.initial });
    }
  }

  private syncProducers(doc: KafkaScenario): void {
    for (const n of doc.nodes) {
      if (n.kind !== 'producer') continue;
      const sig = JSON.stringify([n.acks, n.partitioner, n.batchSize]);
      if (this.producerSigs.get(n.id) === sig) continue;
      this.producerSigs.set(n.id, sig);
      this.run(n.id, { type: 'producer.configure', producer: n.id, acks: n.acks, partitioner: n.partitioner, batchSize: n.batchSize });
    }
  }
}

/** Names of the topics a group reads (its subscribe edges), sorted. */
export function subscribedTopics(doc: KafkaScenario, groupNode: string): string[] {
  const names = doc.edges
    .filter((e) => e.kind === 'subscribe' && e.target === groupNode)
    .map((e) => nodeById(doc, e.source))
    .flatMap((n) => (n?.kind === 'topic' ? [n.name] : []));
  return [...new Set(names)].sort();
}

/** What a connector's edges say: its file and its topic(s); null when it is not a connector. */
export function connectorSpec(doc: KafkaScenario, id: string): { file: string | null; topics: string[] } | null {
  const n = nodeById(doc, id);
  if (n?.kind !== 'connector') return null;
  const source = n.connectorClass === 'FileStreamSource';
  const fileEdge = doc.edges.find((e) => (source ? e.kind === 'source-read' && e.target === id : e.kind === 'sink-write' && e.source === id));
  const file = fileEdge ? nodeById(doc, source ? fileEdge.source : fileEdge.target) : undefined;
  const topics = doc.edges
    .filter((e) => (source ? e.kind === 'source-write' && e.source === id : e.kind === 'sink-read' && e.target === id))
    .map((e) => nodeById(doc, source ? e.target : e.source))
    .flatMap((t) => (t?.kind === 'topic' ? [t.name] : []));
  return { file: file?.kind === 'file' ? file.name : null, topics: [...new Set(topics)].sort() };
}

export function nodeById(doc: KafkaScenario, id: string): KafkaNode | undefined {
  return doc.nodes.find((n) => n.id === id);
}
