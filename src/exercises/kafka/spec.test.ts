import { describe, expect, it } from 'vitest';
import { KAFKA_EXERCISES } from './catalogue';
import { judgeKafka, passed, type KafkaCheckSpec } from './spec';

const ex = (id: string) => {
  const found = KAFKA_EXERCISES.find((e) => e.id === id);
  if (!found) throw new Error(id);
  return found;
};
const spec = (expect: KafkaCheckSpec['expect'], actions: KafkaCheckSpec['actions'] = [], runMs = 15_000): KafkaCheckSpec => ({ runMs, actions, expect });

describe('judgeKafka', () => {
  it('counts the records that reach a topic, and fails below the minimum', () => {
    const doc = ex('keys-order').start();
    const [line] = judgeKafka(doc, spec([{ kind: 'records', topic: 'carts', min: 12 }]));
    expect(line).toEqual({ key: 'kafka.expect.records', ok: true, params: { topic: 'carts', min: 12, n: 12 } });
    expect(judgeKafka(doc, spec([{ kind: 'records', topic: 'carts', min: 13 }]))[0].ok).toBe(false);
    expect(judgeKafka(doc, spec([{ kind: 'records', topic: 'nowhere', min: 1 }]))[0]).toMatchObject({ ok: false, params: { n: 0 } });
  });

  it('names the keys a round-robin partitioner split across partitions', () => {
    const start = ex('keys-order').start();
    const split = judgeKafka(start, spec([{ kind: 'key-one-partition', topic: 'carts' }]))[0];
    expect(split.ok).toBe(false);
    expect(String(split.params?.split)).toMatch(/alice|bob/);
    const solved = judgeKafka(ex('keys-order').solve(start), spec([{ kind: 'key-one-partition', topic: 'carts' }]))[0];
    expect(solved).toMatchObject({ ok: true, params: { split: '—' } });
  });

  it('words processed counts as a minimum, an exact count or a range', () => {
    const doc = ex('audit-replay').start();
    const [min, exactly, between] = judgeKafka(doc, spec([
      { kind: 'processed', group: 'billing', min: 1, max: null },
      { kind: 'processed', group: 'billing', min: 6, max: 6 },
      { kind: 'processed', group: 'billing', min: 7, max: 9 },
    ]));
    expect(min).toEqual({ key: 'kafka.expect.processed-min', ok: true, params: { group: 'billing', min: 1, n: 6 } });
    expect(exactly).toMatchObject({ key: 'kafka.expect.processed-exactly', ok: true });
    expect(between).toMatchObject({ key: 'kafka.expect.processed-between', ok: false, params: { n: 6 } });
  });

  it('reports each action first, and a crash of a consumer that does not exist as not happened', () => {
    const doc = ex('fast-failover').start();
    const lines = judgeKafka(doc, spec([{ kind: 'consumers', group: 'processors', min: 2 }], [
      { kind: 'crash-consumer', at: 1000, group: 'processors', consumer: 2 },
      { kind: 'crash-consumer', at: 1000, group: 'processors', consumer: 9 },
    ]));
    expect(lines.map((l) => [l.key, l.ok])).toEqual([
      ['kafka.act.crash-consumer', true],
      ['kafka.act.crash-consumer', false],
      ['kafka.expect.consumers', true],
    ]);
    expect(lines[0].params).toMatchObject({ consumer: 'consumer-2', at: '1.0' });
  });

  it('a group that starts late finds the log already written (start-late)', () => {
    const doc = ex('audit-replay').solve(ex('audit-replay').start());
    const lines = judgeKafka(doc, spec([{ kind: 'read-all', group: 'audit', topic: 'orders' }], [{ kind: 'start-late', at: 5000, group: 'audit' }]));
    expect(lines.map((l) => l.ok)).toEqual([true, true]);
    expect(lines[1].params).toMatchObject({ n: 6, want: 6 });
  });

  it('counts the lines a sink connector wrote', () => {
    const ok = ex('file-pipeline');
    const solved = ok.solve(ok.start());
    expect(judgeKafka(solved, spec([{ kind: 'file-lines', file: 'file.txt', min: 3 }]))[0]).toMatchObject({ ok: true, params: { n: 3 } });
    expect(judgeKafka(ok.start(), spec([{ kind: 'file-lines', file: 'file.txt', min: 1 }]))[0]).toMatchObject({ ok: false, params: { n: 0 } });
  });

  it('names that match nothing fail their line instead of throwing', () => {
    const doc = ex('no-idle').start();
    const lines = judgeKafka(doc, spec([
      { kind: 'no-idle', group: 'ghost' },
      { kind: 'all-worked', group: 'ghost' },
      { kind: 'read-all', group: 'ghost', topic: 'tasks' },
      { kind: 'takeover', group: 'ghost', withinMs: 1000 },
      { kind: 'file-copy', from: 'a', to: 'b' },
      { kind: 'one-per-key', topic: 'ghost', min: 1 },
      { kind: 'all-in-log', topic: 'ghost' },
    ], [{ kind: 'fail-leader', at: 1000, topic: 'ghost', partition: 0 }]));
    expect(lines.map((l) => l.ok)).toEqual([false, false, false, false, false, false, false, false]);
    expect(passed(lines)).toBe(false);
  });

  it('passes nothing without lines', () => {
    expect(passed([])).toBe(false);
  });
});
