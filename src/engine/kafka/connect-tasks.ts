import { extractLines, appendFile } from './files';
import { joinGroup } from './groups';
import { poll } from './consumer';
import { produce } from './produce';
import { commitPositions } from './rebalance';
import { emit, schedule, type ConnectorState, type Ctx, type TaskState } from './state';

/** What a running FileStreamSource / FileStreamSink task does on each poll and offset flush. */

/** Sink tasks consume as group connect-<connector> (SinkUtils.consumerGroupId). */
export const sinkGroupId = (connector: string): string => `connect-${connector}`;
export const sinkMemberId = (connector: string, task: number): string => `connector-consumer-${connector}-${task}`;

export function startTask(ctx: Ctx, c: ConnectorState, task: TaskState): void {
  task.incarnation++;
  if (c.connectorClass === 'FileStreamSource') {
    // A (re)started source resumes from the last FLUSHED position: lines read after it come again.
    task.position = c.flushedPosition;
    emit(ctx, { type: 'connect.source.started', connector: c.name, task: task.index, file: c.file, position: task.position });
  } else {
    // Connect's sink consumers use manual commits (at offset flush) and auto.offset.reset=earliest.
    joinGroup(ctx, { type: 'group.join', group: sinkGroupId(c.name), member: sinkMemberId(c.name, task.index), topics: c.topics, assignor: 'range', autoOffsetReset: 'earliest', enableAutoCommit: false }, c.name);
  }
  const inc = task.incarnation;
  schedule(ctx, ctx.now + ctx.options.connectPollIntervalMs, { kind: 'task-poll', connector: c.name, task: task.index, incarnation: inc });
  schedule(ctx, ctx.now + ctx.options.offsetFlushIntervalMs, { kind: 'offset-flush', connector: c.name, task: task.index, incarnation: inc });
}

function liveTask(ctx: Ctx, connector: string, index: number, incarnation: number): { c: ConnectorState; task: TaskState } | null {
  const c = ctx.connectors.get(connector);
  const task = c?.tasks[index];
  if (c === undefined || task === undefined || task.incarnation !== incarnation || task.worker === null) return null;
  return ctx.workers.get(task.worker)?.alive === true ? { c, task } : null;
}

export function onTaskPoll(ctx: Ctx, connector: string, index: number, incarnation: number): void {
  const live = liveTask(ctx, connector, index, incarnation);
  if (live === null) return;
  const { c, task } = live;
  if (c.connectorClass === 'FileStreamSource') runSource(ctx, c, task);
  else runSink(ctx, c, task);
  schedule(ctx, ctx.now + ctx.options.connectPollIntervalMs, { kind: 'task-poll', connector, task: index, incarnation });
}

function runSource(ctx: Ctx, c: ConnectorState, task: TaskState): void {
  const content = ctx.files.get(c.file);
  // A missing file is waited for (the real task retries every second).
  if (content === undefined) return;
  const topic = c.topics[0];
  for (const { line, position } of extractLines(content, task.position, c.batchSize)) {
    // Key null, partition null: the producer's uniform sticky partitioner decides (H.2).
    const r = produce(ctx, { type: 'produce', topic, key: null, value: line, producer: `connector-producer-${c.name}-${task.index}`, acks: 'all' });
    // A failed send is retried at the next poll from the same line.
    if (!r.ok) return;
    task.position = position;
    emit(ctx, { type: 'connect.source.line.read', connector: c.name, task: task.index, file: c.file, line, position, topic });
  }
}

function runSink(ctx: Ctx, c: ConnectorState, task: TaskState): void {
  const r = poll(ctx, sinkGroupId(c.name), sinkMemberId(c.name, task.index), c.batchSize);
  if (!r.ok) return;
  for (const rec of r.value.records) {
    // FileStreamSinkTask.put: String.valueOf(value) + newline; a null value prints "null".
    const line = rec.value === null ? 'null' : rec.value;
    appendFile(ctx, c.file, `${line}\n`, c.name);
    emit(ctx, { type: 'connect.sink.line.written', connector: c.name, task: task.index, file: c.file, line, topic: rec.topic, partition: rec.partition, offset: rec.offset });
  }
}

export function onOffsetFlush(ctx: Ctx, connector: string, index: number, incarnation: number): void {
  const live = liveTask(ctx, connector, index, incarnation);
  if (live === null) return;
  flushTask(ctx, live.c, live.task);
  schedule(ctx, ctx.now + ctx.options.offsetFlushIntervalMs, { kind: 'offset-flush', connector, task: index, incarnation });
}

/** Source: store {position}; sink: commit the consumer's positions (offset.flush.interval.ms). */
export function flushTask(ctx: Ctx, c: ConnectorState, task: TaskState): void {
  if (c.connectorClass === 'FileStreamSource') {
    if (task.position === c.flushedPosition) return;
    c.flushedPosition = task.position;
    emit(ctx, { type: 'connect.source.offset.flushed', connector: c.name, file: c.file, position: task.position });
    return;
  }
  const g = ctx.groups.get(sinkGroupId(c.name));
  const m = g?.members.get(sinkMemberId(c.name, task.index));
  if (g !== undefined && m !== undefined && m.alive) commitPositions(ctx, g, m, m.assignment, true);
}
