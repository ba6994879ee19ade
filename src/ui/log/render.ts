/** Renders the explanation's phrases to text in one language. */
import type { MessageKey } from '../../i18n/en';
import type { Params } from '../../i18n/translate';
import type { Arg, Phrase } from './explain';

export type TranslateFn = (key: MessageKey, params?: Params) => string;

function isPhrase(a: Arg): a is Phrase {
  return typeof a === 'object' && !Array.isArray(a);
}

function renderArg(t: TranslateFn, a: Arg): string | number {
  if (typeof a === 'string' || typeof a === 'number') return a;
  if (isPhrase(a)) return renderPhrase(t, a);
  return (a).map((x) => renderPhrase(t, x)).join(', ');
}

export function renderPhrase(t: TranslateFn, phrase: Phrase): string {
  if (!phrase.params) return t(phrase.key);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(phrase.params)) params[k] = renderArg(t, v);
  return t(phrase.key, params);
}
