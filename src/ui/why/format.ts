import type { Language } from '../../i18n/translate';
import { formatSimTime } from '../playback/format';

export { formatSimTime };

const numberFormats = new Map<string, Intl.NumberFormat>();

function nf(lang: Language, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** A count or factor the way the student's language writes it (1,234 or 1.234; 0.5 or 0,5). */
export function formatNumber(lang: Language, n: number, digits = 2): string {
  return nf(lang, digits).format(n);
}

/** A duration a class reads at a glance: 340 ms, 2.5 s, 1 min 05 s. */
export function formatDuration(lang: Language, ms: number): string {
  if (ms < 1000) return `${formatNumber(lang, Math.round(ms), 0)} ms`;
  if (ms < 60_000) return `${formatNumber(lang, ms / 1000, ms < 10_000 ? 1 : 0)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** A duration for a big figure, as a number and a unit drawn smaller: 340 ms, 12.5 s, 303 s, 12 min. */
export function durationParts(lang: Language, ms: number): { num: string; unit: string } {
  if (ms < 1000) return { num: formatNumber(lang, Math.round(ms), 0), unit: 'ms' };
  if (ms < 1_000_000) return { num: formatNumber(lang, ms / 1000, ms < 10_000 ? 1 : 0), unit: 's' };
  return { num: formatNumber(lang, Math.round(ms / 60_000), 0), unit: 'min' };
}
