import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32Hex, toBase64Url } from '../scenario/url-codec-bytes';
import { notesTopicScenario } from '../scenario/presets/notes-topic';
import { CATALOGUE } from './catalogue';
import { SOLUTIONS } from './catalogue/solutions';
import {
  captureOutcomes,
  documentFromDraft,
  testMessagesFromProducers,
  type AuthorDraft,
} from './capture';
import { checkExercise } from './check';
import { exerciseToPlain, restoreExercise, type ExerciseDocument } from './document';
import {
  decodeExerciseFromHash,
  encodeExerciseToHash,
  looksLikeExerciseHash,
  MAX_EXERCISE_HASH_CHARS,
} from './link';
import { editBinding } from './catalogue/solutions';

/** A built-in exercise as an instructor would share it, in their own words. */
function asDocument(id: string): ExerciseDocument {
  const ex = CATALOGUE.find((e) => e.id === id)!;
  return {
    title: `Title of ${id}`,
    goal: 'Goal text, with `code` and ünïcödé',
    level: ex.level,
    hints: ['one', 'two'],
    start: ex.start,
    locked: ex.locked,
    check: ex.check,
  };
}

/** Wraps any JSON in a well-formed exercise link, as a hostile or buggy tool could. */
function linkOf(value: unknown): string {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return `#x1.${toBase64Url(deflateSync(json))}.${crc32Hex(json)}`;
}

describe('exercise links', () => {
  it.each(CATALOGUE.map((e) => [e.id] as const))(
    '%s survives a round trip, and the decoded exercise checks the same way',
    (id) => {
      const doc = asDocument(id);
      const hash = encodeExerciseToHash(doc);
      expect(looksLikeExerciseHash(hash)).toBe(true);
      const back = decodeExerciseFromHash(`https://example.org/brokerlab/${hash}`);
      if (!back.ok) throw new Error(JSON.stringify(back.error));
      expect(exerciseToPlain(back.document)).toEqual(
        JSON.parse(JSON.stringify(exerciseToPlain(doc))),
      );
      expect(back.exercise.title).toEqual({ text: doc.title });
      expect(back.exercise.section).toBeNull();
      const ex = CATALOGUE.find((e) => e.id === id)!;
      expect(checkExercise(back.exercise, SOLUTIONS[id](ex.start)).passed).toBe(true);
      expect(checkExercise(back.exercise, back.exercise.start).passed).toBe(false);
    },
  );

  it('the same link always names the same exercise (progress follows it)', () => {
    const a = decodeExerciseFromHash(encodeExerciseToHash(asDocument('priority')));
    const b = decodeExerciseFromHash(encodeExerciseToHash(asDocument('priority')));
    expect(a.ok && b.ok && a.exercise.id === b.exercise.id).toBe(true);
    const c = decodeExerciseFromHash(
      encodeExerciseToHash({ ...asDocument('priority'), goal: 'other' }),
    );
    expect(a.ok && c.ok && a.exercise.id !== c.exercise.id).toBe(true);
  });

  it('tells apart what is not a link, a newer format, a cut link and a damaged one', () => {
    const hash = encodeExerciseToHash(asDocument('topic-filial'));
    expect(decodeExerciseFromHash('#about')).toEqual({
      ok: false,
      error: { code: 'not-an-exercise-link' },
    });
    expect(decodeExerciseFromHash(hash.replace('#x1.', '#s1.'))).toEqual({
      ok: false,
      error: { code: 'not-an-exercise-link' },
    });
    expect(decodeExerciseFromHash(hash.replace('#x1.', '#x2.'))).toEqual({
      ok: false,
      error: { code: 'unknown-version', params: { version: 2 } },
    });
    expect(decodeExerciseFromHash(hash.slice(0, -5))).toEqual({
      ok: false,
      error: { code: 'truncated' },
    });
    expect(decodeExerciseFromHash(hash.slice(0, hash.lastIndexOf('.')))).toEqual({
      ok: false,
      error: { code: 'truncated' },
    });
    const mid = Math.floor(hash.length / 2);
    const damaged = hash.slice(0, mid) + (hash[mid] === 'A' ? 'B' : 'A') + hash.slice(mid + 1);
    expect(decodeExerciseFromHash(damaged).ok).toBe(false);
    expect(decodeExerciseFromHash('#x1.' + 'A'.repeat(MAX_EXERCISE_HASH_CHARS))).toEqual({
      ok: false,
      error: { code: 'too-large', params: { max: MAX_EXERCISE_HASH_CHARS } },
    });
  });

  it('refuses a deflate bomb before inflating it all', () => {
    const json = new TextEncoder().encode(
      `{"format":"brokerlab-exercise","title":"${' '.repeat(3 * 1024 * 1024)}"}`,
    );
    const hash = `#x1.${toBase64Url(deflateSync(json, { level: 9 }))}.${crc32Hex(json)}`;
    expect(hash.length).toBeLessThan(MAX_EXERCISE_HASH_CHARS);
    expect(decodeExerciseFromHash(hash)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('validates the document inside: unknown locks, messages out of range, hostile sizes, a broken scenario', () => {
    const good = exerciseToPlain(asDocument('topic-filial'));
    const issuesOf = (value: unknown) => {
      const r = decodeExerciseFromHash(linkOf(value));
      return r.ok ? [] : (r.error.issues ?? []).map((i) => `${i.code} @ ${i.path}`);
    };
    expect(issuesOf({ ...good, locked: { nodes: ['n1', 'nope'], edges: [] } })).toEqual([
      'value.not-one-of @ locked.nodes[1]',
    ]);
    expect(
      issuesOf({
        ...good,
        check: { ...good.check, expect: [{ kind: 'route', msg: 9, queues: [] }] },
      }),
    ).toEqual(['value.out-of-range @ check.expect[0].msg']);
    expect(
      issuesOf({ ...good, check: { ...good.check, expect: [{ kind: 'eval', code: 'x' }] } }),
    ).toEqual(['value.not-one-of @ check.expect[0].kind']);
    expect(issuesOf({ ...good, check: { ...good.check, runMs: 1e12 } })).toEqual([
      'value.out-of-range @ check.runMs',
    ]);
    expect(
      issuesOf({
        ...good,
        check: { ...good.check, messages: Array(101).fill(good.check.messages[0]) },
      })[0],
    ).toBe('value.too-many @ check.messages');
    expect(issuesOf({ ...good, goal: '' })).toEqual(['value.empty @ goal']);
    expect(issuesOf({ ...good, title: 'x'.repeat(300) })).toEqual(['value.too-long @ title']);
    expect(issuesOf({ ...good, start: { ...good.start, nodes: 'many' } })).toEqual([
      'value.not-array @ start.nodes',
    ]);
    expect(issuesOf({ ...good, version: 9 })).toEqual(['doc.version.newer @ version']);
    expect(issuesOf({ ...good, format: 'brokerlab-scenario' })).toEqual([
      'value.not-one-of @ format',
    ]);
  });

  it('never throws and never accepts garbage, for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `#x1.${s}`),
          fc.string().map((s) => `x1.${s}.deadbeef`),
        ),
        (s) => {
          const r = decodeExerciseFromHash(s);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on a real link with characters changed, cut or added anywhere', () => {
    const hash = encodeExerciseToHash(asDocument('alternate-exchange'));
    fc.assert(
      fc.property(
        fc.nat(hash.length - 1),
        fc.nat(hash.length),
        fc.string({ maxLength: 3 }),
        (at, cut, insert) => {
          const mutated =
            hash.slice(0, at) +
            insert +
            hash.slice(Math.min(hash.length, at + 1), Math.max(at + 1, cut));
          const r = decodeExerciseFromHash(mutated);
          if (r.ok) expect(r.exercise.check.messages.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any JSON inside a well-formed link, and what it accepts is a usable exercise', () => {
    const good = exerciseToPlain(asDocument('dead-letter-rejected'));
    const mutated = fc.record({
      key: fc.constantFrom(
        'title',
        'goal',
        'level',
        'hints',
        'start',
        'locked',
        'check',
        'version',
      ),
      value: fc.jsonValue({ maxDepth: 4 }),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 5 }),
          mutated.map(({ key, value }) => ({ ...good, [key]: value })),
        ),
        (value) => {
          const r = decodeExerciseFromHash(linkOf(value));
          if (r.ok)
            expect(typeof checkExercise(r.exercise, r.exercise.start).passed).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated check parts (each expectation and message field replaced by anything)', () => {
    const good = exerciseToPlain(asDocument('ttl-retry'));
    fc.assert(
      fc.property(
        fc.nat(good.check.expect.length - 1),
        fc.string({ maxLength: 12 }),
        fc.jsonValue({ maxDepth: 3 }),
        (i, key, value) => {
          const expectations = good.check.expect.map((e, k) =>
            k === i ? { ...e, [key]: value } : e,
          );
          const messages = good.check.messages.map((m) => ({ ...m, [key]: value }));
          const r = restoreExercise({
            ...good,
            check: { ...good.check, expect: expectations, messages },
          });
          if (r.ok) expect(r.document.check.expect.length).toBe(good.check.expect.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('instructor mode: from a scenario to a shared exercise', () => {
  function draftFromNotes(): AuthorDraft {
    const solution = notesTopicScenario();
    const capture = captureOutcomes(solution, testMessagesFromProducers(solution));
    // The starting point: filial's binding broken.
    const start = editBinding(solution, 'e2', { key: 'notas.compras.filial' });
    return {
      title: 'Filial',
      goal: 'Every notas.*.filial note must reach filial.',
      level: 'easy',
      hints: 'Look at the binding.\n\n  Use *  ',
      capture,
      requireNotLost: true,
      start,
      locked: { nodes: ['n1', 'n2', 'n3', 'n4', 'ghost'], edges: ['e1', 'e3'] },
    };
  }

  it('captures where each test message ended, in queue order', () => {
    const doc = notesTopicScenario();
    const messages = testMessagesFromProducers(doc);
    expect(messages.map((m) => m.routingKey)).toEqual([
      'notas.compras.filial',
      'notas.compras.matriz',
      'notas.vendas.filial',
    ]);
    const capture = captureOutcomes(doc, messages);
    expect(capture.outcomes.map((o) => o.queues)).toEqual([
      ['compras', 'filial'],
      ['compras'],
      ['filial'],
    ]);
  });

  it('captures a return to the producer when the message is mandatory and unroutable', () => {
    const doc = notesTopicScenario();
    const mandatory = {
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.kind === 'producer' ? { ...n, message: { ...n.message, mandatory: true } } : n,
      ),
    };
    const capture = captureOutcomes(mandatory, [
      { via: { producer: 'notas-app' }, at: 0, routingKey: 'outra.coisa' },
    ]);
    expect(capture.expect).toEqual([{ kind: 'returned', msg: 0, producer: 'notas-app' }]);
  });

  it('makes an exercise whose solution passes and whose start fails, with tidy hints and locks', () => {
    const draft = draftFromNotes();
    const made = documentFromDraft(draft);
    if (!made.ok) throw new Error(made.problems.join());
    expect(made.document.hints).toEqual(['Look at the binding.', 'Use *']);
    expect(made.document.locked.nodes).toEqual(['n1', 'n2', 'n3', 'n4']);
    const back = decodeExerciseFromHash(encodeExerciseToHash(made.document));
    if (!back.ok) throw new Error(JSON.stringify(back.error));
    expect(checkExercise(back.exercise, notesTopicScenario()).passed).toBe(true);
    const failed = checkExercise(back.exercise, back.exercise.start);
    // The unroutable branch note, and (asked for) its loss.
    expect(failed.failures.map((f) => f.code)).toEqual([
      'ex.fail.route.unroutable',
      'ex.fail.lost.dropped',
    ]);
  });

  it('says what a draft still lacks', () => {
    const made = documentFromDraft({ ...draftFromNotes(), title: ' ', capture: null, start: null });
    expect(made).toEqual({
      ok: false,
      problems: ['ex.author.need.title', 'ex.author.need.capture', 'ex.author.need.start'],
    });
  });
});
