import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KAFKA_EXERCISES } from './catalogue';
import { KAFKA_EXERCISE_LIMITS, kafkaExerciseToPlain, restoreKafkaExercise, type KafkaExerciseDocument } from './document';
import { decodeKafkaExerciseFromHash, encodeKafkaExerciseToHash, looksLikeKafkaExerciseHash } from './link';
import { judgeKafka, passed } from './spec';
import { suggestExpectations } from './suggest';

const asDocument = (id: string): KafkaExerciseDocument => {
  const ex = KAFKA_EXERCISES.find((e) => e.id === id);
  if (!ex) throw new Error(id);
  return { title: `Exercise ${id}`, goal: 'Make it work.', level: 'medium', hints: ['Look at the inspector.'], start: ex.start(), locked: [], check: ex.spec };
};
const plain = (d: KafkaExerciseDocument) => JSON.parse(JSON.stringify(kafkaExerciseToPlain(d))) as Record<string, unknown>;
const issuesOf = (input: unknown) => {
  const r = restoreKafkaExercise(input);
  return r.ok ? [] : r.errors.map((e) => `${e.code} @ ${e.path}`);
};

describe('Kafka exercise documents', () => {
  it.each(KAFKA_EXERCISES.map((e) => e.id))('%s survives a JSON round trip unchanged', (id) => {
    const d = asDocument(id);
    const r = restoreKafkaExercise(plain(d));
    expect(r.ok && r.warnings).toEqual([]);
    if (r.ok) expect(r.document).toEqual(d);
  });

  it('refuses what is not a Kafka exercise, saying where', () => {
    const good = plain(asDocument('audit-replay'));
    const check = good.check as Record<string, unknown>;
    expect(issuesOf(null)).toEqual(['doc.not-object @ ']);
    expect(issuesOf({ ...good, format: 'brokerlab-exercise' })).toEqual(['value.not-one-of @ format']);
    expect(issuesOf({ ...good, version: 2 })).toEqual(['doc.version.newer @ version']);
    expect(issuesOf({ ...good, version: 'one' })).toEqual(['doc.version.invalid @ version']);
    expect(issuesOf({ ...good, goal: '  ' })).toEqual(['value.empty @ goal']);
    expect(issuesOf({ ...good, title: 'x'.repeat(300) })).toEqual(['value.too-long @ title']);
    expect(issuesOf({ ...good, level: 'impossible' })).toEqual(['value.not-one-of @ level']);
    expect(issuesOf({ ...good, start: { mode: 'amqp', version: 1 } })).toEqual(['doc.mode.unsupported @ start.mode']);
    expect(issuesOf({ ...good, locked: ['nowhere'] })).toEqual(['value.not-one-of @ locked[0]']);
    expect(issuesOf({ ...good, check: { ...check, runMs: 10 } })).toEqual(['value.out-of-range @ check.runMs']);
    expect(issuesOf({ ...good, check: { ...check, expect: [] } })).toEqual(['value.empty @ check.expect']);
    expect(issuesOf({ ...good, check: { ...check, expect: [{ kind: 'telepathy' }] } })).toEqual(['value.not-one-of @ check.expect[0].kind']);
    expect(issuesOf({ ...good, check: { ...check, expect: [{ kind: 'read-all', group: '', topic: 'orders' }] } })).toEqual(['value.empty @ check.expect[0].group']);
    expect(issuesOf({ ...good, check: { ...check, expect: [{ kind: 'processed', group: 'g', min: 5, max: 2 }] } })).toEqual(['value.out-of-range @ check.expect[0].max']);
    expect(issuesOf({ ...good, check: { ...check, actions: [{ kind: 'start-late', group: 'audit', at: 999_999 }] } })).toEqual(['value.out-of-range @ check.actions[0].at']);
    expect(issuesOf({ ...good, check: { ...check, expect: Array.from({ length: KAFKA_EXERCISE_LIMITS.expect + 1 }, () => ({ kind: 'none-lost' })) } })).toEqual(['value.too-many @ check.expect']);
  });

  it('never throws and never accepts garbage, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = restoreKafkaExercise(v);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Kafka exercise links (#kx1.)', () => {
  it('decode what they encode, with a stable id for the same exercise', () => {
    const d = asDocument('no-loss');
    const hash = encodeKafkaExerciseToHash(d);
    expect(hash.startsWith('#kx1.')).toBe(true);
    expect(looksLikeKafkaExerciseHash(hash)).toBe(true);
    const r = decodeKafkaExerciseFromHash(`https://example.org/brokerlab/${hash}`);
    expect(r.ok && r.document).toEqual(d);
    const again = decodeKafkaExerciseFromHash(hash);
    expect(r.ok && again.ok && r.id === again.id).toBe(true);
    expect(r.ok && r.id).toMatch(/^link-[0-9a-f]{8}$/);
  });

  it('are not mistaken for scenario links, and say what is wrong with a broken one', () => {
    const hash = encodeKafkaExerciseToHash(asDocument('compaction'));
    expect(looksLikeKafkaExerciseHash('#k1.abc.def')).toBe(false);
    const code = (s: string) => {
      const r = decodeKafkaExerciseFromHash(s);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code('#k1.abc.00000000')).toBe('not-a-scenario-link');
    expect(code('#kx7.abc.00000000')).toBe('unknown-version');
    expect(code(hash.slice(0, 40))).toBe('truncated');
    const i = hash.length - 20;
    expect(code(hash.slice(0, i) + (hash[i] === 'A' ? 'B' : 'A') + hash.slice(i + 1))).toBe('corrupted');
    expect(code(`#kx1.${'A'.repeat(70_000)}`)).toBe('too-large');
  });

  it('refuses a well-formed link whose exercise is invalid, with the issues', () => {
    const bad = { ...asDocument('compaction'), goal: '' };
    const r = decodeKafkaExerciseFromHash(encodeKafkaExerciseToHash(bad));
    expect(r.ok ? [] : r.error.issues?.map((x) => `${x.code} @ ${x.path}`)).toEqual(['value.empty @ goal']);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `#kx1.${s}`), fc.string().map((s) => `kx1.${s}.deadbeef`)), (s) => {
        expect(typeof decodeKafkaExerciseFromHash(s).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('suggested expectations (instructor mode)', () => {
  it.each(KAFKA_EXERCISES.map((e) => [e.id, e] as const))('%s: what the solution achieves passes on it and tells the starting scenario apart', (_id, ex) => {
    const solution = ex.solve(ex.start());
    const suggestions = suggestExpectations(solution, ex.spec.actions, ex.spec.runMs);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.line.ok)).toBe(true);
    const spec = { ...ex.spec, expect: suggestions.map((s) => s.expect) };
    expect(passed(judgeKafka(solution, spec))).toBe(true);
    expect(passed(judgeKafka(ex.start(), spec))).toBe(false);
  });

  it('fills in the figures measured on the solution', () => {
    const ex = KAFKA_EXERCISES.find((e) => e.id === 'keys-order');
    if (!ex) throw new Error('keys-order');
    const s = suggestExpectations(ex.solve(ex.start()), [], 15_000);
    expect(s.map((x) => x.expect)).toContainEqual({ kind: 'records', topic: 'carts', min: 12 });
    expect(s.map((x) => x.expect)).toContainEqual({ kind: 'key-one-partition', topic: 'carts' });
    expect(s.map((x) => x.expect)).toContainEqual({ kind: 'consumers', group: 'fulfilment', min: 3 });
  });
});
