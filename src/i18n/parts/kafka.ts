// Words of the Kafka mode, loaded with it (registerMessages in KafkaWorkspace). Each entry holds
// the English and the Brazilian Portuguese text side by side; Kafka's own terms (topic,
// partition, offset, consumer group, broker, connector, commit, lag...) stay as the course notes
// keep them. Placeholders look like {name}; `backticks` mark names shown as code in the log.

type Pair = readonly [en: string, pt: string];

function split<K extends string>(words: Readonly<Record<K, Pair>>): { en: Record<K, string>; pt: Record<K, string> } {
  const en: Partial<Record<K, string>> = {};
  const pt: Partial<Record<K, string>> = {};
  for (const key of Object.keys(words) as K[]) {
    en[key] = words[key][0];
    pt[key] = words[key][1];
  }
  return { en: en as Record<K, string>, pt: pt as Record<K, string> };
}

const words = {
  // ---- restore problems only the Kafka document has
  'kafka.issue.topic-name': [
    'The topic name "{name}" is not legal in Kafka: use letters, digits, ".", "_" and "-".',
    'O nome de topic "{name}" não é válido no Kafka: use letras, dígitos, ".", "_" e "-".',
  ],
  'kafka.issue.duplicate-name': ['The name "{name}" is used twice.', 'O nome "{name}" aparece duas vezes.'],
  'kafka.issue.singleton': ['A scenario has at most one {kind} node.', 'Um cenário tem no máximo um nó {kind}.'],
  'kafka.issue.edge-one-only': [
    'An extra connection was removed ({reason}).',
    'Uma conexão a mais foi removida ({reason}).',
  ],
} as const satisfies Record<string, Pair>;

const parts = split(words);
export const kafkaEn = parts.en;
export const kafkaPt = parts.pt;
