/**
 * Turns a log entry into an explanation made of message keys and parameters (never prose: the
 * words live in src/i18n/parts/log.ts, in every language). Pure: everything it needs beyond the
 * entry comes through an ExplainContext built from the log (see context.ts).
 */
import type { AmqpEvent, DropReason } from '../../engine/amqp/events';
import type { FieldValue } from '../../engine/amqp/field-values';
import type { Binding, ExchangeType, Message } from '../../engine/amqp/model';
import type { ClientEvent, SimLogEntry } from '../../sim/amqp/types';
import type { logEn } from '../../i18n/parts/log';
import type { logRoutingEn } from '../../i18n/parts/log-routing';

export type LogKey = keyof typeof logEn | keyof typeof logRoutingEn;

/** A parameter: plain text, a nested phrase, or a list of phrases (joined with ", "). */
export type Arg = string | number | Phrase | readonly Phrase[];

export interface Phrase {
  readonly key: LogKey;
  readonly params?: Readonly<Record<string, Arg>>;
}

/** One line of a "why": a phrase, whether it is a success/failure (✔/✘) and its indent. */
export interface Line {
  readonly phrase: Phrase;
  readonly ok?: boolean;
  readonly depth?: number;
  /** Where a binding leads ("queue `filial`"), shown before the phrase. */
  readonly dest?: Phrase;
}

export type Category = 'routing' | 'delivery' | 'acks' | 'drops' | 'errors' | 'clients' | 'topology';
export const CATEGORIES: readonly Category[] = ['routing', 'delivery', 'acks', 'drops', 'errors', 'clients', 'topology'];

export type Tone = 'normal' | 'good' | 'warn' | 'bad';

export interface Explanation {
  readonly summary: Phrase;
  readonly lines: readonly Line[];
  /** The lines are computed on demand by ./explain-routing (see routingLines). */
  readonly deferred?: true;
  readonly category: Category;
  readonly tone: Tone;
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

export const p = (key: LogKey, params?: Record<string, Arg>): Phrase => (params ? { key, params } : { key });
export const line = (phrase: Phrase, extra: Omit<Line, 'phrase'> = {}): Line => ({ phrase, ...extra });

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

/** Routing keys the broker used for a message: its key plus CC (BCC is gone by then). */
export function routingKeysOf(m: Message): string[] {
  const cc = m.properties.headers?.CC;
  const extra = cc?.kind === 'array' ? cc.value.flatMap((v) => (v.kind === 'string' ? [v.value] : [])) : [];
  return [m.routingKey, ...extra];
}

/** A field value as a student reads it: strings bare, numbers and booleans as written. */
export function formatValue(v: FieldValue): string {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'bool':
    case 'int':
    case 'float':
    case 'decimal':
    case 'timestamp':
      return String(v.value);
    case 'bytes':
      return v.base64;
    case 'void':
      return '∅';
    case 'array':
      return `[${v.value.map(formatValue).join(', ')}]`;
    case 'table':
      return `{${Object.entries(v.value)
        .map(([k, x]) => `${k}: ${formatValue(x)}`)
        .join(', ')}}`;
  }
}

export const code = (s: string) => `\`${s}\``;

/** Whether an entry has a "why" to show (computed now, or on demand for routing decisions). */
export function hasWhy(x: Explanation): boolean {
  return x.lines.length > 0 || x.deferred === true;
}

// ---- routing -------------------------------------------------------------------------------

function destOf(b: Binding): Phrase {
  return b.destinationKind === 'queue' ? p('log.queueDest', { name: b.destination }) : p('log.exchangeDest', { name: b.destination });
}

/**
 * A routing decision. The summary is immediate; the "why" (binding by binding, word by word for
 * topic, key by key for headers) is computed by ./explain-routing, which loads the first time a
 * student asks why.
 */
function explainRouted(e: Extract<AmqpEvent, { type: 'routed' }>, ctx: ExplainContext): Explanation {
  const msg = ctx.message(e.messageId);
  const key = (msg ? routingKeysOf(msg) : [ctx.deadLetterKey(e.messageId) ?? ''])[0] ?? '';
  if (e.queues.length === 0) return { summary: p('log.routedNone', { key }), lines: [], deferred: true, category: 'routing', tone: 'warn' };
  return { summary: p('log.routed', { key, queues: e.queues.map(code).join(', ') }), lines: [], deferred: true, category: 'routing', tone: 'normal' };
}

// ---- the rest ------------------------------------------------------------------------------

const REASON_KEY = {
  rejected: 'log.reason.rejected',
  expired: 'log.reason.expired',
  maxlen: 'log.reason.maxlen',
  delivery_limit: 'log.reason.delivery_limit',
} as const satisfies Record<string, LogKey>;

const CODE_KEY: Partial<Record<number, LogKey>> = {
  200: 'log.code.200',
  312: 'log.code.312',
  320: 'log.code.320',
  403: 'log.code.403',
  404: 'log.code.404',
  405: 'log.code.405',
  406: 'log.code.406',
  530: 'log.code.530',
  540: 'log.code.540',
};

function codeLines(codeNo: number, text: string): Line[] {
  const out: Line[] = [line(p('log.rabbitText', { text }))];
  const k = CODE_KEY[codeNo];
  if (k) out.push(line(p(k)));
  return out;
}

function dropped(e: Extract<AmqpEvent, { type: 'dropped' }>, ctx: ExplainContext): Explanation {
  const queue = e.queue ?? '';
  const q = { queue };
  const bad = (summary: Phrase, lines: Line[] = []): Explanation => ({ summary, lines, category: 'drops', tone: 'bad' });
  const reason: DropReason = e.reason;
  switch (reason) {
    case 'unroutable': {
      const m = ctx.message(e.messageId);
      const lines = m && m.exchange === '' ? [line(p('log.route.defaultMiss', { key: m.routingKey }))] : [];
      return bad(p('log.dropped.unroutable'), [...lines, line(p('log.route.unroutableSilent'))]);
    }
    case 'overflow':
      return bad(p('log.dropped.overflow', q), [line(p('log.dropped.overflowDetail'))]);
    case 'cycle':
      return bad(p('log.dropped.cycle', q), [line(p('log.dropped.cycleDetail', q))]);
    case 'queue-deleted':
      return bad(p('log.dropped.queueDeleted', q));
    case 'dlx-missing':
      return bad(p('log.dropped.dlxMissing', q));
    case 'no-dlx':
      return bad(p('log.dropped.noDlx', q));
    case 'purged':
      return bad(p('log.dropped.purged', q));
    case 'restart':
      return bad(p('log.dropped.restart', q));
    case 'not-persistent':
      return bad(p('log.dropped.notPersistent'), [line(p('log.dropped.notPersistentDetail', q))]);
  }
}

function consumerLabel(ctx: ExplainContext, channel: number, consumerTag: string | null, deliveryTag?: number): Arg {
  if (deliveryTag !== undefined) {
    const id = ctx.consumerOf(channel, deliveryTag);
    if (id !== undefined) return ctx.nodeName(id);
  }
  if (consumerTag === null) return p('log.basicGet');
  const byTag = ctx.consumerOfTag(channel, consumerTag);
  return byTag !== undefined ? ctx.nodeName(byTag) : p('log.consumerTag', { tag: consumerTag });
}

function explainBroker(e: AmqpEvent, ctx: ExplainContext): Explanation {
  switch (e.type) {
    case 'published': {
      const m = e.message;
      const keys = routingKeysOf(m);
      const lines: Line[] = [];
      if (e.mandatory) lines.push(line(p('log.published.mandatory')));
      if (keys.length > 1) lines.push(line(p('log.published.cc', { keys: keys.slice(1).map(code).join(', ') })));
      const summary = m.exchange === '' ? p('log.publishedDefault', { key: m.routingKey }) : p('log.published', { key: m.routingKey, exchange: m.exchange });
      return { summary, lines, category: 'routing', tone: 'normal' };
    }
    case 'routed':
      return explainRouted(e, ctx);
    case 'enqueued':
      return { summary: p('log.enqueued', { queue: e.queue }), lines: [line(p('log.enqueued.detail'))], category: 'routing', tone: 'normal' };
    case 'delivered': {
      const lines: Line[] = [
        line(p(e.redelivered ? 'log.delivered.redelivered' : 'log.delivered.first')),
        line(p(e.noAck ? 'log.delivered.noAck' : 'log.delivered.manual')),
      ];
      if (e.deliveryCount !== null && e.deliveryCount > 0) lines.push(line(p('log.delivered.count', { n: e.deliveryCount })));
      return {
        summary: p('log.delivered', { queue: e.queue, consumer: consumerLabel(ctx, e.channel, e.consumerTag, e.deliveryTag), tag: e.deliveryTag }),
        lines,
        category: 'delivery',
        tone: 'normal',
      };
    }
    case 'acked':
      return { summary: p('log.acked', { tag: e.deliveryTag, queue: e.queue }), lines: [line(p('log.acked.detail'))], category: 'acks', tone: 'good' };
    case 'nacked':
    case 'rejected': {
      const nack = e.type === 'nacked';
      const key: LogKey = e.requeue ? (nack ? 'log.nackedRequeue' : 'log.rejectedRequeue') : nack ? 'log.nackedDrop' : 'log.rejectedDrop';
      return {
        summary: p(key, { tag: e.deliveryTag, queue: e.queue }),
        lines: [line(p(e.requeue ? 'log.settle.requeueDetail' : 'log.settle.dropDetail'))],
        category: 'acks',
        tone: 'warn',
      };
    }
    case 'requeued':
      return { summary: p('log.requeued', { queue: e.queue }), lines: [line(p('log.requeued.detail'))], category: 'delivery', tone: 'warn' };
    case 'expired':
      return { summary: p('log.expired', { queue: e.queue }), lines: [line(p('log.expired.detail'))], category: 'drops', tone: 'warn' };
    case 'dead-lettered': {
      const reason = p(REASON_KEY[e.reason]);
      const key = ctx.deadLetterKey(e.newMessageId);
      return {
        summary: p('log.deadLettered', { queue: e.queue, reason: e.reason, exchange: e.exchange }),
        lines: [
          line(reason),
          line(key !== undefined ? p('log.deadLettered.key', { key, id: e.newMessageId }) : p('log.deadLettered.newId', { id: e.newMessageId })),
          line(p('log.deadLettered.xdeath', { queue: e.queue, reason: e.reason })),
        ],
        category: 'drops',
        tone: 'warn',
      };
    }
    case 'returned':
      return {
        summary: p('log.returned', { code: e.replyCode, text: e.replyText }),
        lines: [line(p('log.returned.detail', { key: e.routingKey, exchange: e.exchange })), ...codeLines(e.replyCode, e.replyText).slice(1)],
        category: 'drops',
        tone: 'warn',
      };
    case 'dropped':
      return dropped(e, ctx);
    case 'confirm':
      return e.ack
        ? { summary: p('log.confirmAck', { seq: e.seqNo }), lines: [line(p('log.confirm.ackDetail'))], category: 'routing', tone: 'good' }
        : { summary: p('log.confirmNack', { seq: e.seqNo }), lines: [line(p('log.confirm.nackDetail'))], category: 'errors', tone: 'bad' };
    case 'channel-closed': {
      if (!e.byServer && e.code === 200)
        return { summary: p('log.channelClosedClient', { channel: e.channel }), lines: [line(p('log.channel.requeue'))], category: 'clients', tone: 'normal' };
      return {
        summary: p('log.channelClosed', { channel: e.channel, code: e.code, text: e.text }),
        lines: [...codeLines(e.code, e.text), line(p('log.channel.requeue'))],
        category: 'errors',
        tone: 'bad',
      };
    }
    case 'connection-closed': {
      if (!e.byServer && e.code === 200)
        return { summary: p('log.connectionClosedClient', { connection: e.connection }), lines: [line(p('log.connection.detail'))], category: 'clients', tone: 'normal' };
      return {
        summary: p('log.connectionClosed', { connection: e.connection, code: e.code, text: e.text }),
        lines: [...codeLines(e.code, e.text), line(p('log.connection.detail'))],
        category: 'errors',
        tone: 'bad',
      };
    }
    case 'queue-declared':
      return { summary: p('log.queueDeclared', { queue: e.queue }), lines: [], category: 'topology', tone: 'normal' };
    case 'queue-deleted':
      return {
        summary: p('log.queueDeleted', { queue: e.queue }),
        lines: [line(p(`log.queueDeleted.${e.reason}`, { n: e.messages }))],
        category: 'topology',
        tone: e.messages > 0 ? 'warn' : 'normal',
      };
    case 'exchange-declared':
      return { summary: p('log.exchangeDeclared', { exchange: e.exchange }), lines: [], category: 'topology', tone: 'normal' };
    case 'exchange-deleted':
      return { summary: p('log.exchangeDeleted', { exchange: e.exchange }), lines: [line(p(`log.exchangeDeleted.${e.reason}`))], category: 'topology', tone: 'normal' };
    case 'binding-added':
    case 'binding-removed': {
      const b = e.binding;
      const summary = p(e.type === 'binding-added' ? 'log.bindingAdded' : 'log.bindingRemoved', { source: b.source, dest: destOf(b), key: b.routingKey });
      return { summary, lines: [], category: 'topology', tone: 'normal' };
    }
    case 'consumer-added':
      return {
        summary: p('log.consumerAdded', { consumer: consumerLabel(ctx, e.channel, e.consumerTag), queue: e.queue, channel: e.channel }),
        lines: [],
        category: 'topology',
        tone: 'normal',
      };
    case 'consumer-cancelled':
      return {
        summary: p('log.consumerCancelled', { consumer: consumerLabel(ctx, e.channel, e.consumerTag), queue: e.queue }),
        lines: [...(e.byServer ? [line(p('log.consumerCancelled.server'))] : []), line(p('log.consumerCancelled.unacked'))],
        category: 'topology',
        tone: e.byServer ? 'warn' : 'normal',
      };
    case 'broker-restarted':
      return { summary: p('log.brokerRestarted'), lines: [line(p('log.brokerRestarted.detail'))], category: 'errors', tone: 'warn' };
  }
}

function explainClient(e: ClientEvent, ctx: ExplainContext): Explanation {
  const c = (summary: Phrase, lines: Line[] = [], tone: Tone = 'normal', category: Category = 'clients'): Explanation => ({ summary, lines, category, tone });
  switch (e.type) {
    case 'producer-sent': {
      const producer = ctx.nodeName(e.producerId);
      return c(
        e.exchange === ''
          ? p('log.producerSentDefault', { producer, key: e.routingKey })
          : p('log.producerSent', { producer, key: e.routingKey, exchange: e.exchange }),
      );
    }
    case 'producer-unconnected':
      return c(p('log.producerUnconnected', { producer: ctx.nodeName(e.producerId) }), [], 'warn');
    case 'consumer-received':
      return c(
        p('log.consumerReceived', { consumer: ctx.nodeName(e.consumerId), id: e.messageId, tag: e.deliveryTag }),
        [line(p(e.redelivered ? 'log.delivered.redelivered' : 'log.delivered.first'))],
      );
    case 'consumer-processed':
      return c(p('log.consumerProcessed', { consumer: ctx.nodeName(e.consumerId), id: e.messageId }), [
        line(p(e.autoAck ? 'log.consumerProcessed.auto' : 'log.consumerProcessed.manual')),
      ]);
    case 'consumer-settled': {
      const consumer = ctx.nodeName(e.consumerId);
      if (e.action === 'ack') return c(p('log.consumerSettled.ack', { consumer, tag: e.deliveryTag }), [line(p('log.acked.detail'))], 'good');
      return c(
        p(e.action === 'nack' ? 'log.consumerSettled.nack' : 'log.consumerSettled.reject', { consumer, tag: e.deliveryTag, requeue: String(e.requeue) }),
        [line(p(e.requeue ? 'log.settle.requeueDetail' : 'log.settle.dropDetail'))],
        'warn',
      );
    }
    case 'consumer-crashed': {
      const lines: Line[] = [];
      if (e.held - e.lost > 0) lines.push(line(p('log.consumerCrashed.held', { n: e.held - e.lost })));
      if (e.lost > 0) lines.push(line(p('log.consumerCrashed.lost', { n: e.lost })));
      lines.push(line(p('log.consumerCrashed.restart')));
      return c(p('log.consumerCrashed', { consumer: ctx.nodeName(e.consumerId) }), lines, 'bad', 'errors');
    }
    case 'consumer-restarted':
      return c(p('log.consumerRestarted', { consumer: ctx.nodeName(e.consumerId) }), [], 'good');
    case 'settle-lost':
      return c(p('log.settleLost', { consumer: ctx.nodeName(e.consumerId), tag: e.deliveryTag }), [line(p('log.settleLost.detail'))], 'warn', 'errors');
    case 'command-failed': {
      const err = e.error;
      const params = { command: err.method ?? e.command, code: err.code, name: err.name };
      const summary = e.nodeId !== null ? p('log.commandFailed', { node: ctx.nodeName(e.nodeId), ...params }) : p('log.commandFailedNoNode', params);
      return c(summary, [...codeLines(err.code, err.text), line(p(err.scope === 'connection' ? 'log.scope.connection' : 'log.scope.channel'))], 'bad', 'errors');
    }
    case 'queue-recreated':
      return c(p('log.queueRecreated', { queue: e.queue }), [], 'normal', 'topology');
    case 'apps-reconnected':
      return c(p('log.appsReconnected'), [], 'good');
  }
}

export function explainEntry(entry: SimLogEntry, ctx: ExplainContext = EMPTY_CONTEXT): Explanation {
  return entry.source === 'broker' ? explainBroker(entry.event, ctx) : explainClient(entry.event, ctx);
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
