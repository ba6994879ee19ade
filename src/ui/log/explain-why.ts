/**
 * The "why" of a log entry: the lines shown under it once a student opens it. Loaded the first
 * time someone does (and by the message drawer and presenter mode, which load later themselves);
 * ./explain gives everything the log shows before that (summary, category, tone, whether there is
 * a why). Routing decisions' lines come from ./explain-routing.
 */
import type { AmqpEvent } from '../../engine/amqp/events';
import type { ClientEvent, SimLogEntry } from '../../sim/amqp/types';
import { logWhyEn, logWhyPt } from '../../i18n/parts/log-why';
import { registerMessages } from '../../i18n/translate';
import { code, line, p, routingKeysOf, type ExplainContext, type Line, type LogKey } from './explain';
import { routingLines } from './explain-routing';

registerMessages(logWhyEn, logWhyPt);

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

function droppedLines(e: Extract<AmqpEvent, { type: 'dropped' }>, ctx: ExplainContext): Line[] {
  const q = { queue: e.queue ?? '' };
  switch (e.reason) {
    case 'unroutable': {
      const m = ctx.message(e.messageId);
      const lines = m && m.exchange === '' ? [line(p('log.route.defaultMiss', { key: m.routingKey }))] : [];
      return [...lines, line(p('log.route.unroutableSilent'))];
    }
    case 'overflow':
      return [line(p('log.dropped.overflowDetail'))];
    case 'cycle':
      return [line(p('log.dropped.cycleDetail', q))];
    case 'not-persistent':
      return [line(p('log.dropped.notPersistentDetail', q))];
    case 'queue-deleted':
    case 'dlx-missing':
    case 'no-dlx':
    case 'purged':
    case 'restart':
      return [];
  }
}

function brokerLines(e: AmqpEvent, ctx: ExplainContext): Line[] {
  switch (e.type) {
    case 'published': {
      const keys = routingKeysOf(e.message);
      const lines: Line[] = [];
      if (e.mandatory) lines.push(line(p('log.published.mandatory')));
      if (keys.length > 1) lines.push(line(p('log.published.cc', { keys: keys.slice(1).map(code).join(', ') })));
      return lines;
    }
    case 'routed':
      return routingLines(e, ctx);
    case 'enqueued':
      return [line(p('log.enqueued.detail'))];
    case 'delivered': {
      const lines: Line[] = [
        line(p(e.redelivered ? 'log.delivered.redelivered' : 'log.delivered.first')),
        line(p(e.noAck ? 'log.delivered.noAck' : 'log.delivered.manual')),
      ];
      if (e.deliveryCount !== null && e.deliveryCount > 0) lines.push(line(p('log.delivered.count', { n: e.deliveryCount })));
      return lines;
    }
    case 'acked':
      return [line(p('log.acked.detail'))];
    case 'nacked':
    case 'rejected':
      return [line(p(e.requeue ? 'log.settle.requeueDetail' : 'log.settle.dropDetail'))];
    case 'requeued':
      return [line(p('log.requeued.detail'))];
    case 'expired':
      return [line(p('log.expired.detail'))];
    case 'dead-lettered': {
      const key = ctx.deadLetterKey(e.newMessageId);
      return [
        line(p(REASON_KEY[e.reason])),
        line(key !== undefined ? p('log.deadLettered.key', { key, id: e.newMessageId }) : p('log.deadLettered.newId', { id: e.newMessageId })),
        line(p('log.deadLettered.xdeath', { queue: e.queue, reason: e.reason })),
      ];
    }
    case 'returned':
      return [line(p('log.returned.detail', { key: e.routingKey, exchange: e.exchange })), ...codeLines(e.replyCode, e.replyText).slice(1)];
    case 'dropped':
      return droppedLines(e, ctx);
    case 'confirm':
      return [line(p(e.ack ? 'log.confirm.ackDetail' : 'log.confirm.nackDetail'))];
    case 'channel-closed':
      if (!e.byServer && e.code === 200) return [line(p('log.channel.requeue'))];
      return [...codeLines(e.code, e.text), line(p('log.channel.requeue'))];
    case 'connection-closed':
      if (!e.byServer && e.code === 200) return [line(p('log.connection.detail'))];
      return [...codeLines(e.code, e.text), line(p('log.connection.detail'))];
    case 'queue-deleted':
      return [line(p(`log.queueDeleted.${e.reason}`, { n: e.messages }))];
    case 'exchange-deleted':
      return [line(p(`log.exchangeDeleted.${e.reason}`))];
    case 'consumer-cancelled':
      return [...(e.byServer ? [line(p('log.consumerCancelled.server'))] : []), line(p('log.consumerCancelled.unacked'))];
    case 'broker-restarted':
      return [line(p('log.brokerRestarted.detail'))];
    case 'queue-declared':
    case 'exchange-declared':
    case 'binding-added':
    case 'binding-removed':
    case 'consumer-added':
      return [];
  }
}

function clientLines(e: ClientEvent): Line[] {
  switch (e.type) {
    case 'consumer-received':
      return [line(p(e.redelivered ? 'log.delivered.redelivered' : 'log.delivered.first'))];
    case 'consumer-processed':
      return [line(p(e.autoAck ? 'log.consumerProcessed.auto' : 'log.consumerProcessed.manual'))];
    case 'consumer-settled':
      if (e.action === 'ack') return [line(p('log.acked.detail'))];
      return [line(p(e.requeue ? 'log.settle.requeueDetail' : 'log.settle.dropDetail'))];
    case 'consumer-crashed': {
      const lines: Line[] = [];
      if (e.held - e.lost > 0) lines.push(line(p('log.consumerCrashed.held', { n: e.held - e.lost })));
      if (e.lost > 0) lines.push(line(p('log.consumerCrashed.lost', { n: e.lost })));
      lines.push(line(p('log.consumerCrashed.restart')));
      return lines;
    }
    case 'settle-lost':
      return [line(p('log.settleLost.detail'))];
    case 'command-failed': {
      const err = e.error;
      return [...codeLines(err.code, err.text), line(p(err.scope === 'connection' ? 'log.scope.connection' : 'log.scope.channel'))];
    }
    case 'producer-sent':
    case 'producer-unconnected':
    case 'consumer-restarted':
    case 'queue-recreated':
    case 'apps-reconnected':
      return [];
  }
}

/** An entry's "why", line by line (empty when its summary says it all: see Explanation.why). */
export function whyLines(entry: SimLogEntry, ctx: ExplainContext): readonly Line[] {
  return entry.source === 'broker' ? brokerLines(entry.event, ctx) : clientLines(entry.event);
}
