import type { KafkaNodeKind } from '../../../scenario/kafka/types';

export const K_PALETTE_MIME = 'application/x-brokerlab-kafka-node';

export interface KPaletteItem {
  kind: KafkaNodeKind;
  variant?: 'source' | 'sink';
}

export const K_PALETTE: readonly KPaletteItem[] = [
  { kind: 'producer' },
  { kind: 'topic' },
  { kind: 'group' },
  { kind: 'brokers' },
  { kind: 'connect' },
  { kind: 'connector', variant: 'source' },
  { kind: 'connector', variant: 'sink' },
  { kind: 'file' },
];

export const serializeKItem = (i: KPaletteItem): string => (i.variant ? `${i.kind}:${i.variant}` : i.kind);

/** Drag data can come from anywhere: parse, never trust. */
export function parseKItem(text: string): KPaletteItem | null {
  return K_PALETTE.find((i) => serializeKItem(i) === text) ?? null;
}
