import type { Translate } from '../../../app/context';
import type { CheckFailure, ExerciseId, StyleKind } from '../../../engine/integration';
import type { MessageKey } from '../../../i18n/en';
import type { Language } from '../../../i18n/translate';
import { formatDuration, formatNumber, formatSimTime } from '../format';

const KINDS: readonly string[] = ['rest', 'shared-db', 'file-transfer', 'broker'];
const kindName = (t: Translate, v: unknown) =>
  KINDS.includes(String(v)) ? t(`why.style.${v as StyleKind}`) : String(v);

/** One failure code of a check, with its numbers, in the student's words. */
export function failureText(t: Translate, lang: Language, f: CheckFailure): string {
  const p = f.params;
  const n = (v: unknown) => formatNumber(lang, Number(v), 0);
  switch (f.code) {
    case 'orders-lost':
    case 'orders-failed':
    case 'orders-unfinished':
    case 'orders-duplicated':
      return t(`why.fail.${f.code}`, { count: n(p.count) });
    case 'a-blocked':
      return t('why.fail.a-blocked', { duration: formatDuration(lang, Number(p.ms)) });
    case 'p95-too-high':
      return Number(p.p95Ms) < 0
        ? t('why.fail.p95-none', { max: formatDuration(lang, Number(p.maxMs)) })
        : t('why.fail.p95-too-high', {
            p95: formatDuration(lang, Number(p.p95Ms)),
            max: formatDuration(lang, Number(p.maxMs)),
          });
    case 'backlog-not-drained':
      return t('why.fail.backlog-not-drained', {
        deadline: formatSimTime(Number(p.deadlineMs)),
        backlog: n(p.backlog),
      });
    case 'wrong-style':
      return t('why.fail.wrong-style', {
        expected: kindName(t, p.expected),
        got: kindName(t, p.got),
      });
    case 'style-not-allowed':
      return t('why.fail.style-not-allowed', { kind: kindName(t, p.kind) });
    default:
      return t('why.fail.unknown', { code: f.code });
  }
}

const HINTS: Partial<Record<`${ExerciseId}.${StyleKind}`, MessageKey>> = {
  'b-down-no-loss.rest': 'why.hint.b-down-no-loss.rest',
  'b-down-no-loss.shared-db': 'why.hint.b-down-no-loss.shared-db',
  'b-down-no-loss.file-transfer': 'why.hint.b-down-no-loss.file-transfer',
  'b-down-no-loss.broker': 'why.hint.b-down-no-loss.broker',
  'fast-and-non-blocking.rest': 'why.hint.fast-and-non-blocking.rest',
  'fast-and-non-blocking.broker': 'why.hint.fast-and-non-blocking.broker',
  'scale-to-drain.broker': 'why.hint.scale-to-drain.broker',
  'file-no-half-written-loss.file-transfer': 'why.hint.file-no-half-written-loss.file-transfer',
  'crash-no-loss.broker': 'why.hint.crash-no-loss.broker',
};

/** A nudge for the style the student chose, after a failed check. */
export function hintText(
  t: Translate,
  id: ExerciseId,
  kind: StyleKind,
  goal: Readonly<Record<string, unknown>>,
): string | null {
  const key = HINTS[`${id}.${kind}`];
  if (key === undefined) return null;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(goal))
    if (typeof v === 'number' || typeof v === 'string') params[k] = v;
  return t(key, params);
}
