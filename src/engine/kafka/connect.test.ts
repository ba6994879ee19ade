import { describe, expect, it } from 'vitest';
import { extractLines } from './files';
import { harness } from './test-utils/harness';

const file = (h: ReturnType<typeof harness>, path: string) => h.cluster.files().find((f) => f.path === path)?.content;

function pipeline(workers = 1, sinkTasks = 1) {
  const h = harness({ brokers: 1, connectPollIntervalMs: 100, offsetFlushIntervalMs: 10000 });
  h.must({ type: 'topic.create', topic: 'connect-test', partitions: 1 });
  for (let i = 0; i < workers; i++) h.must({ type: 'connect.worker.add' });
  h.must({ type: 'connector.create', name: 'local-file-source', connectorClass: 'FileStreamSource', file: 'test.txt', topic: 'connect-test', tasksMax: 3 });
  h.must({ type: 'connector.create', name: 'local-file-sink', connectorClass: 'FileStreamSink', file: 'file.txt', topics: ['connect-test'], tasksMax: sinkTasks });
  return h;
}

describe('FileStreamSource line splitting (FileStreamSourceTask.extractLine)', () => {
  it.each([
    ['a\nb\n', ['a', 'b'], 4],
    ['a\r\nb\r\n', ['a', 'b'], 6],
    ['a\rb\rc', ['a', 'b'], 4],
    ['\n\nx\n', ['', '', 'x'], 4],
    ['no terminator', [], 0],
    ['a\nlast', ['a'], 2],
    ['a\r', [], 0], // a trailing \r may still become \r\n
  ])('%j -> %j, position %d', (content, lines, position) => {
    const out = extractLines(content, 0, 100);
    expect(out.map((l) => l.line)).toEqual(lines);
    expect(out.at(-1)?.position ?? 0).toBe(position);
  });
});

describe('Kafka Connect', () => {
  it('round trip: a\\nb\\n in test.txt -> two null-key records -> a\\nb\\n in file.txt', () => {
    const h = pipeline();
    h.must({ type: 'file.append', path: 'test.txt', text: 'a\nb\n' });
    h.cluster.advanceTo(300);
    const recs = h.partition('connect-test', 0).records;
    expect(recs.map((r) => [r.key, r.value])).toEqual([
      [null, 'a'],
      [null, 'b'],
    ]);
    expect(file(h, 'file.txt')).toBe('a\nb\n');
    const ev = h.drain();
    expect(h.ofType(ev, 'connect.source.line.read').map((e) => [e.line, e.position])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
    expect(h.ofType(ev, 'file.appended').filter((e) => e.by === 'connector').map((e) => e.text)).toEqual(['a\n', 'b\n']);
    expect(h.cluster.groups().map((g) => g.id)).toEqual(['connect-local-file-sink']);
  });

  it('FileStreamSource runs one task whatever tasks.max says; an unterminated last line waits', () => {
    const h = pipeline();
    expect(h.cluster.connect().connectors.find((c) => c.name === 'local-file-source')!.tasks).toHaveLength(1);
    h.must({ type: 'file.append', path: 'test.txt', text: 'x\r\n\npartial' });
    h.cluster.advanceTo(300);
    expect(h.partition('connect-test', 0).records.map((r) => r.value)).toEqual(['x', '']);
    h.must({ type: 'file.append', path: 'test.txt', text: '\n' });
    h.cluster.advanceTo(600);
    expect(h.partition('connect-test', 0).records.map((r) => r.value)).toEqual(['x', '', 'partial']);
    expect(file(h, 'file.txt')).toBe('x\n\npartial\n');
  });

  it('FileStreamSink writes "null" for a null value', () => {
    const h = pipeline();
    h.must({ type: 'produce', topic: 'connect-test', value: null });
    h.cluster.advanceTo(200);
    expect(file(h, 'file.txt')).toBe('null\n');
  });

  it('a worker failure moves its tasks to the other workers', () => {
    const h = pipeline(2, 2);
    const where = () =>
      Object.fromEntries(h.cluster.connect().connectors.flatMap((c) => c.tasks.map((t) => [`${c.name}-${t.index}`, t.worker])));
    expect(where()).toEqual({ 'local-file-source-0': 'worker-1', 'local-file-sink-0': 'worker-2', 'local-file-sink-1': 'worker-1' });
    h.drain();
    h.must({ type: 'connect.worker.fail', worker: 'worker-1' });
    expect(where()).toEqual({ 'local-file-source-0': 'worker-2', 'local-file-sink-0': 'worker-2', 'local-file-sink-1': 'worker-2' });
    expect(h.ofType(h.drain(), 'connect.task.moved').map((e) => [e.connector, e.task, e.from, e.to, e.reason])).toEqual([
      ['local-file-source', 0, 'worker-1', 'worker-2', 'worker-failed'],
      ['local-file-sink', 1, 'worker-1', 'worker-2', 'worker-failed'],
    ]);
    h.must({ type: 'file.append', path: 'test.txt', text: 'still\nworks\n' });
    h.cluster.advanceTo(500);
    expect(file(h, 'file.txt')).toBe('still\nworks\n');
    h.must({ type: 'connect.worker.add' });
    expect(Object.values(where()).filter((w) => w === 'worker-3')).toHaveLength(1);
  });

  it('a restarted source resumes from the last flushed position, so lines read after it are duplicated', () => {
    const h = pipeline(2);
    h.must({ type: 'file.append', path: 'test.txt', text: 'a\n' });
    h.cluster.advanceTo(10000); // read, then flushed {position: 2} at 10000
    h.must({ type: 'file.append', path: 'test.txt', text: 'b\n' });
    h.cluster.advanceTo(10500); // b read but not flushed yet
    h.must({ type: 'connect.worker.fail', worker: 'worker-1' });
    h.cluster.advanceTo(11000);
    expect(h.partition('connect-test', 0).records.map((r) => r.value)).toEqual(['a', 'b', 'b']);
    const started = h.ofType(h.drain(), 'connect.source.started');
    expect(started.at(-1)).toMatchObject({ position: 2 });
  });
});
