// Reads one node of an untrusted Kafka document, field by field: no casts, defaults for missing
// fields, a coded issue for every wrong value (the caller refuses the document on any error).

import { field, join, readArray, readBool, readEnum, readInt, readNumber, readObject, readString, report, type Sink } from '../restore-values';
import type { Acks, AssignorName, AutoOffsetReset, CleanupPolicy } from '../../engine/kafka';
import { KAFKA_DEFAULTS, newConsumer } from './defaults';
import type { KafkaIssue } from './issues';
import { isLegalTopicName, KAFKA_LIMITS, KAFKA_RANGES } from './limits';
import type { CommitMode, HeaderPair, KafkaNode, KafkaNodeKind, KConsumer, Position } from './types';

const KINDS: readonly KafkaNodeKind[] = ['producer', 'topic', 'group', 'brokers', 'connect', 'connector', 'file'];
const CLEANUP: readonly CleanupPolicy[] = ['delete', 'compact', 'compact,delete'];
const ASSIGNORS: readonly AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
const RESETS: readonly AutoOffsetReset[] = ['earliest', 'latest', 'none'];
const COMMITS: readonly CommitMode[] = ['auto', 'after-batch', 'manual'];
const CLASSES = ['FileStreamSource', 'FileStreamSink'] as const;

interface Ctx {
  sink: Sink;
  kafka: KafkaIssue[];
}

function readPosition(sink: Sink, raw: unknown, path: string): Position {
  const obj = readObject(sink, raw, path) ?? {};
  return {
    x: readNumber(sink, field(obj, 'x'), join(path, 'x'), 0, KAFKA_RANGES.coordinate),
    y: readNumber(sink, field(obj, 'y'), join(path, 'y'), 0, KAFKA_RANGES.coordinate),
  };
}

function readAcks(sink: Sink, raw: unknown, path: string): Acks {
  if (raw === undefined) return 'all';
  if (raw === 0 || raw === 1 || raw === 'all') return raw;
  // Kafka also accepts -1 for all.
  if (raw === -1 || raw === '-1') return 'all';
  report(sink, 'value.not-one-of', path, { allowed: '0, 1, all' });
  return 'all';
}

function readStrings(sink: Sink, raw: unknown, path: string, max: number, maxBytes: number): string[] {
  return readArray(sink, raw, path, max).map((item, i) => readString(sink, item, join(path, i), '', maxBytes));
}

function readHeaderPairs(sink: Sink, raw: unknown, path: string): HeaderPair[] {
  const seen = new Set<string>();
  return readArray(sink, raw, path, KAFKA_LIMITS.headers).map((item, i) => {
    const at = join(path, i);
    const obj = readObject(sink, item, at) ?? {};
    const key = readString(sink, field(obj, 'key'), join(at, 'key'), '', KAFKA_LIMITS.headerBytes);
    if (key === '') report(sink, 'value.empty', join(at, 'key'));
    else if (seen.has(key)) report(sink, 'value.duplicate-key', join(at, 'key'), { key });
    seen.add(key);
    return { key, value: readString(sink, field(obj, 'value'), join(at, 'value'), '', KAFKA_LIMITS.headerBytes) };
  });
}

function readConsumers(c: Ctx, raw: unknown, path: string): KConsumer[] {
  const out: KConsumer[] = [];
  readArray(c.sink, raw, path, KAFKA_LIMITS.consumers).forEach((item, i) => {
    const at = join(path, i);
    const obj = readObject(c.sink, item, at) ?? {};
    const fresh = newConsumer(out);
    let id = readString(c.sink, field(obj, 'id'), join(at, 'id'), fresh.id, KAFKA_LIMITS.idChars);
    if (id === '' || out.some((o) => o.id === id)) id = fresh.id;
    const name = readString(c.sink, field(obj, 'name'), join(at, 'name'), fresh.name, KAFKA_LIMITS.name);
    if (name === '') report(c.sink, 'value.empty', join(at, 'name'));
    else if (out.some((o) => o.name === name)) c.kafka.push({ code: 'kafka.duplicate-name', path: join(at, 'name'), params: { name } });
    out.push({
      id,
      name,
      pollIntervalMs: readInt(c.sink, field(obj, 'pollIntervalMs'), join(at, 'pollIntervalMs'), fresh.pollIntervalMs, KAFKA_RANGES.intervalMs),
      processingMs: readInt(c.sink, field(obj, 'processingMs'), join(at, 'processingMs'), fresh.processingMs, KAFKA_RANGES.processingMs),
    });
  });
  return out;
}

/** A node, or null when it is not even an object with an id and a kind (errors say why). */
export function readKafkaNode(c: Ctx, raw: unknown, path: string): KafkaNode | null {
  const { sink } = c;
  const obj = readObject(sink, raw, path);
  if (!obj) return null;
  const idValue = field(obj, 'id');
  if (typeof idValue !== 'string' || idValue === '' || idValue.length > KAFKA_LIMITS.idChars) {
    report(sink, 'node.id.missing', join(path, 'id'));
    return null;
  }
  const kindValue = field(obj, 'kind');
  const kind = KINDS.find((k) => k === kindValue);
  if (kind === undefined) {
    report(sink, 'node.kind.unknown', join(path, 'kind'), { kind: typeof kindValue === 'string' ? kindValue.slice(0, 40) : '' });
    return null;
  }
  const at = (k: string) => join(path, k);
  const f = (k: string) => field(obj, k);
  const base = {
    id: idValue,
    name: readString(sink, f('name'), at('name'), '', KAFKA_LIMITS.name),
    position: readPosition(sink, f('position'), at('position')),
  };
  if (base.name === '' && f('name') !== undefined) report(sink, 'value.empty', at('name'));
  const int = (k: string, fallback: number, range: { min: number; max: number }) => readInt(sink, f(k), at(k), fallback, range);
  switch (kind) {
    case 'producer': {
      const schedule = readObject(sink, f('schedule'), at('schedule')) ?? {};
      const sp = (k: string) => join(at('schedule'), k);
      return {
        ...base,
        name: base.name || 'producer',
        kind,
        keyed: readBool(sink, f('keyed'), at('keyed'), true),
        keys: readStrings(sink, f('keys'), at('keys'), KAFKA_LIMITS.keys, KAFKA_LIMITS.keyBytes),
        value: readString(sink, f('value'), at('value'), '', KAFKA_LIMITS.valueBytes),
        headers: readHeaderPairs(sink, f('headers'), at('headers')),
        acks: readAcks(sink, f('acks'), at('acks')),
        partitioner: readEnum(sink, f('partitioner'), at('partitioner'), 'default', ['default', 'round-robin'] as const),
        batchSize: int('batchSize', KAFKA_DEFAULTS.batchSize, KAFKA_RANGES.batchSize),
        schedule: {
          enabled: readBool(sink, field(schedule, 'enabled'), sp('enabled'), false),
          ratePerSec: readNumber(sink, field(schedule, 'ratePerSec'), sp('ratePerSec'), 1, KAFKA_RANGES.ratePerSec),
          limit: readInt(sink, field(schedule, 'limit'), sp('limit'), 0, KAFKA_RANGES.limit),
        },
      };
    }
    case 'topic': {
      const name = base.name || 'topic';
      if (!isLegalTopicName(name)) c.kafka.push({ code: 'kafka.topic-name', path: at('name'), params: { name: name.slice(0, 60) } });
      return {
        ...base,
        name,
        kind,
        partitions: int('partitions', KAFKA_DEFAULTS.partitions, KAFKA_RANGES.partitions),
        replicationFactor: int('replicationFactor', 1, KAFKA_RANGES.replicationFactor),
        cleanupPolicy: readEnum(sink, f('cleanupPolicy'), at('cleanupPolicy'), 'delete', CLEANUP),
        retentionMs: int('retentionMs', KAFKA_DEFAULTS.retentionMs, KAFKA_RANGES.retentionMs),
        retentionBytes: int('retentionBytes', KAFKA_DEFAULTS.retentionBytes, KAFKA_RANGES.retentionBytes),
        deleteRetentionMs: int('deleteRetentionMs', KAFKA_DEFAULTS.deleteRetentionMs, KAFKA_RANGES.deleteRetentionMs),
        minInsyncReplicas: int('minInsyncReplicas', KAFKA_DEFAULTS.minInsyncReplicas, KAFKA_RANGES.minInsyncReplicas),
      };
    }
    case 'group':
      return {
        ...base,
        name: base.name || 'group',
        kind,
        assignor: readEnum(sink, f('assignor'), at('assignor'), 'range', ASSIGNORS),
        autoOffsetReset: readEnum(sink, f('autoOffsetReset'), at('autoOffsetReset'), 'latest', RESETS),
        commit: readEnum(sink, f('commit'), at('commit'), 'auto', COMMITS),
        autoCommitIntervalMs: int('autoCommitIntervalMs', KAFKA_DEFAULTS.autoCommitIntervalMs, KAFKA_RANGES.intervalMs),
        sessionTimeoutMs: int('sessionTimeoutMs', KAFKA_DEFAULTS.sessionTimeoutMs, KAFKA_RANGES.intervalMs),
        maxPollRecords: int('maxPollRecords', KAFKA_DEFAULTS.maxPollRecords, KAFKA_RANGES.maxPollRecords),
        consumers: readConsumers(c, f('consumers'), at('consumers')),
      };
    case 'brokers':
      return {
        ...base,
        name: base.name || 'kafka-cluster',
        kind,
        brokers: int('brokers', 3, KAFKA_RANGES.brokers),
        replicationDelayMs: int('replicationDelayMs', 0, KAFKA_RANGES.replicationDelayMs),
      };
    case 'connect':
      return { ...base, name: base.name || 'connect-cluster', kind, workers: int('workers', 1, KAFKA_RANGES.workers) };
    case 'connector':
      return {
        ...base,
        name: base.name || 'connector',
        kind,
        connectorClass: readEnum(sink, f('connectorClass'), at('connectorClass'), 'FileStreamSource', CLASSES),
        tasksMax: int('tasksMax', 1, KAFKA_RANGES.tasksMax),
        batchSize: int('batchSize', KAFKA_DEFAULTS.sourceBatchSize, KAFKA_RANGES.sourceBatchSize),
      };
    case 'file': {
      const writer = readObject(sink, f('writer'), at('writer')) ?? {};
      const wp = (k: string) => join(at('writer'), k);
      return {
        ...base,
        name: base.name || 'file.txt',
        kind,
        initial: readString(sink, f('initial'), at('initial'), '', KAFKA_LIMITS.fileBytes),
        writer: {
          enabled: readBool(sink, field(writer, 'enabled'), wp('enabled'), false),
          ratePerSec: readNumber(sink, field(writer, 'ratePerSec'), wp('ratePerSec'), 1, KAFKA_RANGES.ratePerSec),
          lines: readStrings(sink, field(writer, 'lines'), wp('lines'), KAFKA_LIMITS.writerLines, KAFKA_LIMITS.lineBytes),
          limit: readInt(sink, field(writer, 'limit'), wp('limit'), 0, KAFKA_RANGES.limit),
        },
      };
    }
  }
}
