/**
 * The AMQP 0-9-1 broker engine: pure and deterministic. Commands in (execute), events out
 * (takeEvents), time injected (advanceTo). Errors become results, never exceptions.
 */
import type { AmqpCommand, CommandResult } from './commands';
import type { AmqpEvent } from './events';
import { AmqpFailure, amqpError, type AmqpError } from './errors';
import { EMPTY_TABLE } from './field-values';
import type { Channel, Connection } from './model';
import { BrokerState } from './state';
import { createBuiltinExchanges, declareExchange, deleteExchangeCmd } from './exchanges';
import { declareQueue, deleteQueue, deleteQueueCmd, purgeQueue } from './queues';
import { bindCmd } from './bindings';
import { basicGet, publish } from './publish';
import { cancel, consume, qos } from './consumers';
import { ack, nack, recover, reject } from './acks';
import { closeChannel, closeConnection, openChannel, openConnection, restart } from './connections';
import { runQueue } from './queue-core';
import { takeSnapshot, type BrokerSnapshot } from './snapshot';

export interface BrokerOptions {
  readonly seed?: number;
  readonly user?: string;
  readonly vhost?: string;
}

export interface Broker {
  execute(cmd: AmqpCommand): CommandResult;
  /** Runs every timer due at or before t (TTL expiry, x-expires), then sets the clock to t. */
  advanceTo(t: number): void;
  /** When the next timer is due, or null. */
  nextDueAt(): number | null;
  now(): number;
  /** Returns and clears the events emitted since the last call. */
  takeEvents(): AmqpEvent[];
  snapshot(): BrokerSnapshot;
  /** Direct read access for tests and the UI's selectors. Do not mutate. */
  readonly state: BrokerState;
}

const OK: CommandResult = Object.freeze({ ok: true });

export function createBroker(options: BrokerOptions = {}): Broker {
  const st = new BrokerState(options.vhost ?? '/', options.user ?? 'guest', options.seed ?? 1);
  createBuiltinExchanges(st);

  const channelOf = (id: number): Channel => {
    const ch = st.channels.get(id);
    if (ch === undefined || !ch.open) throw amqpError(504, `channel ${id} is not open`);
    return ch;
  };

  const run = (cmd: AmqpCommand): CommandResult => {
    switch (cmd.type) {
      case 'connection.open':
        return { ok: true, connection: openConnection(st, cmd.user ?? st.defaultUser).id };
      case 'connection.close': {
        const c = st.connections.get(cmd.connection);
        if (c !== undefined) closeConnection(st, c, 200, 'Goodbye', false);
        return OK;
      }
      case 'channel.open': {
        const c = st.connections.get(cmd.connection);
        if (c === undefined || !c.open) throw amqpError(504, `connection ${cmd.connection} is not open`);
        return { ok: true, channel: openChannel(st, c, cmd.confirm ?? false).id };
      }
      case 'channel.close': {
        const ch = st.channels.get(cmd.channel);
        if (ch !== undefined) closeChannel(st, ch, 200, 'Goodbye', false);
        return OK;
      }
      case 'confirm.select':
        channelOf(cmd.channel).confirm = true;
        return OK;
      case 'broker.restart':
        restart(st);
        return OK;
    }
    const ch = channelOf(cmd.channel);
    switch (cmd.type) {
      case 'exchange.declare':
        declareExchange(st, {
          exchange: cmd.exchange,
          exchangeType: cmd.exchangeType ?? 'direct',
          durable: cmd.durable ?? false,
          autoDelete: cmd.autoDelete ?? false,
          internal: cmd.internal ?? false,
          passive: cmd.passive ?? false,
          arguments: cmd.arguments ?? EMPTY_TABLE,
        });
        return OK;
      case 'exchange.delete':
        deleteExchangeCmd(st, cmd.exchange, cmd.ifUnused ?? false);
        return OK;
      case 'exchange.bind':
      case 'exchange.unbind':
      case 'queue.bind':
      case 'queue.unbind':
        bindCmd(st, ch, cmd);
        return OK;
      case 'queue.declare': {
        const q = declareQueue(st, ch, {
          queue: cmd.queue,
          durable: cmd.durable ?? false,
          exclusive: cmd.exclusive ?? false,
          autoDelete: cmd.autoDelete ?? false,
          passive: cmd.passive ?? false,
          arguments: cmd.arguments ?? EMPTY_TABLE,
        });
        ch.lastQueue = q.name;
        runQueue(st, q);
        return { ok: true, queue: q.name, messageCount: q.readyCount, consumerCount: q.consumers.length };
      }
      case 'queue.delete':
        return { ok: true, messageCount: deleteQueueCmd(st, ch, cmd.queue, cmd.ifUnused ?? false, cmd.ifEmpty ?? false) };
      case 'queue.purge':
        return { ok: true, messageCount: purgeQueue(st, ch, cmd.queue) };
      case 'basic.publish': {
        const confirm = publish(st, ch, {
          exchange: cmd.exchange,
          routingKey: cmd.routingKey ?? '',
          mandatory: cmd.mandatory ?? false,
          immediate: cmd.immediate ?? false,
          properties: cmd.properties,
          body: cmd.body,
        });
        return confirm === undefined ? OK : { ok: true, confirm };
      }
      case 'basic.consume':
        return {
          ok: true,
          consumerTag: consume(st, ch, {
            queue: cmd.queue,
            consumerTag: cmd.consumerTag ?? '',
            noAck: cmd.noAck ?? false,
            exclusive: cmd.exclusive ?? false,
            arguments: cmd.arguments ?? EMPTY_TABLE,
          }),
        };
      case 'basic.cancel':
        cancel(st, ch, cmd.consumerTag);
        return OK;
      case 'basic.qos':
        qos(ch, cmd.prefetchCount, cmd.prefetchSize ?? 0, cmd.global ?? false);
        return OK;
      case 'basic.ack':
        ack(st, ch, cmd.deliveryTag, cmd.multiple ?? false);
        return OK;
      case 'basic.nack':
        nack(st, ch, cmd.deliveryTag, cmd.multiple ?? false, cmd.requeue ?? true);
        return OK;
      case 'basic.reject':
        reject(st, ch, cmd.deliveryTag, cmd.requeue ?? true);
        return OK;
      case 'basic.recover':
        recover(st, ch, cmd.requeue ?? true);
        return OK;
      case 'basic.get':
        return { ok: true, get: basicGet(st, ch, cmd.queue, cmd.noAck ?? false) };
    }
  };

  /** A channel error closes the channel; a connection error closes the connection (G.2). */
  const fail = (cmd: AmqpCommand, e: AmqpError): CommandResult => {
    const method = METHOD[cmd.type];
    const error: AmqpError = e.scope === 'channel' ? { ...e, method } : e;
    const ch = 'channel' in cmd ? st.channels.get(cmd.channel) : undefined;
    if (e.scope === 'channel' && ch !== undefined) closeChannel(st, ch, e.code, e.text, true);
    if (e.scope === 'connection') {
      const conn: Connection | undefined = ch?.connection ?? ('connection' in cmd ? st.connections.get(cmd.connection) : undefined);
      if (conn !== undefined) closeConnection(st, conn, e.code, e.text, true);
    }
    return { ok: false, error };
  };

  return {
    state: st,
    execute(cmd) {
      try {
        return run(cmd);
      } catch (e) {
        if (e instanceof AmqpFailure) return fail(cmd, e.error);
        const text = e instanceof Error ? e.message : String(e);
        return fail(cmd, { scope: 'connection', code: 541, name: 'INTERNAL_ERROR', text: `INTERNAL_ERROR - ${text}` });
      }
    },
    advanceTo(t) {
      for (let next = st.timers.peek(); next !== undefined && next.time <= t; next = st.timers.peek()) {
        st.timers.pop();
        if (next.time > st.now) st.now = next.time;
        const p = next.payload;
        if (p.queue.deleted) continue;
        if (p.kind === 'head-expiry') {
          if (p.queue.headTimerAt === p.at) p.queue.headTimerAt = -1;
          runQueue(st, p.queue);
        } else if (p.queue.expiresAt === p.at && p.queue.consumers.length === 0) {
          deleteQueue(st, p.queue, 'expires');
        }
      }
      if (t > st.now) st.now = t;
    },
    nextDueAt() {
      return st.timers.peek()?.time ?? null;
    },
    now: () => st.now,
    takeEvents() {
      const e = st.events;
      st.events = [];
      return e;
    },
    snapshot: () => takeSnapshot(st),
  };
}

const METHOD: Record<AmqpCommand['type'], string> = {
  'connection.open': 'connection.open',
  'connection.close': 'connection.close',
  'channel.open': 'channel.open',
  'channel.close': 'channel.close',
  'confirm.select': 'confirm.select',
  'exchange.declare': 'exchange.declare',
  'exchange.delete': 'exchange.delete',
  'exchange.bind': 'exchange.bind',
  'exchange.unbind': 'exchange.unbind',
  'queue.declare': 'queue.declare',
  'queue.delete': 'queue.delete',
  'queue.bind': 'queue.bind',
  'queue.unbind': 'queue.unbind',
  'queue.purge': 'queue.purge',
  'basic.publish': 'basic.publish',
  'basic.consume': 'basic.consume',
  'basic.cancel': 'basic.cancel',
  'basic.qos': 'basic.qos',
  'basic.ack': 'basic.ack',
  'basic.nack': 'basic.nack',
  'basic.reject': 'basic.reject',
  'basic.recover': 'basic.recover',
  'basic.get': 'basic.get',
  'broker.restart': 'broker.restart',
};
