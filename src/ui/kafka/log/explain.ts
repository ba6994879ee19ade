// What each log entry means, as message keys and parameters (worded at render time, so the log
// follows a language switch). The cluster emits codes and numbers; this adds the reason a teacher
// would give: "key `user-1` hashes to partition 2 of 3", why a rebalance happened, what lag is.

import type { KafkaEvent, PartitionDecision, TopicPartition } from '../../../engine/kafka';
import type { MessageKey } from '../../../i18n/en';
import type { Params } from '../../../i18n/translate';
import type { KafkaScenario } from '../../../scenario/kafka/types';
import { recordRef, type KClientEvent, type KLogEntry } from '../../../sim/kafka/types';
import { explainError } from './explain-errors';

export interface Phrase {
  readonly key: MessageKey;
  readonly params?: Params;
}

export const K_CATEGORIES = ['records', 'consumers', 'groups', 'cluster', 'replication', 'connect', 'errors'] as const;
export type KCategory = (typeof K_CATEGORIES)[number];
export type Tone = 'normal' | 'good' | 'warn' | 'bad';

export interface Explained {
  readonly summary: Phrase;
  readonly lines: readonly Phrase[];
  readonly category: KCategory;
  readonly tone: Tone;
  /** The record it is about (recordRef), for the colour chip and selection. */
  readonly ref: string | null;
}

/** Node ids → names, for client events (the engine already speaks in names). */
export interface Names {
  node(id: string | null): string;
  /** A group member as people call it: Connect's sink tasks get their connector's name. */
  member(id: string): string;
  consumer(groupNode: string, consumerId: string): string;
}

export function namesOf(doc: KafkaScenario): Names {
  const m = new Map(doc.nodes.map((n) => [n.id, n.name]));
  const connectClient = (id: string) => {
    // Connect's own clients: connector-(producer|consumer)-<name>-<task> is that connector's task.
    const task = /^connector-(?:producer|consumer)-(.+)-(\d+)$/.exec(id);
    return task ? `${task[1]}/task-${task[2]}` : id;
  };
  return {
    member: connectClient,
    node: (id) => {
      if (id === null) return '';
      return m.get(id) ?? connectClient(id);
    },
    consumer: (g, c) => {
      const n = doc.nodes.find((x) => x.id === g);
      return (n?.kind === 'group' ? n.consumers.find((x) => x.id === c)?.name : undefined) ?? c;
    },
  };
}

const p = (key: MessageKey, params?: Params): Phrase => (params ? { key, params } : { key });
const x = (summary: Phrase, category: KCategory, lines: Phrase[] = [], tone: Tone = 'normal', ref: string | null = null): Explained => ({ summary, lines, category, tone, ref });
const parts = (list: readonly TopicPartition[]): string => (list.length === 0 ? '—' : list.map((tp) => `${tp.topic}/${tp.partition}`).join(', '));

export function explainEntry(e: KLogEntry, names: Names): Explained {
  return e.source === 'client' ? explainClient(e.event, names) : explainEngine(e.event, names);
}

function decisionLine(d: PartitionDecision): Phrase {
  switch (d.reason) {
    case 'key-hash':
      return p('kafka.why.keyHash', { key: d.key, hash: d.hash, positive: d.positive, n: d.partitions, p: d.partition });
    case 'sticky':
      return d.switched ? p('kafka.why.stickyNew', { p: d.partition, size: d.batchSize }) : p('kafka.why.sticky', { p: d.partition, bytes: d.batchBytes, size: d.batchSize });
    case 'round-robin':
      return p('kafka.why.roundRobin', { p: d.partition, n: d.partitions });
    case 'explicit':
      return p('kafka.why.explicit', { p: d.partition });
  }
}

function explainEngine(e: KafkaEvent, names: Names): Explained {
  switch (e.type) {
    case 'topic.created':
      return x(p('kafka.log.topicCreated', { topic: e.topic, n: e.config.partitions, rf: e.config.replicationFactor }), 'cluster', e.replicas.map((r, i) => p('kafka.why.replicas', { p: i, brokers: r.join(', '), leader: r[0] })));
    case 'topic.altered':
      return x(p('kafka.log.topicAltered', { topic: e.topic, n: e.config.partitions, old: e.oldPartitions }), 'cluster', e.config.partitions > e.oldPartitions ? [p('kafka.why.remap')] : []);
    case 'topic.deleted':
      return x(p('kafka.log.topicDeleted', { topic: e.topic }), 'cluster', [], 'warn');
    case 'record.appended': {
      const ref = recordRef(e.topic, e.partition, e.offset);
      const ack = e.acks === 0 ? p('kafka.why.acks0') : e.acks === 1 ? p('kafka.why.acks1', { leader: e.leader }) : e.ack === 'acked' ? p('kafka.why.acksAllDone') : p('kafka.why.acksAllWait');
      return x(p('kafka.log.appended', { producer: names.node(e.producer), topic: e.topic, p: e.partition, offset: e.offset, key: e.key ?? 'null' }), 'records', [decisionLine(e.decision), p('kafka.why.offset', { offset: e.offset }), ack], 'normal', ref);
    }
    case 'produce.failed':
      return x(p('kafka.log.produceFailed', { producer: names.node(e.producer), topic: e.topic, code: e.code }), 'errors', [explainError(e.code)], 'bad');
    case 'record.acked':
      return x(p('kafka.log.acked', { producer: names.node(e.producer), topic: e.topic, p: e.partition, offset: e.offset }), 'records', [p('kafka.why.acksAllDone')], 'good', recordRef(e.topic, e.partition, e.offset));
    case 'record.deleted':
      return x(p('kafka.log.deleted', { topic: e.topic, p: e.partition, offset: e.offset, key: e.key ?? 'null' }), 'records', [p(`kafka.why.deleted.${e.reason}`, { by: e.supersededBy ?? '' })], 'warn', recordRef(e.topic, e.partition, e.offset));
    case 'partition.replicated':
      return x(p('kafka.log.replicated', { broker: e.broker, topic: e.topic, p: e.partition, from: e.fromOffset, to: e.toOffset }), 'replication');
    case 'partition.hw.advanced':
      return x(p('kafka.log.hw', { topic: e.topic, p: e.partition, from: e.from, to: e.to }), 'replication', [p('kafka.why.hw')]);
    case 'isr.shrunk':
      return x(p('kafka.log.isrShrunk', { topic: e.topic, p: e.partition, broker: e.broker, isr: e.isr.join(', ') }), 'cluster', [p('kafka.why.isr')], 'warn');
    case 'isr.expanded':
      return x(p('kafka.log.isrExpanded', { topic: e.topic, p: e.partition, broker: e.broker, isr: e.isr.join(', ') }), 'cluster', [p('kafka.why.isr')], 'good');
    case 'broker.failed':
      return x(p('kafka.log.brokerFailed', { broker: e.broker }), 'cluster', [], 'bad');
    case 'broker.recovered':
      return x(p('kafka.log.brokerRecovered', { broker: e.broker }), 'cluster', [p('kafka.why.recovered')], 'good');
    case 'leader.elected':
      return x(p('kafka.log.leader', { topic: e.topic, p: e.partition, leader: e.leader, old: e.previousLeader ?? '—' }), 'cluster', [p(e.reason === 'leader-failed' ? 'kafka.why.leaderFailed' : 'kafka.why.leaderBack', { isr: e.isr.join(', ') })], 'warn');
    case 'partition.offline':
      return x(p('kafka.log.offline', { topic: e.topic, p: e.partition, broker: e.lastLeader }), 'cluster', [p('kafka.why.offline')], 'bad');
    case 'records.lost':
      return x(
        p('kafka.log.lost', { n: e.records.length, topic: e.topic, p: e.partition, offsets: e.records.map((r) => r.offset).join(', ') }),
        'errors',
        [p('kafka.why.lost', { old: e.oldLeader, leader: e.newLeader, leo: e.newLogEndOffset })],
        'bad',
        e.records[0] ? recordRef(e.topic, e.partition, e.records[0].offset) : null,
      );
    case 'record.retried':
      return x(p('kafka.log.retried', { producer: names.node(e.producer), topic: e.topic, p: e.partition, old: e.oldOffset, offset: e.newOffset }), 'records', [p('kafka.why.retried')], 'warn', recordRef(e.topic, e.partition, e.newOffset));
    case 'group.member.joined':
      return x(p('kafka.log.joined', { member: names.member(e.member), group: e.group, topics: e.topics.join(', ') || '—' }), 'groups');
    case 'group.rebalance.delayed':
      return x(p('kafka.log.delayed', { group: e.group, until: e.until }), 'groups');
    case 'group.member.left':
      return x(p('kafka.log.left', { member: names.member(e.member), group: e.group }), 'groups', [p(`kafka.why.left.${e.reason}`)], e.reason === 'leave' ? 'normal' : 'warn');
    case 'consumer.crashed':
      return x(p('kafka.log.crashed', { member: names.member(e.member), group: e.group }), 'groups', [p('kafka.why.crashed', { ms: e.sessionTimeoutMs, at: e.detectedAt })], 'bad');
    case 'group.rebalance.started':
      return x(p('kafka.log.rebalance', { group: e.group, generation: e.generation }), 'groups', [p(`kafka.why.rebalance.${e.reason}`), p(e.protocol === 'eager' ? 'kafka.why.eager' : 'kafka.why.cooperative', { assignor: e.assignor }), p('kafka.why.members', { members: e.members.map((m) => names.member(m)).join(', ') })], 'warn');
    case 'group.partitions.revoked':
      return x(p('kafka.log.revoked', { member: names.member(e.member), partitions: parts(e.partitions) }), 'groups');
    case 'group.partitions.assigned':
      return x(p('kafka.log.assigned', { member: names.member(e.member), partitions: parts(e.assignment), added: parts(e.added) }), 'groups');
    case 'group.rebalance.completed': {
      const lines = Object.entries(e.assignment).map(([m, list]) => p('kafka.why.owns', { member: names.member(m), partitions: parts(list) }));
      if (e.idle.length > 0) lines.push(p('kafka.why.idle', { members: e.idle.map((m) => names.member(m)).join(', ') }));
      return x(p('kafka.log.rebalanced', { group: e.group, generation: e.generation }), 'groups', lines, e.idle.length > 0 ? 'warn' : 'good');
    }
    case 'consumer.position.set':
      return x(p('kafka.log.position', { member: names.member(e.member), topic: e.topic, p: e.partition, offset: e.offset }), 'consumers', [p(`kafka.why.position.${e.reason}`, { policy: e.policy, offset: e.offset })]);
    case 'consumer.fetched':
      return x(p('kafka.log.fetched', { member: names.member(e.member), n: e.count, ranges: e.ranges.map((r) => `${r.topic}/${r.partition} ${r.fromOffset}–${r.toOffset}`).join(', ') }), 'consumers', [p('kafka.why.fetched')]);
    case 'offset.committed':
      return x(p(e.member === null ? 'kafka.log.reset' : 'kafka.log.committed', { group: e.group, member: e.member === null ? '' : names.member(e.member), topic: e.topic, p: e.partition, offset: e.offset }), 'consumers', [p(e.auto ? 'kafka.why.autoCommit' : 'kafka.why.commit', { offset: e.offset }), p('kafka.why.lag', { offset: e.offset })], 'good');
    case 'consumer.seeked':
      return x(p('kafka.log.seeked', { member: names.member(e.member), topic: e.topic, p: e.partition, offset: e.offset }), 'consumers', [p('kafka.why.seek')]);
    case 'connect.worker.added':
      return x(p('kafka.log.workerUp', { worker: e.worker }), 'connect', [], 'good');
    case 'connect.worker.failed':
      return x(p('kafka.log.workerDown', { worker: e.worker }), 'connect', [p('kafka.why.workerDown')], 'bad');
    case 'connect.connector.created':
      return x(p('kafka.log.connectorCreated', { connector: e.connector, cls: e.connectorClass, n: e.tasks }), 'connect', e.connectorClass === 'FileStreamSource' ? [p('kafka.why.sourceOneTask')] : [p('kafka.why.sinkGroup', { group: `connect-${e.connector}` })]);
    case 'connect.connector.deleted':
      return x(p('kafka.log.connectorDeleted', { connector: e.connector }), 'connect');
    case 'connect.task.assigned':
      return x(p('kafka.log.taskAssigned', { connector: e.connector, task: e.task, worker: e.worker }), 'connect');
    case 'connect.task.moved':
      return x(p('kafka.log.taskMoved', { connector: e.connector, task: e.task, from: e.from, to: e.to }), 'connect', [p(e.reason === 'worker-failed' ? 'kafka.why.taskMovedFailed' : 'kafka.why.taskMovedBalance')], 'warn');
    case 'connect.task.unassigned':
      return x(p('kafka.log.taskUnassigned', { connector: e.connector, task: e.task }), 'connect', [], 'bad');
    case 'connect.source.started':
      return x(p('kafka.log.sourceStarted', { connector: e.connector, file: e.file, position: e.position }), 'connect', [p('kafka.why.sourceResume')]);
    case 'connect.source.line.read':
      return x(p('kafka.log.lineRead', { connector: e.connector, file: e.file, line: e.line, topic: e.topic }), 'connect', [p('kafka.why.lineRead', { position: e.position })]);
    case 'connect.source.offset.flushed':
      return x(p('kafka.log.sourceFlushed', { connector: e.connector, file: e.file, position: e.position }), 'connect', [p('kafka.why.flush')]);
    case 'connect.sink.line.written':
      return x(p('kafka.log.lineWritten', { connector: e.connector, file: e.file, line: e.line, topic: e.topic, p: e.partition, offset: e.offset }), 'connect', [p('kafka.why.lineWritten')], 'good', recordRef(e.topic, e.partition, e.offset));
    case 'file.appended':
      return x(p(e.by === 'user' ? 'kafka.log.fileAppendedUser' : 'kafka.log.fileAppended', { file: e.path, size: e.size }), 'connect');
  }
}

function explainClient(e: KClientEvent, names: Names): Explained {
  switch (e.type) {
    case 'producer-sent':
      return x(p('kafka.log.sent', { producer: names.node(e.producer), topic: e.topic, key: e.key ?? 'null', value: e.value }), 'records', [p(e.key === null ? 'kafka.why.sentNull' : 'kafka.why.sentKey')]);
    case 'producer-unconnected':
      return x(p('kafka.log.unconnected', { producer: names.node(e.producer) }), 'errors', [], 'warn');
    case 'consumer-processed':
      return x(p('kafka.log.processed', { consumer: consumerName(names, e.group, e.consumer), topic: e.topic, p: e.partition, offset: e.offset, value: e.value ?? 'null' }), 'consumers', [], 'normal', recordRef(e.topic, e.partition, e.offset));
    case 'consumer-crashed':
      return x(p('kafka.log.clientCrashed', { consumer: consumerName(names, e.group, e.consumer), n: e.dropped }), 'groups', [p('kafka.why.clientCrashed')], 'bad');
    case 'consumer-restarted':
      return x(p('kafka.log.restarted', { consumer: consumerName(names, e.group, e.consumer) }), 'groups', [], 'good');
    case 'file-written':
      return x(p('kafka.log.written', { file: names.node(e.file), line: e.line }), 'connect');
    case 'connector-incomplete':
      return x(p(`kafka.log.incomplete.${e.missing}`, { connector: names.node(e.connector) }), 'errors', [], 'warn');
    case 'command-failed':
      return x(p('kafka.log.failed', { command: e.command, code: e.error.code, node: names.node(e.node) || '—' }), 'errors', [explainError(e.error.code)], 'bad');
  }
}

/** Consumers are named by their group node and id in client events: "group/consumer". */
function consumerName(names: Names, group: string, consumer: string): string {
  return `${names.node(group)}/${names.consumer(group, consumer)}`;
}
