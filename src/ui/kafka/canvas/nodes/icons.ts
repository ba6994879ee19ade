import type { KafkaNodeKind } from '../../../../scenario/kafka/types';

/** One icon per node kind, shared by the palette and the nodes. */
export const K_ICONS: Readonly<Record<KafkaNodeKind, string>> = {
  producer: '✉',
  topic: '▤',
  group: '⚙',
  brokers: '⛁',
  connect: '⇆',
  connector: '⇌',
  file: '¶',
};
