/**
 * Turns a log entry into an explanation made of message keys and parameters (never prose: the
 * words live in src/i18n/parts/log*.ts, in every language). Pure: everything it needs beyond the
 * entry comes through an ExplainContext built from the log (see context.ts).
 *
 * This module gives each row of the event log: its one-line summary, tone, and whether it has a
 * "why". It loads with the rows (./EventRows), when the first one is shown; what the log needs
 * before that (categories, search) is in ./entry. The lines of the "why" are computed by
 * ./explain-why, which loads the first time a student opens one.
 */
import type { AmqpEvent } from '../../engine/amqp/events';
import type { Binding, Message } from '../../engine/amqp/model';
import type { ClientEvent, SimLogEntry } from '../../sim/amqp/types';
import type { logEn } from '../../i18n/parts/log';
import type { logRoutingEn } from '../../i18n/parts/log-routing';
import { logSummaryEn, logSummaryPt } from '../../i18n/parts/log-summary';
import type { logWhyEn } from '../../i18n/parts/log-why';
import { registerMessages } from '../../i18n/translate';
import { categoryOf, EMPTY_CONTEXT, type Category, type ExplainContext } from './entry';

export { categoryOf, EMPTY_CONTEXT, messageIdOf, type Category, type ExplainContext } from './entry';

registerMessages(logSummaryEn, logSummaryPt);

export type LogKey = keyof typeof logEn | keyof typeof logSummaryEn | keyof typeof logRoutingEn | keyof typeof logWhyEn;

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

export type Tone = 'normal' | 'good' | 'warn' | 'bad';

export interface Explanation {
  readonly summary: Phrase;
  /** Whether the entry has a "why"; its lines are computed on demand by ./explain-why (whyLines). */
  readonly why: boolean;
  readonly category: Category;
  readonly tone: Tone;
}

export const p = (key: LogKey, params?: Record<string, Arg>): Phrase => (params ? { key, params } : { key });
export const line = (phrase: Phrase, extra: Omit<Line, 'phrase'> = {}): Line => ({ phrase, ...extra });

/** Routing keys the broker used for a message: its key plus CC (BCC is gone by then). */
export function routingKeysOf(m: Message): string[] {
  const cc = m.properties.headers?.CC;
  const extra = cc?.kind === 'array' ? cc.value.flatMap((v) => (v.kind === 'string' ? [v.value] : [])) : [];
  return [m.routingKey, ...extra];
}

export const code = (s: string) => `\`${s}\``;

/** Whether an entry has a "why" to show (its lines load on demand, see ./explain-why). */
export function hasWhy(x: Explanation): boolean {
  return x.why;
}

// ---- summaries -----------------------------------------------------------------------------

function destOf(b: Binding): Phrase {
  return b.destinationKind === 'queue' ? p('log.queueDest', { name: b.destination }) : p('log.exchangeDest', { name: b.destination });
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

const DROP_KEY = {
  unroutable: 'log.dropped.unroutable',
  overflow: 'log.dropped.overflow',
  cycle: 'log.dropped.cycle',
  'queue-deleted': 'log.dropped.queueDeleted',
  'dlx-missing': 'log.dropped.dlxMissing',
  'no-dlx': 'log.dropped.noDlx',
  purged: 'log.dropped.purged',
  restart: 'log.dropped.restart',
  'not-persistent': 'log.dropped.notPersistent',
} as const satisfies Record<Extract<AmqpEvent, { type: 'dropped' }>['reason'], LogKey>;

/** Drops whose "why" has lines (see ./explain-why): the others say it all in their summary. */
const DROP_WHY: ReadonlySet<string> = new Set(['unroutable', 'overflow', 'cycle', 'not-persistent']);

function explainBroker(e: AmqpEvent, ctx: ExplainContext): Omit<Explanation, 'category'> {
  const x = (summary: Phrase, tone: Tone = 'normal', why = true): Omit<Explanation, 'category'> => ({ summary, why, tone });
  switch (e.type) {
    case 'published': {
      const m = e.message;
      const summary = m.exchange === '' ? p('log.publishedDefault', { key: m.routingKey }) : p('log.published', { key: m.routingKey, exchange: m.exchange });
      // The why: mandatory=true, and extra routing keys from CC.
      return x(summary, 'normal', e.mandatory || routingKeysOf(m).length > 1);
    }
    case 'routed': {
      // Binding by binding, word by word for topic, key by key for headers: see ./explain-routing.
      const msg = ctx.message(e.messageId);
      const key = (msg ? routingKeysOf(msg) : [ctx.deadLetterKey(e.messageId) ?? ''])[0] ?? '';
      if (e.queues.length === 0) return x(p('log.routedNone', { key }), 'warn');
      return x(p('log.routed', { key, queues: e.queues.map(code).join(', ') }));
    }
    case 'enqueued':
      return x(p('log.enqueued', { queue: e.queue }));
    case 'delivered':
      return x(p('log.delivered', { queue: e.queue, consumer: consumerLabel(ctx, e.channel, e.consumerTag, e.deliveryTag), tag: e.deliveryTag }));
    case 'acked':
      return x(p('log.acked', { tag: e.deliveryTag, queue: e.queue }), 'good');
    case 'nacked':
    case 'rejected': {
      const nack = e.type === 'nacked';
      const key: LogKey = e.requeue ? (nack ? 'log.nackedRequeue' : 'log.rejectedRequeue') : nack ? 'log.nackedDrop' : 'log.rejectedDrop';
      return x(p(key, { tag: e.deliveryTag, queue: e.queue }), 'warn');
    }
    case 'requeued':
      return x(p('log.requeued', { queue: e.queue }), 'warn');
    case 'expired':
      return x(p('log.expired', { queue: e.queue }), 'warn');
    case 'dead-lettered':
      return x(p('log.deadLettered', { queue: e.queue, reason: e.reason, exchange: e.exchange }), 'warn');
    case 'returned':
      return x(p('log.returned', { code: e.replyCode, text: e.replyText }), 'warn');
    case 'dropped': {
      const key = DROP_KEY[e.reason];
      return x(e.reason === 'unroutable' || e.reason === 'not-persistent' ? p(key) : p(key, { queue: e.queue ?? '' }), 'bad', DROP_WHY.has(e.reason));
    }
    case 'confirm':
      return e.ack ? x(p('log.confirmAck', { seq: e.seqNo }), 'good') : x(p('log.confirmNack', { seq: e.seqNo }), 'bad');
    case 'channel-closed':
      if (!e.byServer && e.code === 200) return x(p('log.channelClosedClient', { channel: e.channel }));
      return x(p('log.channelClosed', { channel: e.channel, code: e.code, text: e.text }), 'bad');
    case 'connection-closed':
      if (!e.byServer && e.code === 200) return x(p('log.connectionClosedClient', { connection: e.connection }));
      return x(p('log.connectionClosed', { connection: e.connection, code: e.code, text: e.text }), 'bad');
    case 'queue-declared':
      return x(p('log.queueDeclared', { queue: e.queue }), 'normal', false);
    case 'queue-deleted':
      return x(p('log.queueDeleted', { queue: e.queue }), e.messages > 0 ? 'warn' : 'normal');
    case 'exchange-declared':
      return x(p('log.exchangeDeclared', { exchange: e.exchange }), 'normal', false);
    case 'exchange-deleted':
      return x(p('log.exchangeDeleted', { exchange: e.exchange }));
    case 'binding-added':
    case 'binding-removed': {
      const b = e.binding;
      const summary = p(e.type === 'binding-added' ? 'log.bindingAdded' : 'log.bindingRemoved', { source: b.source, dest: destOf(b), key: b.routingKey });
      return x(summary, 'normal', false);
    }
    case 'consumer-added':
      return x(p('log.consumerAdded', { consumer: consumerLabel(ctx, e.channel, e.consumerTag), queue: e.queue, channel: e.channel }), 'normal', false);
    case 'consumer-cancelled':
      return x(p('log.consumerCancelled', { consumer: consumerLabel(ctx, e.channel, e.consumerTag), queue: e.queue }), e.byServer ? 'warn' : 'normal');
    case 'broker-restarted':
      return x(p('log.brokerRestarted'), 'warn');
  }
}

function explainClient(e: ClientEvent, ctx: ExplainContext): Omit<Explanation, 'category'> {
  const c = (summary: Phrase, why: boolean, tone: Tone = 'normal'): Omit<Explanation, 'category'> => ({ summary, why, tone });
  switch (e.type) {
    case 'producer-sent': {
      const producer = ctx.nodeName(e.producerId);
      return c(
        e.exchange === ''
          ? p('log.producerSentDefault', { producer, key: e.routingKey })
          : p('log.producerSent', { producer, key: e.routingKey, exchange: e.exchange }),
        false,
      );
    }
    case 'producer-unconnected':
      return c(p('log.producerUnconnected', { producer: ctx.nodeName(e.producerId) }), false, 'warn');
    case 'consumer-received':
      return c(p('log.consumerReceived', { consumer: ctx.nodeName(e.consumerId), id: e.messageId, tag: e.deliveryTag }), true);
    case 'consumer-processed':
      return c(p('log.consumerProcessed', { consumer: ctx.nodeName(e.consumerId), id: e.messageId }), true);
    case 'consumer-settled': {
      const consumer = ctx.nodeName(e.consumerId);
      if (e.action === 'ack') return c(p('log.consumerSettled.ack', { consumer, tag: e.deliveryTag }), true, 'good');
      return c(
        p(e.action === 'nack' ? 'log.consumerSettled.nack' : 'log.consumerSettled.reject', { consumer, tag: e.deliveryTag, requeue: String(e.requeue) }),
        true,
        'warn',
      );
    }
    case 'consumer-crashed':
      return c(p('log.consumerCrashed', { consumer: ctx.nodeName(e.consumerId) }), true, 'bad');
    case 'consumer-restarted':
      return c(p('log.consumerRestarted', { consumer: ctx.nodeName(e.consumerId) }), false, 'good');
    case 'settle-lost':
      return c(p('log.settleLost', { consumer: ctx.nodeName(e.consumerId), tag: e.deliveryTag }), true, 'warn');
    case 'command-failed': {
      const err = e.error;
      const params = { command: err.method ?? e.command, code: err.code, name: err.name };
      const summary = e.nodeId !== null ? p('log.commandFailed', { node: ctx.nodeName(e.nodeId), ...params }) : p('log.commandFailedNoNode', params);
      return c(summary, true, 'bad');
    }
    case 'queue-recreated':
      return c(p('log.queueRecreated', { queue: e.queue }), false, 'normal');
    case 'apps-reconnected':
      return c(p('log.appsReconnected'), false, 'good');
  }
}

export function explainEntry(entry: SimLogEntry, ctx: ExplainContext = EMPTY_CONTEXT): Explanation {
  const x = entry.source === 'broker' ? explainBroker(entry.event, ctx) : explainClient(entry.event, ctx);
  return { ...x, category: categoryOf(entry) };
}
