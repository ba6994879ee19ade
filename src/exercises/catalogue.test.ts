import { describe, expect, it } from 'vitest';
import { exercisesEn, exercisesPt } from '../i18n/parts/exercises';
import { restoreScenario } from '../scenario/restore';
import { CATALOGUE } from './catalogue';
import { addEdges, editBinding, editNode, SOLUTIONS } from './catalogue/solutions';
import { bind, consumer, subscribe } from './build';
import { checkExercise } from './check';
import { describeFailure, type Translate } from './describe';
import type { Exercise } from './types';

const words =
  (dict: Record<string, string>): Translate =>
  (key, params) =>
    (dict[key] ?? key).replace(/\{(\w+)\}/g, (w, name: string) =>
      params && name in params ? String(params[name]) : w,
    );
const en = words(exercisesEn);
const pt = words(exercisesPt);

function byId(id: string): Exercise {
  const ex = CATALOGUE.find((e) => e.id === id);
  if (!ex) throw new Error(id);
  return ex;
}

/** The feedback a student reads, in English. */
const feedback = (ex: Exercise, doc = ex.start) =>
  checkExercise(ex, doc).failures.map((f) => describeFailure(f, en));

describe('the catalogue', () => {
  it('has at least 15 exercises, from easy to hard, over curriculum sections 2, 3 and 5', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CATALOGUE.map((e) => e.section))).toEqual(new Set([2, 3, 5]));
    expect(new Set(CATALOGUE.map((e) => e.level))).toEqual(new Set(['easy', 'medium', 'hard']));
    const order = { easy: 0, medium: 1, hard: 2 };
    const levels = CATALOGUE.map((e) => order[e.level]);
    expect(levels).toEqual([...levels].sort());
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((e) => [e.id, e] as const))(
    '%s: starts valid, with locks that name real parts and words in both languages',
    (_id, ex) => {
      expect(restoreScenario(JSON.parse(JSON.stringify(ex.start))).ok).toBe(true);
      for (const id of ex.locked.nodes) expect(ex.start.nodes.some((n) => n.id === id)).toBe(true);
      for (const id of ex.locked.edges) expect(ex.start.edges.some((e) => e.id === id)).toBe(true);
      for (const x of [ex.title, ex.goal, ...ex.hints]) {
        expect('key' in x).toBe(true);
        if ('key' in x) {
          expect(exercisesEn[x.key]).toBeTruthy();
          expect(exercisesPt[x.key]).toBeTruthy();
        }
      }
      expect(ex.hints.length).toBeGreaterThanOrEqual(2);
      for (const e of ex.check.expect)
        if ('msg' in e) expect(e.msg).toBeLessThan(ex.check.messages.length);
    },
  );

  it.each(CATALOGUE.map((e) => [e.id, e] as const))(
    '%s: the reference solution passes and the starting scenario fails',
    (_id, ex) => {
      const solve = SOLUTIONS[ex.id];
      expect(solve).toBeTypeOf('function');
      const solved = checkExercise(ex, solve(ex.start));
      expect(solved.failures.map((f) => describeFailure(f, en))).toEqual([]);
      expect(solved.passed).toBe(true);
      const start = checkExercise(ex, ex.start);
      expect(start.passed).toBe(false);
      expect(start.failures.length).toBeGreaterThan(0);
    },
  );

  it('the check is deterministic', () => {
    for (const ex of CATALOGUE)
      expect(checkExercise(ex, ex.start)).toEqual(checkExercise(ex, ex.start));
  });
});

describe('feedback names what actually happened', () => {
  it('topic-filial: the start misses a branch note; `notas.#` catches a head-office note', () => {
    const ex = byId('topic-filial');
    expect(feedback(ex)).toEqual([
      '`notas.vendas.filial` reached no queue (no binding matched it); it should reach `filial`.',
    ]);
    expect(feedback(ex, editBinding(ex.start, 'e2', { key: 'notas.#' }))).toEqual([
      '`notas.compras.matriz` reached `filial`; it should reach only `compras`.',
      '`notas.vendas.matriz` reached `filial`; it should reach no queue.',
    ]);
  });

  it('topic-filial: a binding on the wrong queue is named with the queue it reached', () => {
    const ex = byId('topic-filial');
    const doc = editBinding(ex.start, 'e3', { key: 'notas.*.*' });
    expect(checkExercise(ex, doc).failures.map((f) => describeFailure(f, en))).toContain(
      '`notas.vendas.filial` reached `compras`; it should reach only `filial`.',
    );
  });

  it('headers-pdf-log, in Portuguese', () => {
    const ex = byId('headers-pdf-log');
    expect(checkExercise(ex, ex.start).failures.map((f) => describeFailure(f, pt))).toEqual([
      '`format=pdf, type=report` chegou a `logs`; deveria chegar só a `relatorios`.',
      '`format=csv, type=log` chegou a `logs`; não deveria chegar a fila nenhuma.',
    ]);
  });

  it('no-loss-crash: auto ack loses what worker-b held when it crashed', () => {
    const ex = byId('no-loss-crash');
    const lines = feedback(ex);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines)
      expect(l).toMatch(
        /^Message \d was lost: `worker-b` took it with auto ack and crashed before finishing it\.$/,
      );
    // Manual ack on worker-b alone is enough: worker-a never crashes.
    expect(checkExercise(ex, editNode(ex.start, 'n4', { ackMode: 'manual' })).passed).toBe(true);
  });

  it('mandatory-return: says the message was dropped instead of coming back', () => {
    expect(feedback(byId('mandatory-return'))).toEqual([
      '`devolvido` was dropped as unroutable; it should have come back to `loja`.',
    ]);
  });

  it('dead-letter-rejected: a DLX with no binding to `dead` is told apart from no DLX at all', () => {
    const ex = byId('dead-letter-rejected');
    expect(feedback(ex)[0]).toBe(
      'Message 1 died in `pagamentos` (reason `rejected`) and was discarded: `pagamentos` has no dead-letter exchange.',
    );
    const dlxOnly = editNode(ex.start, 'n2', (n) =>
      n.kind === 'queue' ? { ...n, args: { deadLetterExchange: 'dlx' } } : n,
    );
    expect(feedback(ex, dlxOnly)[0]).toBe(
      'Message 1 was dead-lettered to `dlx`, but no binding there led it to `dead`.',
    );
    const wrongName = editNode(ex.start, 'n2', (n) =>
      n.kind === 'queue' ? { ...n, args: { deadLetterExchange: 'dlq' } } : n,
    );
    expect(feedback(ex, wrongName)[0]).toBe(
      'Message 1 died in `pagamentos`, but its dead-letter exchange `dlq` does not exist, so it was discarded.',
    );
  });

  it('max-length-reject: drop-head keeps the newest five and says why the first went', () => {
    const ex = byId('max-length-reject');
    const dropHead = editNode(ex.start, 'n2', (n) =>
      n.kind === 'queue' ? { ...n, args: { maxLength: 5 } } : n,
    );
    const lines = feedback(ex, dropHead);
    expect(lines[0]).toBe(
      'Message 1 is not in `leituras` at the end: the queue was full (max length).',
    );
    expect(lines).toContain('Message 8 is in `leituras` at the end; the queue should not keep it.');
  });

  it('durable-persistent: a durable queue alone loses transient messages in the restart', () => {
    const ex = byId('durable-persistent');
    expect(feedback(ex)).toEqual([
      'The queue `pedidos` does not exist at the end: the broker restart deleted it (it is not durable).',
    ]);
    const lines = feedback(ex, editNode(ex.start, 'n3', { durable: true }));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'Message 1 is not in `pedidos` at the end: it was not persistent (delivery mode 1) when the broker restarted.',
    );
  });

  it('priority: lists the order the messages really left in', () => {
    expect(feedback(byId('priority'))).toEqual([
      'Messages left `suporte` in the order `normal-1`, `normal-2`, `normal-3`, `vip`; the goal is `normal-1`, `vip`, `normal-2`, `normal-3`.',
    ]);
  });

  it('fair-dispatch: prefetch only on `lento` is enough; the start says how much `lento` hoarded', () => {
    const ex = byId('fair-dispatch');
    expect(feedback(ex)).toEqual([
      '`lento` held 5 messages at once; it should hold at most 1.',
      '`rapido` finished 5 messages; it should finish at least 7.',
    ]);
    expect(checkExercise(ex, editNode(ex.start, 'n4', { prefetch: 1 })).passed).toBe(true);
  });

  it('scale-out: one more worker like the first is not enough, and the feedback gives the time', () => {
    const ex = byId('scale-out');
    const two = addEdges(
      {
        ...ex.start,
        nodes: [...ex.start.nodes, consumer('n9', 'r2', [0, 0], { processingMs: 2000 })],
      },
      subscribe('e9', 'n2', 'n9'),
    );
    const lines = feedback(ex, two);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      /^Message \d was finished at \d+(\.\d)? s; the goal is to be done by 9 s\.$/,
    );
  });

  it('exchange-to-exchange: binding the audit queues straight to `eventos` is refused', () => {
    const ex = byId('exchange-to-exchange');
    const direct = addEdges(
      ex.start,
      bind('e10', 'n2', 'n6', 'pedido.*'),
      bind('e11', 'n2', 'n7', 'pedido.*'),
    );
    expect(feedback(ex, direct)).toEqual([
      'There is no binding from the exchange `eventos` to the exchange `auditoria`.',
      '`audit-a` is bound directly to `eventos`; the goal is to go through another exchange.',
      '`audit-b` is bound directly to `eventos`; the goal is to go through another exchange.',
    ]);
  });

  it('ttl-retry: a retry queue without TTL dead-letters nothing back', () => {
    const ex = byId('ttl-retry');
    const noTtl = addEdges(
      editNode(ex.start, 'n3', (n) =>
        n.kind === 'queue' ? { ...n, args: { deadLetterExchange: 'retry' } } : n,
      ),
      bind('e10', 'n5', 'n6'),
    );
    expect(feedback(ex, noTtl)).toEqual([
      '`tarefa` was delivered from `trabalho` 1 time(s); it should be at least 3.',
      'The x-death header of `tarefa` counts 1 × `rejected` in `trabalho`; it should be at least 2.',
      'The x-death header of `tarefa` counts 0 × `expired` in `espera`; it should be at least 2.',
    ]);
  });
});

describe('locked parts are checked again', () => {
  it('changing a locked binding fails the check even when the routing is right', () => {
    const ex = byId('topic-filial');
    // Solves the goal by moving the compras binding too, which is locked.
    const doc = editBinding(SOLUTIONS['topic-filial'](ex.start), 'e3', {
      key: 'notas.compras.*.#',
    });
    const lines = feedback(ex, doc);
    expect(lines).toContain(
      'The connection `notas` → `compras` is part of the exercise and was changed.',
    );
  });

  it('a deleted locked node is named with its kind', () => {
    const ex = byId('topic-filial');
    const doc = {
      ...ex.start,
      nodes: ex.start.nodes.filter((n) => n.id !== 'n6'),
      edges: ex.start.edges.filter((e) => e.target !== 'n6'),
    };
    const lines = checkExercise(ex, doc).failures.map((f) => describeFailure(f, pt));
    expect(lines).toContain('O consumidor `compras-worker` faz parte do exercício e foi apagado.');
  });

  it('moving locked nodes is fine', () => {
    const ex = byId('topic-filial');
    const moved = { ...SOLUTIONS['topic-filial'](ex.start) };
    moved.nodes = moved.nodes.map((n) => ({
      ...n,
      position: { x: n.position.x + 50, y: n.position.y - 20 },
    }));
    expect(checkExercise(ex, moved).passed).toBe(true);
  });
});
