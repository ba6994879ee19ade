/**
 * basic.publish (broker-semantics B) and basic.get (D.6).
 */
import { amqpError, notFound } from './errors';
import type { FieldValue } from './field-values';
import type { GetOk } from './commands';
import { EMPTY_PROPERTIES, type Channel, type Message, type MessageProperties } from './model';
import type { BrokerState } from './state';
import { route } from './routing/route';
import { dropExpiredHeads, enforceLimits, enqueue, popHead, runQueue } from './queue-core';
import { byteLength, checkExclusive, checkName, expandQueueName, lookupQueue, touchExpires } from './queues';

export interface PublishRequest {
  exchange: string;
  routingKey: string;
  mandatory: boolean;
  immediate: boolean;
  properties: MessageProperties | undefined;
  body: string;
}

function strings(v: FieldValue | undefined): string[] {
  if (v === undefined || v.kind !== 'array') return [];
  return v.value.flatMap((x) => (x.kind === 'string' ? [x.value] : []));
}

/** rabbit_basic parse_expiration: a non-negative integer string, else a 406 naming the Erlang error. */
function checkExpiration(exp: string | undefined): void {
  if (exp === undefined) return;
  const m = /^[+-]?\d+/.exec(exp);
  let err: string | null = null;
  if (m === null) err = 'no_integer';
  else if (m[0].length < exp.length) err = `{leftover_string,${JSON.stringify(exp.slice(m[0].length))}}`;
  else if (Number(m[0]) < 0) err = `{value_negative,${Number(m[0])}}`;
  if (err !== null) throw amqpError(406, `invalid expiration '${exp}': ${err}`);
}

export function publish(st: BrokerState, ch: Channel, r: PublishRequest): 'ack' | 'nack' | undefined {
  if (r.immediate) throw amqpError(540, 'immediate=true');
  checkName(r.routingKey, 'routing key');
  const x = st.exchanges.get(r.exchange);
  if (x === undefined) throw notFound('exchange', r.exchange, st.vhost);
  if (x.internal) throw amqpError(403, `cannot publish to internal exchange '${x.name}' in vhost '${st.vhost}'`);
  let props = r.properties ?? EMPTY_PROPERTIES;
  if (props.userId !== undefined && props.userId !== ch.connection.user) {
    throw amqpError(406, `user_id property set to '${props.userId}' but authenticated user was '${ch.connection.user}'`);
  }
  checkExpiration(props.expiration);
  const seqNo = ch.confirm ? ++ch.publishSeq : 0;
  const h = props.headers;
  let keys: readonly string[] = [r.routingKey];
  if (h !== undefined && ('CC' in h || 'BCC' in h)) {
    keys = [r.routingKey, ...strings(h['CC']), ...strings(h['BCC'])];
    if ('BCC' in h) {
      const { BCC: _bcc, ...rest } = h;
      props = { ...props, headers: rest };
    }
  }
  const msg: Message = { id: st.nextMessageId++, exchange: x.name, routingKey: r.routingKey, properties: props, body: r.body, size: byteLength(r.body) };
  st.emit({ type: 'published', channel: ch.id, message: msg, mandatory: r.mandatory });
  const { queues, hops } = route(st, x, keys, props.headers);
  st.emit({ type: 'routed', messageId: msg.id, hops, queues: queues.map((q) => q.name) });
  let accepted = true;
  if (queues.length === 0) {
    if (r.mandatory) {
      st.emit({ type: 'returned', channel: ch.id, message: msg, replyCode: 312, replyText: 'NO_ROUTE', exchange: x.name, routingKey: r.routingKey });
    } else {
      st.emit({ type: 'dropped', messageId: msg.id, queue: null, reason: 'unroutable' });
    }
  } else {
    for (let i = 0; i < queues.length; i++) if (!enqueue(st, queues[i], msg)) accepted = false;
  }
  if (!ch.confirm) return undefined;
  st.emit({ type: 'confirm', channel: ch.id, seqNo, ack: accepted });
  return accepted ? 'ack' : 'nack';
}

export function basicGet(st: BrokerState, ch: Channel, queue: string, noAck: boolean): GetOk | null {
  const q = lookupQueue(st, expandQueueName(ch, queue));
  checkExclusive(st, q, ch);
  touchExpires(st, q);
  dropExpiredHeads(st, q);
  const e = popHead(q);
  if (e === undefined) {
    runQueue(st, q);
    return null;
  }
  const tag = ch.nextTag++;
  if (!noAck) ch.unacked.set(tag, { tag, entry: e, queue: q.name, consumer: null });
  const deliveryCount = q.args.type === 'quorum' ? e.deliveryCount : null;
  st.emit({ type: 'delivered', queue: q.name, channel: ch.id, consumerTag: null, deliveryTag: tag, redelivered: e.redelivered, noAck, message: e.msg, deliveryCount });
  dropExpiredHeads(st, q);
  enforceLimits(st, q);
  runQueue(st, q);
  return { message: e.msg, deliveryTag: tag, redelivered: e.redelivered, deliveryCount, messageCount: q.readyCount };
}
