/**
 * Gallery search: a preset matches when every word of the query appears in its words in the
 * current language (title, explanation, tags, things to try, group) or in its language-neutral
 * names (queues, exchanges, keys). Case and accents do not matter: "fila" finds "Filas", "cabecalho"
 * finds "cabeçalho".
 */
import type { MessageKey } from '../../i18n/en';
import { groupTitleKey, type Preset } from '../../scenario/presets';

type Translate = (key: MessageKey) => string;

export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/`/g, '');
}

export function queryWords(query: string): string[] {
  return normalize(query)
    .split(/[\s,]+/)
    .filter((w) => w !== '');
}

// Names and keys do not depend on the language: computed once per preset.
const namesCache = new Map<string, string>();

function presetNames(p: Preset): string {
  let names = namesCache.get(p.id);
  if (names === undefined) {
    const doc = p.create();
    const keys = doc.edges.flatMap((e) => (e.kind === 'binding' ? [e.key] : []));
    const sent = doc.nodes.flatMap((n) =>
      n.kind === 'producer' ? [n.message.routingKey, ...n.schedule.keys] : [],
    );
    names = normalize([p.id, ...doc.nodes.map((n) => n.name), ...keys, ...sent].join(' '));
    namesCache.set(p.id, names);
  }
  return names;
}

export function presetText(p: Preset, t: Translate): string {
  const words = [p.title, p.explanation, p.tags, ...p.tryThis, groupTitleKey(p.group)].map((k) =>
    t(k),
  );
  return `${normalize(words.join(' '))} ${presetNames(p)}`;
}

export function filterPresets(presets: readonly Preset[], query: string, t: Translate): Preset[] {
  const words = queryWords(query);
  if (words.length === 0) return [...presets];
  return presets.filter((p) => {
    const text = presetText(p, t);
    return words.every((w) => text.includes(w));
  });
}
