import type { KafkaCommand } from './commands';
import { fail, ok, type KafkaResult } from './errors';
import { crashConsumer, leaveGroup } from './groups';
import { emit, type ConnectorState, type Ctx, type TaskState, type WorkerState } from './state';
import { isInt } from './topic-config';
import { flushTask, sinkGroupId, sinkMemberId, startTask } from './connect-tasks';

/**
 * Kafka Connect cluster (H.7): workers, connectors split into tasks, tasks spread over workers.
 * [SIM] Tasks of a failed worker move at once (real distributed Connect waits up to
 * scheduled.rebalance.max.delay.ms); placement is "least loaded worker, ties by id"; converters
 * are StringConverter (values are the line text, keys null); source offsets live in memory
 * instead of the connect-offsets topic.
 */

export function addWorker(ctx: Ctx, id: string | undefined): KafkaResult<{ worker: string }> {
  const wid = id ?? `worker-${++ctx.workerSeq}`;
  if (typeof wid !== 'string' || wid.length === 0) return fail('INVALID_COMMAND', { field: 'worker' });
  if (ctx.workers.has(wid)) return fail('WORKER_ALREADY_EXISTS', { worker: wid });
  ctx.workers.set(wid, { id: wid, alive: true });
  emit(ctx, { type: 'connect.worker.added', worker: wid });
  placeUnassigned(ctx);
  balance(ctx);
  return ok({ worker: wid });
}

export function failWorker(ctx: Ctx, id: string): KafkaResult<Record<string, never>> {
  const w = ctx.workers.get(id);
  if (w === undefined) return fail('UNKNOWN_WORKER', { worker: String(id) });
  if (!w.alive) return fail('BROKER_STATE', { worker: id, state: 'down' });
  w.alive = false;
  emit(ctx, { type: 'connect.worker.failed', worker: id });
  for (const task of allTasks(ctx)) {
    if (task.worker !== id) continue;
    // The process died: nothing is flushed or committed; the sink consumer just stops.
    task.incarnation++;
    const c = ctx.connectors.get(task.connector)!;
    if (c.connectorClass === 'FileStreamSink') crashConsumer(ctx, sinkGroupId(c.name), sinkMemberId(c.name, task.index));
    const to = leastLoaded(ctx);
    if (to === null) {
      task.worker = null;
      emit(ctx, { type: 'connect.task.unassigned', connector: task.connector, task: task.index, from: id });
      continue;
    }
    task.worker = to.id;
    emit(ctx, { type: 'connect.task.moved', connector: task.connector, task: task.index, from: id, to: to.id, reason: 'worker-failed' });
    startTask(ctx, c, task);
  }
  return ok({});
}

export function recoverWorker(ctx: Ctx, id: string): KafkaResult<Record<string, never>> {
  const w = ctx.workers.get(id);
  if (w === undefined) return fail('UNKNOWN_WORKER', { worker: String(id) });
  if (w.alive) return fail('BROKER_STATE', { worker: id, state: 'up' });
  w.alive = true;
  emit(ctx, { type: 'connect.worker.added', worker: id });
  placeUnassigned(ctx);
  balance(ctx);
  return ok({});
}

type CreateCmd = Extract<KafkaCommand, { type: 'connector.create' }>;

export function createConnector(ctx: Ctx, cmd: CreateCmd): KafkaResult<{ tasks: number }> {
  if (typeof cmd.name !== 'string' || cmd.name.length === 0) return fail('INVALID_COMMAND', { field: 'name' });
  if (ctx.connectors.has(cmd.name)) return fail('CONNECTOR_ALREADY_EXISTS', { connector: cmd.name });
  if (typeof cmd.file !== 'string' || cmd.file.length === 0) return fail('INVALID_CONFIG', { config: 'file', value: String(cmd.file) });
  const tasksMax = cmd.tasksMax ?? 1;
  if (!isInt(tasksMax) || tasksMax < 1) return fail('INVALID_CONFIG', { config: 'tasks.max', value: String(tasksMax) });
  let c: ConnectorState;
  if (cmd.connectorClass === 'FileStreamSource') {
    if (typeof cmd.topic !== 'string' || cmd.topic.length === 0) return fail('INVALID_CONFIG', { config: 'topic', value: String(cmd.topic) });
    const batchSize = cmd.batchSize ?? 2000;
    if (!isInt(batchSize) || batchSize < 1) return fail('INVALID_CONFIG', { config: 'batch.size', value: String(batchSize) });
    // FileStreamSourceConnector.taskConfigs always returns exactly one task, whatever tasks.max says.
    c = { name: cmd.name, connectorClass: 'FileStreamSource', file: cmd.file, topics: [cmd.topic], tasksMax, batchSize, tasks: [], flushedPosition: 0 };
    c.tasks.push(newTask(c.name, 0));
  } else if (cmd.connectorClass === 'FileStreamSink') {
    const topics: readonly string[] = cmd.topics;
    if (!Array.isArray(topics) || topics.length === 0 || !topics.every((t) => typeof t === 'string')) return fail('INVALID_CONFIG', { config: 'topics', value: String(cmd.topics) });
    c = { name: cmd.name, connectorClass: 'FileStreamSink', file: cmd.file, topics: [...topics], tasksMax, batchSize: 500, tasks: [], flushedPosition: 0 };
    for (let i = 0; i < tasksMax; i++) c.tasks.push(newTask(c.name, i));
  } else return fail('INVALID_CONFIG', { config: 'connector.class', value: String((cmd as { connectorClass: unknown }).connectorClass) });
  ctx.connectors.set(c.name, c);
  emit(ctx, { type: 'connect.connector.created', connector: c.name, connectorClass: c.connectorClass, tasks: c.tasks.length });
  for (const task of c.tasks) {
    const w = leastLoaded(ctx);
    if (w === null) continue;
    task.worker = w.id;
    emit(ctx, { type: 'connect.task.assigned', connector: c.name, task: task.index, worker: w.id, reason: 'created' });
    startTask(ctx, c, task);
  }
  return ok({ tasks: c.tasks.length });
}

export function deleteConnector(ctx: Ctx, name: string): KafkaResult<Record<string, never>> {
  const c = ctx.connectors.get(name);
  if (c === undefined) return fail('UNKNOWN_CONNECTOR', { connector: String(name) });
  for (const task of c.tasks) stopTask(ctx, c, task);
  ctx.connectors.delete(name);
  emit(ctx, { type: 'connect.connector.deleted', connector: name });
  return ok({});
}

function newTask(connector: string, index: number): TaskState {
  return { connector, index, worker: null, incarnation: 0, position: 0 };
}

/** A graceful stop: flush source offsets / commit sink offsets, then leave. */
function stopTask(ctx: Ctx, c: ConnectorState, task: TaskState): void {
  if (task.worker !== null && ctx.workers.get(task.worker)?.alive === true) {
    flushTask(ctx, c, task);
    if (c.connectorClass === 'FileStreamSink') leaveGroup(ctx, sinkGroupId(c.name), sinkMemberId(c.name, task.index));
  }
  task.incarnation++;
}

function allTasks(ctx: Ctx): TaskState[] {
  return [...ctx.connectors.values()].flatMap((c) => c.tasks);
}

function load(ctx: Ctx, w: WorkerState): number {
  return allTasks(ctx).filter((t) => t.worker === w.id).length;
}

function leastLoaded(ctx: Ctx): WorkerState | null {
  let best: WorkerState | null = null;
  let bestLoad = 0;
  for (const w of [...ctx.workers.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!w.alive) continue;
    const l = load(ctx, w);
    if (best === null || l < bestLoad) {
      best = w;
      bestLoad = l;
    }
  }
  return best;
}

function placeUnassigned(ctx: Ctx): void {
  for (const task of allTasks(ctx)) {
    if (task.worker !== null) continue;
    const w = leastLoaded(ctx);
    if (w === null) return;
    task.worker = w.id;
    emit(ctx, { type: 'connect.task.assigned', connector: task.connector, task: task.index, worker: w.id, reason: 'rebalance' });
    startTask(ctx, ctx.connectors.get(task.connector)!, task);
  }
}

/** Incremental rebalance after a worker (re)joins: move tasks until loads differ by at most one. */
function balance(ctx: Ctx): void {
  for (;;) {
    const alive = [...ctx.workers.values()].filter((w) => w.alive).sort((a, b) => (a.id < b.id ? -1 : 1));
    if (alive.length < 2) return;
    const loads = alive.map((w) => ({ w, l: load(ctx, w) }));
    const max = loads.reduce((a, b) => (b.l > a.l ? b : a));
    const min = loads.reduce((a, b) => (b.l < a.l ? b : a));
    if (max.l - min.l <= 1) return;
    const task = allTasks(ctx).filter((t) => t.worker === max.w.id).pop()!;
    const c = ctx.connectors.get(task.connector)!;
    stopTask(ctx, c, task);
    task.worker = min.w.id;
    emit(ctx, { type: 'connect.task.moved', connector: c.name, task: task.index, from: max.w.id, to: min.w.id, reason: 'rebalance' });
    startTask(ctx, c, task);
  }
}

