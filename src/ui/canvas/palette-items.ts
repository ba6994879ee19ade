import type { ExchangeType, NodeKind } from '../../scenario/types';

export const PALETTE_MIME = 'application/x-brokerlab-node';

export interface PaletteItem {
  kind: NodeKind;
  exchangeType?: ExchangeType;
}

export const PALETTE: readonly PaletteItem[] = [
  { kind: 'producer' },
  { kind: 'exchange', exchangeType: 'direct' },
  { kind: 'exchange', exchangeType: 'fanout' },
  { kind: 'exchange', exchangeType: 'topic' },
  { kind: 'exchange', exchangeType: 'headers' },
  { kind: 'queue' },
  { kind: 'consumer' },
];

const KINDS: readonly string[] = ['producer', 'exchange', 'queue', 'consumer'];
const TYPES: readonly string[] = ['direct', 'fanout', 'topic', 'headers'];

/** Drag data comes from outside the app's control (any drag source): parse, never trust. */
export function parsePaletteItem(text: string): PaletteItem | null {
  const [kind, type] = text.split(':');
  if (!kind || !KINDS.includes(kind)) return null;
  if (kind !== 'exchange') return { kind: kind as NodeKind };
  return TYPES.includes(type ?? '') ? { kind: 'exchange', exchangeType: type as ExchangeType } : null;
}

export function serializePaletteItem(item: PaletteItem): string {
  return item.exchangeType ? `${item.kind}:${item.exchangeType}` : item.kind;
}
