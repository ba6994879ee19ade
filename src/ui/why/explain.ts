import type { Translate } from '../../app/context';
import type { ModelEvent } from '../../engine/integration';
import type { MessageKey } from '../../i18n/en';
import type { Language } from '../../i18n/translate';
import { formatDuration, formatNumber, formatSimTime } from './format';
import type { FeedEntry } from './lab/feed';
import { MODEL_CODES, type ModelCode } from './words/models';

type Params = Record<string, string | number>;

const REASONS = new Set([
  'retries-exhausted',
  'queue-full',
  'schema-mismatch',
  'file-parse-error',
  'queue-overflow',
  'auto-ack-consumer-died',
  'half-written-file',
]);

/** Instances and consumers are counted from 0 in the engine and from 1 on screen. */
const ONE_BASED = new Set(['instance', 'consumer', 'holder']);
const DURATIONS: Record<string, string> = {
  latencyMs: 'latency',
  timeoutMs: 'timeout',
  delayMs: 'delay',
};

function entryKey(e: FeedEntry): MessageKey {
  const p = e.params ?? {};
  if (e.code === 'db-poll' && p.blocked === true) return 'why.ev.db-poll.blocked';
  if (e.code === 'db-poll' && p.rows === 0) return 'why.ev.db-poll.empty';
  if (e.code === 'file-picked-up' && p.whole === false) return 'why.ev.file-picked-up.partial';
  if (e.code === 'broker-delivered' && p.redelivered === true)
    return 'why.ev.broker-delivered.redelivered';
  if (e.code === 'b-crashed' && e.orderId !== undefined) return 'why.ev.b-crashed.order';
  return `why.ev.${e.code}`;
}

/** One line of the feed in the student's language. */
export function explainEntry(t: Translate, lang: Language, e: FeedEntry): string {
  const params: Params = {};
  for (const [k, v] of Object.entries(e.params ?? {})) {
    if (typeof v === 'boolean') continue;
    if (k in DURATIONS && typeof v === 'number') params[DURATIONS[k]] = formatDuration(lang, v);
    else if (k === 'reason')
      params.reason = REASONS.has(String(v))
        ? t(`why.reason.${v}` as MessageKey)
        : t('why.reason.unknown', { reason: String(v) });
    else if (ONE_BASED.has(k) && typeof v === 'number') params[k] = v + 1;
    else params[k] = typeof v === 'number' ? formatNumber(lang, v) : v;
  }
  if (e.orderId !== undefined) params.order = `#${e.orderId}`;
  return t(entryKey(e), params);
}

export function isModelCode(code: string): code is ModelCode {
  return (MODEL_CODES as readonly string[]).includes(code);
}

function modelKey(e: ModelEvent): MessageKey | null {
  if (!isModelCode(e.code)) return null;
  const p = e.params;
  if (e.code === 'jms-delivered' && p.redelivered === true)
    return 'why.m.jms-delivered.redelivered';
  if (e.code === 'jms-subscribed')
    return p.durable === true ? 'why.m.jms-subscribed.durable' : 'why.m.jms-subscribed.nondurable';
  if (e.code === 'jms-disconnected')
    return p.durable === true
      ? 'why.m.jms-disconnected.durable'
      : 'why.m.jms-disconnected.nondurable';
  if (e.code === 'jms-published')
    return p.persistent === true
      ? 'why.m.jms-published.persistent'
      : 'why.m.jms-published.nonpersistent';
  return `why.m.${e.code}`;
}

/** One step of a closest-model scene; a code without words shows as itself rather than failing. */
export function explainModelEvent(t: Translate, lang: Language, e: ModelEvent): string {
  const key = modelKey(e);
  if (key === null) return `${e.code} ${JSON.stringify(e.params)}`;
  const params: Params = {};
  for (const [k, v] of Object.entries(e.params)) {
    if (typeof v === 'boolean') continue;
    if ((k === 'invisibleUntil' || k === 'deadline') && typeof v === 'number')
      params[k] = formatSimTime(v);
    else if (k === 'missedByOfflineDurable')
      params.missed = typeof v === 'number' ? formatNumber(lang, v) : v;
    else params[k] = typeof v === 'number' && k !== 'id' ? formatNumber(lang, v, 0) : v;
  }
  return t(key, params);
}
