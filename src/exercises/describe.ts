// Feedback and texts in the user's language. Names and values come out between backticks, which
// the UI shows as code (the same convention as the goals and the event log's explanations).

import type { MessageKey } from '../i18n/en';
import type { Params } from '../i18n/translate';
import type { CheckSpec, Failure, FailureParam, MsgRef, Text } from './types';

export type Translate = (key: MessageKey, params?: Params) => string;

const code = (s: string | number) => `\`${s}\``;

const isList = (p: FailureParam): p is readonly string[] | readonly MsgRef[] => Array.isArray(p);

export function msgName(ref: MsgRef, t: Translate): string {
  return ref.label !== null ? code(ref.label) : t('ex.msg.nth', { n: ref.msg });
}

function param(p: FailureParam, t: Translate): string {
  if (typeof p === 'number') return String(p);
  if (typeof p === 'string') return code(p);
  if (isList(p))
    return (p as readonly (string | MsgRef)[])
      .map((x) => (typeof x === 'string' ? code(x) : msgName(x, t)))
      .join(', ');
  if ('msg' in p) return msgName(p, t);
  return t(p.word);
}

/** Plain numbers that read as amounts, not names: counts, seconds, codes. */
const NUMERIC = new Set([
  'count',
  'min',
  'max',
  'size',
  'time',
  'within',
  'gap',
  'after',
  'code',
  'seconds',
  'n',
  'at',
]);

export function describeFailure(f: Failure, t: Translate): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(f.params))
    params[k] =
      NUMERIC.has(k) && (typeof v === 'number' || typeof v === 'string') ? v : param(v, t);
  const line = t(f.code, params);
  // A sentence starts with a capital even when it starts with "message 3".
  return line.charAt(0).toUpperCase() + line.slice(1);
}

export function text(x: Text, t: Translate): string {
  return 'key' in x ? t(x.key) : x.text;
}

/** "How it is checked", one line each: what is published, what is done to the system, how long. */
export function describeCheck(spec: CheckSpec, t: Translate): string[] {
  const s = (ms: number) => (Math.round(ms / 100) / 10).toString();
  const lines = [t('ex.how.messages', { count: spec.messages.length })];
  for (const a of spec.actions) {
    if (a.kind === 'restart-broker') lines.push(t('ex.how.restart', { at: s(a.at) }));
    else if (a.kind === 'crash-consumer')
      lines.push(t('ex.how.crash', { at: s(a.at), consumer: code(a.consumer) }));
    else lines.push(t('ex.how.close', { at: s(a.at), consumer: code(a.consumer) }));
  }
  lines.push(t('ex.how.run', { seconds: s(spec.runMs) }));
  return lines;
}
