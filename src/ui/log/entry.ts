/**
 * What the event log needs before any entry is explained: each entry's category (for the filters
 * and the count), the message it is about, and the text the search box matches. The explanations
 * themselves (./explain, with their words) load when the first row is shown.
 */
import type { ExchangeType, Message } from '../../engine/amqp/model';
import type { SimLogEntry } from '../../sim/amqp/types';

export type Category = 'routing' | 'delivery' | 'acks' | 'drops' | 'errors' | 'clients' | 'topology';
export const CATEGORIES: readonly Category[] = ['routing', 'delivery', 'acks', 'drops', 'errors', 'clients', 'topology'];

const BROKER_CATEGORY = {
  published: 'routing',
  routed: 'routing',
  enqueued: 'routing',
  delivered: 'delivery',
  acked: 'acks',
  nacked: 'acks',
  rejected: 'acks',
  requeued: 'delivery',
  expired: 'drops',
  'dead-lettered': 'drops',
  returned: 'drops',
  dropped: 'drops',
  confirm: 'routing',
  'channel-closed': 'errors',
  'connection-closed': 'errors',
  'queue-declared': 'topology',
  'queue-deleted': 'topology',
  'exchange-declared': 'topology',
  'exchange-deleted': 'topology',
  'binding-added': 'topology',
  'binding-removed': 'topology',
  'consumer-added': 'topology',
  'consumer-cancelled': 'topology',
  'broker-restarted': 'errors',
} as const satisfies Record<Extract<SimLogEntry, { source: 'broker' }>['event']['type'], Category>;

const CLIENT_CATEGORY = {
  'producer-sent': 'clients',
  'producer-unconnected': 'clients',
  'consumer-received': 'clients',
  'consumer-processed': 'clients',
  'consumer-settled': 'clients',
  'consumer-crashed': 'errors',
  'consumer-restarted': 'clients',
  'settle-lost': 'errors',
  'command-failed': 'errors',
  'queue-recreated': 'topology',
  'apps-reconnected': 'clients',
} as const satisfies Record<Extract<SimLogEntry, { source: 'client' }>['event']['type'], Category>;

/** The filter an entry belongs to. */
export function categoryOf(entry: SimLogEntry): Category {
  if (entry.source === 'client') return CLIENT_CATEGORY[entry.event.type];
  const e = entry.event;
  // A refused publish is an error; a client's own normal close is client business.
  if (e.type === 'confirm') return e.ack ? 'routing' : 'errors';
  if ((e.type === 'channel-closed' || e.type === 'connection-closed') && !e.byServer && e.code === 200) return 'clients';
  return BROKER_CATEGORY[e.type];
}

/** What an explanation may need besides the entry itself. */
export interface ExplainContext {
  /** A message known from the log (published, delivered, returned, or derived by dead-lettering). */
  message(id: number): Message | undefined;
  /** The exchange's type, if known (it may have been deleted since). */
  exchangeType(name: string): ExchangeType | undefined;
  /** A scenario node's display name (producer, consumer...), or the id. */
  nodeName(nodeId: string): string;
  /** The scenario consumer that got this delivery, if known. */
  consumerOf(channel: number, deliveryTag: number): string | undefined;
  /** The consumer owning a consumer tag, if known. */
  consumerOfTag(channel: number, consumerTag: string): string | undefined;
  /** Whether the message was published with mandatory=true. */
  mandatory(id: number): boolean;
  /** The routing key a dead-lettered copy got, if known. */
  deadLetterKey(newMessageId: number): string | undefined;
}

export const EMPTY_CONTEXT: ExplainContext = {
  message: () => undefined,
  exchangeType: () => undefined,
  nodeName: (id) => id,
  consumerOf: () => undefined,
  consumerOfTag: () => undefined,
  mandatory: () => false,
  deadLetterKey: () => undefined,
};

/** The message an entry is about (the one to select when its row is clicked). */
export function messageIdOf(entry: SimLogEntry): number | null {
  const e = entry.event;
  if (entry.source === 'broker') {
    switch (e.type) {
      case 'published':
      case 'delivered':
      case 'returned':
        return (e as { message: Message }).message.id;
      case 'routed':
      case 'enqueued':
      case 'acked':
      case 'nacked':
      case 'rejected':
      case 'requeued':
      case 'expired':
      case 'dead-lettered':
      case 'dropped':
        return (e as { messageId: number }).messageId;
      default:
        return null;
    }
  }
  switch (e.type) {
    case 'consumer-received':
    case 'consumer-settled':
    case 'consumer-processed':
      return e.messageId;
    default:
      return null;
  }
}

/** Text the search box matches: names, keys and ids, never translated words. */
export function searchText(entry: SimLogEntry, ctx: ExplainContext = EMPTY_CONTEXT): string {
  const parts: string[] = [entry.event.type];
  const id = messageIdOf(entry);
  if (id !== null) {
    parts.push(`#${id}`);
    const m = ctx.message(id);
    if (m) parts.push(m.routingKey, m.exchange);
  }
  const e = entry.event as unknown as Record<string, unknown>;
  for (const k of ['queue', 'exchange', 'routingKey', 'consumerTag', 'text', 'command']) if (typeof e[k] === 'string') parts.push(e[k]);
  for (const k of ['producerId', 'consumerId', 'nodeId']) if (typeof e[k] === 'string') parts.push(ctx.nodeName(e[k]));
  if (entry.source === 'broker') {
    const ev = entry.event;
    if (ev.type === 'routed') parts.push(...ev.queues, ...ev.hops.map((h) => h.exchange));
    if (ev.type === 'published' || ev.type === 'delivered' || ev.type === 'returned') parts.push(ev.message.routingKey);
    if (ev.type === 'binding-added' || ev.type === 'binding-removed') parts.push(ev.binding.source, ev.binding.destination, ev.binding.routingKey);
    if (ev.type === 'dead-lettered') parts.push(`#${ev.newMessageId}`);
  }
  return parts.join(' ').toLowerCase();
}
