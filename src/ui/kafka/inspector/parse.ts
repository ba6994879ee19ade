// Parsers for the Kafka inspector's fields: each returns the value or a refusal worded in the
// user's language, so nothing invalid ever reaches the document.

import type { Translate } from '../../../app/context';
import { isLegalTopicName, KAFKA_LIMITS } from '../../../scenario/kafka/limits';
import type { KParsed } from './KField';

const ok = <T,>(value: T): KParsed<T> => ({ ok: true, value });
const no = (message: string): KParsed<never> => ({ ok: false, message });

export function parseInt(t: Translate, range: { min: number; max: number }) {
  return (text: string): KParsed<number> => {
    const s = text.trim();
    if (!/^-?\d+$/.test(s)) return no(t('kafka.error.integer'));
    const n = Number(s);
    if (n < range.min) return no(t('kafka.error.min', { min: range.min }));
    if (n > range.max) return no(t('kafka.error.max', { max: range.max }));
    return ok(n);
  };
}

export function parseNumber(t: Translate, range: { min: number; max: number }) {
  return (text: string): KParsed<number> => {
    const s = text.trim().replace(',', '.');
    const n = Number(s);
    if (s === '' || !Number.isFinite(n)) return no(t('kafka.error.number'));
    if (n < range.min) return no(t('kafka.error.min', { min: range.min }));
    if (n > range.max) return no(t('kafka.error.max', { max: range.max }));
    return ok(n);
  };
}

/** A name unique among the nodes of its kind (`taken`); topic names follow Kafka's rules. */
export function parseName(t: Translate, taken: readonly string[], topic = false) {
  return (text: string): KParsed<string> => {
    const s = text.trim();
    if (s === '') return no(t('kafka.error.required'));
    if (s.length > KAFKA_LIMITS.name) return no(t('kafka.error.max-length', { max: KAFKA_LIMITS.name }));
    if (topic && !isLegalTopicName(s)) return no(t('kafka.error.topic-name'));
    if (taken.includes(s)) return no(t('kafka.error.taken', { name: s }));
    return ok(s);
  };
}

/** One entry per line; blank lines are dropped unless `keepEmpty`. */
export function parseLines(t: Translate, max: number, keepEmpty = false) {
  return (text: string): KParsed<string[]> => {
    const lines = text.split('\n').filter((l) => keepEmpty || l.trim() !== '');
    if (lines.length > max) return no(t('kafka.error.too-many', { max }));
    return ok(lines);
  };
}

/** `key=value` per line. */
export function parseHeaders(t: Translate) {
  return (text: string): KParsed<{ key: string; value: string }[]> => {
    const out: { key: string; value: string }[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const i = line.indexOf('=');
      const key = (i < 0 ? line : line.slice(0, i)).trim();
      if (key === '') return no(t('kafka.error.header'));
      if (out.some((h) => h.key === key)) return no(t('kafka.error.duplicate-header', { key }));
      out.push({ key, value: i < 0 ? '' : line.slice(i + 1) });
    }
    if (out.length > KAFKA_LIMITS.headers) return no(t('kafka.error.too-many', { max: KAFKA_LIMITS.headers }));
    return ok(out);
  };
}

export const anyText = (text: string): KParsed<string> => ok(text);
