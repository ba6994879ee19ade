// Judges a run against a check's expectations. Every failure says what actually happened to which
// message, as an i18n key and parameters: "`notas.vendas.filial` reached `compras`; it should reach
// only `filial`", never just "wrong".

import type { HeaderEntry, Scenario } from '../scenario/types';
import type { RunRecord } from './run';
import { judgeMessage } from './judge-message';
import { judgeOutcome } from './judge-outcome';
import { judgeShape } from './judge-shape';
import { traceMessages, type MessageTrace } from './trace';
import type {
  CheckSpec,
  Expectation,
  ExerciseKey,
  Failure,
  FailureParam,
  MsgRef,
  TestMessage,
} from './types';

function headerText(h: readonly HeaderEntry[]): string {
  return h
    .map((e) => `${e.key}=${e.value.kind === 'void' ? '' : String(e.value.value)}`)
    .join(', ');
}

/** How feedback names each test message: its label, key or headers; "message n" when those repeat. */
export function messageLabels(messages: readonly TestMessage[]): (string | null)[] {
  const raw = messages.map(
    (m) =>
      m.label ?? (m.routingKey ? m.routingKey : m.headers?.length ? headerText(m.headers) : null),
  );
  return raw.map((l) => (l !== null && raw.filter((x) => x === l).length === 1 ? l : null));
}

export function judge(spec: CheckSpec, run: RunRecord): Failure[] {
  const labels = messageLabels(spec.messages);
  const ref = (i: number): MsgRef => ({ msg: i + 1, label: labels[i] ?? null });
  const traces = traceMessages(run);
  const failures: Failure[] = [];
  const fail = (code: ExerciseKey, params: Record<string, FailureParam>) =>
    failures.push({ code, params });
  const doc = run.doc;

  // Messages that never reached the broker explain every later failure about them: say so once.
  const unsent = new Set<number>();
  run.sends.forEach((s, i) => {
    if (s.kind === 'sent' && run.messageIds[i] !== null) return;
    unsent.add(i);
    if (s.kind === 'no-producer') fail('ex.fail.producer.absent', { producer: s.name });
    else if (s.kind === 'no-exchange-edge')
      fail('ex.fail.not-sent.no-edge', { producer: s.producer });
    else if (s.kind === 'refused')
      fail('ex.fail.not-sent.refused', { msg: ref(i), code: s.code, text: s.text });
    else fail('ex.fail.not-sent.lost', { msg: ref(i) });
  });
  for (const i of run.skippedActions) {
    const a = spec.actions[i];
    if (a.kind !== 'restart-broker') fail('ex.fail.action.no-consumer', { consumer: a.consumer });
  }
  const dedupe = new Set(failures.map((f) => JSON.stringify(f)));

  for (const e of spec.expect) {
    if ('msg' in e && unsent.has(e.msg)) continue;
    const before = failures.length;
    judgeOne(e, { spec, run, traces, ref, fail, doc });
    // "not-lost" and "handled" can both blame one message the same way: keep one line.
    for (const f of failures.splice(before)) {
      const k = JSON.stringify(f);
      if (!dedupe.has(k)) {
        dedupe.add(k);
        failures.push(f);
      }
    }
  }
  return failures;
}

export interface Ctx {
  spec: CheckSpec;
  run: RunRecord;
  traces: MessageTrace[];
  ref: (i: number) => MsgRef;
  fail: (code: ExerciseKey, params: Record<string, FailureParam>) => void;
  doc: Scenario;
}

function judgeOne(e: Expectation, c: Ctx): void {
  switch (e.kind) {
    case 'route':
    case 'returned':
    case 'dead-letter':
    case 'death-count':
    case 'deliveries':
    case 'expired':
    case 'payload':
    case 'property':
      return judgeMessage(e, c);
    case 'not-lost':
    case 'handled':
    case 'holds':
    case 'queue-gone':
    case 'delivery-order':
    case 'max-in-flight':
    case 'min-handled':
      return judgeOutcome(e, c);
    case 'exchange-type':
    case 'via-default':
    case 'exchange-binding':
    case 'no-binding':
    case 'queue-flag':
      for (const f of judgeShape(e, c.doc)) c.fail(f.code, f.params);
      return;
  }
}
