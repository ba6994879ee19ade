import { cleanPartition } from './cleaner';
import type { KafkaCommand } from './commands';
import { addWorker, createConnector, deleteConnector, failWorker, recoverWorker } from './connect';
import { onOffsetFlush, onTaskPoll } from './connect-tasks';
import { commit, poll, resetGroupOffsets, seek, type PollResult } from './consumer';
import { fail, ok, type KafkaResult } from './errors';
import type { KafkaEvent } from './events';
import { failBroker, onReplicateTimer, recoverBroker } from './failover';
import { appendFile } from './files';
import { crashConsumer, joinGroup, leaveGroup, onAutoCommit, onInitialRebalance, onSessionTimeout } from './groups';
import { createPrng } from './prng';
import { getProducer, produce, type ProduceResult } from './produce';
import type { TopicPartitionOffset } from './rebalance';
import { applyRetention } from './retention';
import * as snap from './snapshot';
import type { Ctx, KafkaOptions, Timer } from './state';
import { TimerQueue } from './timer-queue';
import { isInt } from './topic-config';
import { alterTopic, compactTopic, createTopic, deleteTopic, type TopicCreated } from './topics';

type Empty = Record<string, never>;

/** The value each command returns on success. */
export interface KafkaResultMap {
  'topic.create': TopicCreated;
  'topic.alter': { readonly partitions: number };
  'topic.delete': Empty;
  'topic.compact': Empty;
  'producer.configure': Empty;
  produce: ProduceResult;
  'group.join': { readonly generation: number };
  'group.leave': Empty;
  'consumer.crash': { readonly detectedAt: number };
  poll: PollResult;
  commit: { readonly offsets: readonly TopicPartitionOffset[] };
  seek: { readonly offset: number };
  'group.resetOffsets': { readonly offsets: readonly TopicPartitionOffset[] };
  'broker.fail': Empty;
  'broker.recover': Empty;
  'connect.worker.add': { readonly worker: string };
  'connect.worker.fail': Empty;
  'connect.worker.recover': Empty;
  'connector.create': { readonly tasks: number };
  'connector.delete': Empty;
  'file.append': { readonly size: number };
}

export type ResultOf<C extends KafkaCommand> = KafkaResultMap[C['type']];

export interface KafkaCluster {
  /** Current simulated time in ms. Starts at 0 (or `startAt`). */
  readonly now: number;
  /** Applies one command at the current simulated time. Never throws on bad input. */
  execute<C extends KafkaCommand>(cmd: C): KafkaResult<ResultOf<C>>;
  /** Fires every timer due at or before `t`, in (time, seq) order, then sets now = t. */
  advanceTo(t: number): KafkaResult<{ readonly fired: number }>;
  /** When the next timer is due, or null when nothing is scheduled. */
  nextDueAt(): number | null;
  /** Returns and clears the events produced since the last call. */
  takeEvents(): KafkaEvent[];
  topics(): snap.TopicSnapshot[];
  groups(): snap.GroupSnapshot[];
  brokers(): snap.BrokerSnapshot[];
  connect(): snap.ConnectSnapshot;
  files(): snap.FileSnapshot[];
}

export interface KafkaClusterOptions {
  readonly seed: number;
  /** Number of brokers, ids 1..brokers. */
  readonly brokers: number;
  readonly startAt?: number;
  readonly replicationDelayMs?: number;
  readonly cleanerDelayMs?: number;
  /** group.initial.rebalance.delay.ms (Kafka's default is 3000; here 0 = rebalance at once on every join). */
  readonly initialRebalanceDelayMs?: number;
  readonly connectPollIntervalMs?: number;
  readonly offsetFlushIntervalMs?: number;
  readonly recordEvents?: boolean;
}

export function tryCreateKafkaCluster(opts: KafkaClusterOptions): KafkaResult<KafkaCluster> {
  const options: KafkaOptions = {
    seed: opts.seed,
    brokers: opts.brokers,
    replicationDelayMs: opts.replicationDelayMs ?? 0,
    cleanerDelayMs: opts.cleanerDelayMs ?? 1000,
    initialRebalanceDelayMs: opts.initialRebalanceDelayMs ?? 0,
    connectPollIntervalMs: opts.connectPollIntervalMs ?? 100,
    offsetFlushIntervalMs: opts.offsetFlushIntervalMs ?? 10000,
    recordEvents: opts.recordEvents ?? true,
  };
  if (!isInt(options.seed)) return fail('INVALID_CONFIG', { config: 'seed', value: String(opts.seed) });
  if (!isInt(options.brokers) || options.brokers < 1) return fail('INVALID_CONFIG', { config: 'brokers', value: String(opts.brokers) });
  for (const k of ['replicationDelayMs', 'cleanerDelayMs', 'initialRebalanceDelayMs'] as const)
    if (!isInt(options[k]) || options[k] < 0) return fail('INVALID_CONFIG', { config: k, value: String(options[k]) });
  for (const k of ['connectPollIntervalMs', 'offsetFlushIntervalMs'] as const)
    if (!isInt(options[k]) || options[k] < 1) return fail('INVALID_CONFIG', { config: k, value: String(options[k]) });
  const ctx: Ctx = {
    now: opts.startAt ?? 0,
    options,
    prng: createPrng(options.seed),
    timers: new TimerQueue<Timer>(),
    events: [],
    brokers: Array.from({ length: options.brokers }, (_, i) => ({ id: i + 1, alive: true })),
    topics: new Map(),
    producers: new Map(),
    groups: new Map(),
    files: new Map(),
    workers: new Map(),
    connectors: new Map(),
    topicOrdinal: 0,
    workerSeq: 0,
  };
  return ok(wrap(ctx));
}

/** Like tryCreateKafkaCluster, for options known to be valid; throws a RangeError otherwise. */
export function createKafkaCluster(opts: KafkaClusterOptions): KafkaCluster {
  const r = tryCreateKafkaCluster(opts);
  if (!r.ok) throw new RangeError(`${r.error.code} ${JSON.stringify(r.error.params)}`);
  return r.value;
}

function wrap(ctx: Ctx): KafkaCluster {
  return {
    get now() {
      return ctx.now;
    },
    execute: <C extends KafkaCommand>(cmd: C) => dispatch(ctx, cmd) as KafkaResult<ResultOf<C>>,
    advanceTo: (t) => advanceTo(ctx, t),
    nextDueAt: () => ctx.timers.peek()?.at ?? null,
    takeEvents: () => {
      const out = ctx.events;
      ctx.events = [];
      return out;
    },
    topics: () => snap.topicSnapshots(ctx),
    groups: () => snap.groupSnapshots(ctx),
    brokers: () => snap.brokerSnapshots(ctx),
    connect: () => snap.connectSnapshot(ctx),
    files: () => snap.fileSnapshots(ctx),
  };
}

function dispatch(ctx: Ctx, cmd: KafkaCommand): KafkaResult<unknown> {
  if (typeof cmd !== 'object' || cmd === null) return fail('INVALID_COMMAND', { field: 'command' });
  switch (cmd.type) {
    case 'topic.create':
      return createTopic(ctx, cmd);
    case 'topic.alter':
      return alterTopic(ctx, cmd);
    case 'topic.delete':
      return deleteTopic(ctx, cmd.topic);
    case 'topic.compact':
      return compactTopic(ctx, cmd.topic);
    case 'producer.configure':
      return configureProducer(ctx, cmd);
    case 'produce':
      return produce(ctx, cmd);
    case 'group.join':
      return joinGroup(ctx, cmd);
    case 'group.leave':
      return leaveGroup(ctx, cmd.group, cmd.member);
    case 'consumer.crash':
      return crashConsumer(ctx, cmd.group, cmd.member);
    case 'poll':
      return poll(ctx, cmd.group, cmd.member, cmd.maxRecords);
    case 'commit':
      return commit(ctx, cmd);
    case 'seek':
      return seek(ctx, cmd);
    case 'group.resetOffsets':
      return resetGroupOffsets(ctx, cmd);
    case 'broker.fail':
      return failBroker(ctx, cmd.broker);
    case 'broker.recover':
      return recoverBroker(ctx, cmd.broker);
    case 'connect.worker.add':
      return addWorker(ctx, cmd.worker);
    case 'connect.worker.fail':
      return failWorker(ctx, cmd.worker);
    case 'connect.worker.recover':
      return recoverWorker(ctx, cmd.worker);
    case 'connector.create':
      return createConnector(ctx, cmd);
    case 'connector.delete':
      return deleteConnector(ctx, cmd.name);
    case 'file.append':
      return appendFile(ctx, cmd.path, cmd.text, null);
    default:
      return fail('INVALID_COMMAND', { type: String((cmd as { type?: unknown }).type) });
  }
}

function configureProducer(ctx: Ctx, cmd: Extract<KafkaCommand, { type: 'producer.configure' }>): KafkaResult<Empty> {
  if (typeof cmd.producer !== 'string' || cmd.producer.length === 0) return fail('INVALID_COMMAND', { field: 'producer' });
  if (cmd.batchSize !== undefined && (!isInt(cmd.batchSize) || cmd.batchSize < 0))
    return fail('INVALID_CONFIG', { config: 'batch.size', value: String(cmd.batchSize) });
  if (cmd.partitioner !== undefined && cmd.partitioner !== 'default' && cmd.partitioner !== 'round-robin')
    return fail('INVALID_CONFIG', { config: 'partitioner.class', value: String(cmd.partitioner) });
  if (cmd.acks !== undefined && cmd.acks !== 0 && cmd.acks !== 1 && cmd.acks !== 'all')
    return fail('INVALID_CONFIG', { config: 'acks', value: String(cmd.acks as unknown) });
  const p = getProducer(ctx, cmd.producer);
  if (cmd.batchSize !== undefined) p.batchSize = cmd.batchSize;
  if (cmd.partitioner !== undefined) p.partitioner = cmd.partitioner;
  if (cmd.acks !== undefined) p.acks = cmd.acks;
  return ok({});
}

function advanceTo(ctx: Ctx, t: number): KafkaResult<{ fired: number }> {
  if (typeof t !== 'number' || !Number.isFinite(t) || t < ctx.now) return fail('INVALID_TIME', { now: ctx.now, requested: String(t) });
  let fired = 0;
  for (let next = ctx.timers.peek(); next !== undefined && next.at <= t; next = ctx.timers.peek()) {
    ctx.timers.pop();
    ctx.now = next.at;
    fire(ctx, next.item);
    fired++;
  }
  ctx.now = t;
  return ok({ fired });
}

function fire(ctx: Ctx, timer: Timer): void {
  switch (timer.kind) {
    case 'replicate':
    case 'retention':
    case 'clean': {
      const topic = ctx.topics.get(timer.topic);
      const ps = topic?.partitions[timer.partition];
      if (topic === undefined || ps === undefined) return;
      if (timer.kind === 'replicate') onReplicateTimer(ctx, topic, ps);
      else if (timer.kind === 'clean') cleanPartition(ctx, topic, ps);
      else if (timer.token === ps.retentionToken) {
        ps.retentionAt = -1;
        applyRetention(ctx, topic, ps, true);
      }
      return;
    }
    case 'session-timeout':
      return onSessionTimeout(ctx, timer.group, timer.member, timer.incarnation);
    case 'initial-rebalance':
      return onInitialRebalance(ctx, timer.group);
    case 'auto-commit':
      return onAutoCommit(ctx, timer.group, timer.member, timer.incarnation);
    case 'task-poll':
      return onTaskPoll(ctx, timer.connector, timer.task, timer.incarnation);
    case 'offset-flush':
      return onOffsetFlush(ctx, timer.connector, timer.task, timer.incarnation);
  }
}
