/**
 * Test harness: a broker with one open connection and channel, terse helpers to declare,
 * bind, publish, consume and settle, and accessors over state and events.
 */
import { createBroker, type Broker } from '../broker';
import type { AmqpCommand, CommandOk, CommandResult } from '../commands';
import type { AmqpEvent } from '../events';
import type { FieldTable } from '../field-values';
import type { MessageProperties } from '../model';
import { readyEntries } from '../queue-core';
import { toTable, type Json } from '../conformance/values';

type Cmd<T extends AmqpCommand['type']> = Omit<Extract<AmqpCommand, { type: T }>, 'type' | 'channel'>;

export class Harness {
  readonly broker: Broker;
  readonly conn: number;
  readonly ch: number;
  readonly log: AmqpEvent[] = [];

  constructor(seed = 1) {
    this.broker = createBroker({ seed });
    this.conn = (this.broker.execute({ type: 'connection.open' }) as CommandOk).connection!;
    this.ch = this.openChannel();
  }

  openChannel(confirm = false): number {
    return this.ok({ type: 'channel.open', connection: this.conn, confirm }).channel!;
  }

  run(cmd: AmqpCommand): CommandResult {
    const r = this.broker.execute(cmd);
    this.log.push(...this.broker.takeEvents());
    return r;
  }

  ok(cmd: AmqpCommand): CommandOk {
    const r = this.run(cmd);
    if (!r.ok) throw new Error(`${cmd.type} failed: ${r.error.text}`);
    return r;
  }

  exchange(name: string, type: string, opts: Partial<Cmd<'exchange.declare'>> = {}, ch = this.ch): this {
    this.ok({ type: 'exchange.declare', channel: ch, exchange: name, exchangeType: type, ...opts });
    return this;
  }

  queue(name: string, args: Record<string, Json> = {}, opts: Partial<Cmd<'queue.declare'>> = {}, ch = this.ch): this {
    this.ok({ type: 'queue.declare', channel: ch, queue: name, arguments: toTable(args), ...opts });
    return this;
  }

  bind(queue: string, exchange: string, routingKey = '', args: Record<string, Json> = {}): this {
    this.ok({ type: 'queue.bind', channel: this.ch, queue, exchange, routingKey, arguments: toTable(args) });
    return this;
  }

  bindX(destination: string, source: string, routingKey = ''): this {
    this.ok({ type: 'exchange.bind', channel: this.ch, destination, source, routingKey });
    return this;
  }

  publish(exchange: string, routingKey: string, body: string, props: MessageProperties & { h?: Record<string, Json> } = {}, ch = this.ch, mandatory = false): CommandResult {
    const { h, ...rest } = props;
    const properties: MessageProperties = h === undefined ? rest : { ...rest, headers: toTable(h) };
    return this.run({ type: 'basic.publish', channel: ch, exchange, routingKey, body, properties, mandatory });
  }

  consume(queue: string, tag: string, opts: { prefetch?: number; noAck?: boolean; ch?: number } = {}): number {
    const ch = opts.ch ?? this.openChannel();
    if (opts.prefetch !== undefined) this.ok({ type: 'basic.qos', channel: ch, prefetchCount: opts.prefetch });
    this.ok({ type: 'basic.consume', channel: ch, queue, consumerTag: tag, noAck: opts.noAck ?? false });
    return ch;
  }

  /** Bodies delivered to a consumer tag, in order. */
  deliveries(tag: string): { body: string; tag: number; redelivered: boolean; channel: number }[] {
    return this.log.flatMap((e) =>
      e.type === 'delivered' && e.consumerTag === tag ? [{ body: e.message.body, tag: e.deliveryTag, redelivered: e.redelivered, channel: e.channel }] : [],
    );
  }

  ready(queue: string): string[] {
    const q = this.broker.state.queues.get(queue);
    return q === undefined ? [] : readyEntries(q).map((e) => e.msg.body);
  }

  /** Drains a queue with basic.get and returns the messages' bodies and headers. */
  drain(queue: string): { body: string; headers: FieldTable; routingKey: string; exchange: string }[] {
    const out: { body: string; headers: FieldTable; routingKey: string; exchange: string }[] = [];
    for (;;) {
      const g = this.ok({ type: 'basic.get', channel: this.ch, queue, noAck: true }).get;
      if (g === undefined || g === null) return out;
      out.push({ body: g.message.body, headers: g.message.properties.headers ?? {}, routingKey: g.message.routingKey, exchange: g.message.exchange });
    }
  }

  advance(ms: number): void {
    const t = this.broker.now() + ms;
    for (let n = this.broker.nextDueAt(); n !== null && n <= t; n = this.broker.nextDueAt()) this.broker.advanceTo(n);
    this.broker.advanceTo(t);
    this.log.push(...this.broker.takeEvents());
  }

  events<T extends AmqpEvent['type']>(type: T): Extract<AmqpEvent, { type: T }>[] {
    return this.log.filter((e): e is Extract<AmqpEvent, { type: T }> => e.type === type);
  }
}
