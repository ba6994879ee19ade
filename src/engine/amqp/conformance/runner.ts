/**
 * Replays a conformance scenario (FORMAT.md) on the engine and produces the result record a
 * real broker run produced: client-side labels for connections, channels and consumers,
 * implicit opening, aliases for server-named queues, observe-by-draining, simulated time.
 */
import { createBroker, type Broker } from '../broker';
import type { AmqpCommand, CommandResult } from '../commands';
import type { AmqpError } from '../errors';
import { messageRecord, toProperties, toTable, type Json } from './values';

export interface Scenario {
  readonly name: string;
  readonly description?: string;
  readonly steps: readonly Step[];
}
export type Step = { readonly op: string } & { readonly [k: string]: Json };
type Rec = { [k: string]: Json };

class StepFailure extends Error {
  constructor(readonly record: Rec) {
    super('step failed');
  }
}
/** A scenario field as text (scenarios are untrusted JSON). */
function txt(v: Json | undefined, fallback = ''): string {
  if (v === undefined || v === null) return fallback;
  return typeof v === 'string' ? v : JSON.stringify(v);
}
const clientError = (kind: string, detail: string): StepFailure => new StepFailure({ client: kind, detail });

interface ChannelSlot {
  id: number | null;
  conn: string;
  confirm: boolean;
  brokerClosed: boolean;
}
interface ConsumerSlot {
  channel: string;
  active: boolean;
  cancelledByServer: boolean;
  deliveries: { tag: number; record: Rec; channelId: number }[];
}

const OBSERVE = '\u0000observe';

export function runScenario(scenario: Scenario): Rec {
  return new Replay(scenario).run();
}

class Replay {
  private readonly broker: Broker = createBroker({ seed: 1 });
  private readonly conns = new Map<string, number>();
  private readonly chans = new Map<string, ChannelSlot>();
  private readonly chanConn = new Map<string, string>();
  private readonly consumers = new Map<string, ConsumerSlot>();
  private readonly byTag = new Map<string, string>();
  private readonly gets = new Map<string, { channel: string; tag: number }>();
  private readonly aliases = new Map<string, string>();
  private readonly returns: Rec[] = [];
  private readonly channelErrors: Rec[] = [];
  private readonly chanLabelById = new Map<number, string>();
  private step = 0;

  constructor(private readonly scenario: Scenario) {}

  run(): Rec {
    const steps: Rec[] = [];
    this.scenario.steps.forEach((s, i) => {
      this.step = i;
      try {
        steps.push({ op: s.op, ok: true, ...this.apply(s) });
      } catch (e) {
        if (!(e instanceof StepFailure)) throw e;
        steps.push({ op: s.op, ok: false, error: e.record });
      }
    });
    const result: Rec = { name: this.scenario.name, description: this.scenario.description ?? '', steps };
    const last = this.scenario.steps[this.scenario.steps.length - 1];
    if (last?.op !== 'observe') {
      this.step = this.scenario.steps.length;
      this.advance(this.broker.now() + 300);
      result['final'] = this.observe();
    }
    const consumers: Rec = {};
    for (const [name, c] of this.consumers) {
      consumers[name] = { deliveries: c.deliveries.map((d) => d.record), ...(c.cancelledByServer ? { cancelledByServer: true } : {}) };
    }
    result['consumers'] = consumers;
    result['returns'] = this.returns;
    result['channelErrors'] = this.channelErrors;
    return this.unalias(result) as Rec;
  }

  // ---- engine access ----------------------------------------------------------------------

  private drain(): void {
    for (const e of this.broker.takeEvents()) {
      if (e.type === 'delivered' && e.consumerTag !== null) {
        const name = this.byTag.get(`${e.channel}:${e.consumerTag}`);
        const c = name === undefined ? undefined : this.consumers.get(name);
        c?.deliveries.push({ tag: e.deliveryTag, channelId: e.channel, record: messageRecord(e.message, e.redelivered, e.deliveryCount) });
      } else if (e.type === 'returned') {
        this.returns.push({
          step: this.step,
          channel: this.chanLabelById.get(e.channel) ?? '',
          body: e.message.body,
          replyCode: e.replyCode,
          replyText: e.replyText,
          exchange: e.exchange,
          routingKey: e.routingKey,
        });
      } else if (e.type === 'consumer-cancelled' && e.byServer) {
        const name = this.byTag.get(`${e.channel}:${e.consumerTag}`);
        const c = name === undefined ? undefined : this.consumers.get(name);
        if (c !== undefined) {
          c.cancelledByServer = true;
          c.active = false;
        }
      }
    }
  }

  private exec(cmd: AmqpCommand, label: string, record = true): CommandResult & { ok: true } {
    const r = this.broker.execute(cmd);
    this.drain();
    if (r.ok) return r;
    throw new StepFailure(this.onError(r.error, label, record));
  }

  private onError(e: AmqpError, label: string, record: boolean): Rec {
    const slot = this.chans.get(label);
    const conn = slot?.conn ?? 'default';
    let rec: Rec;
    if (e.scope === 'connection') {
      rec = { scope: 'connection', connection: conn, code: e.code, text: e.text };
      this.conns.delete(conn);
      for (const s of this.chans.values()) if (s.conn === conn) s.brokerClosed = true;
    } else {
      rec = { scope: 'channel', channel: label, code: e.code, text: e.text, method: e.method ?? '' };
      if (slot !== undefined) slot.brokerClosed = true;
    }
    if (record) this.channelErrors.push({ step: this.step, ...rec });
    return rec;
  }

  private connection(label: string): number {
    const id = this.conns.get(label);
    if (id !== undefined) return id;
    const r = this.broker.execute({ type: 'connection.open' });
    if (!r.ok || r.connection === undefined) throw clientError('connection-closed', label);
    this.conns.set(label, r.connection);
    return r.connection;
  }

  private openChannel(label: string, conn: string, confirm: boolean): number {
    const r = this.broker.execute({ type: 'channel.open', connection: this.connection(conn), confirm });
    if (!r.ok || r.channel === undefined) throw clientError('connection-closed', conn);
    this.chans.set(label, { id: r.channel, conn, confirm, brokerClosed: false });
    this.chanConn.set(label, conn);
    this.chanLabelById.set(r.channel, label);
    return r.channel;
  }

  /** The channel for a label, opened implicitly unless the broker closed it. */
  private channel(label: string): number {
    const s = this.chans.get(label);
    if (s !== undefined) {
      if (s.brokerClosed) throw clientError('channel-closed', label);
      return s.id!;
    }
    return this.openChannel(label, this.chanConn.get(label) ?? 'default', false);
  }

  private advance(t: number): void {
    for (let next = this.broker.nextDueAt(); next !== null && next <= t; next = this.broker.nextDueAt()) {
      this.broker.advanceTo(next);
      this.drain();
    }
    this.broker.advanceTo(t);
    this.drain();
  }

  /** Runs simulated time until cond holds or timeoutMs pass. */
  private waitFor(cond: () => boolean, timeoutMs: number): boolean {
    const deadline = this.broker.now() + timeoutMs;
    while (!cond()) {
      const next = this.broker.nextDueAt();
      if (next === null || next > deadline) {
        this.advance(deadline);
        return cond();
      }
      this.advance(next);
    }
    return true;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private name(v: Json | undefined): string {
    const s = typeof v === 'string' ? v : '';
    if (!s.startsWith('$')) return s;
    const real = this.aliases.get(s);
    if (real === undefined) throw clientError('unknown-alias', s);
    return real;
  }

  private consumer(name: Json | undefined): ConsumerSlot {
    const c = this.consumers.get(txt(name));
    if (c === undefined) throw clientError('unknown-consumer', txt(name));
    return c;
  }

  private labelOf(s: Step): string {
    if (typeof s['consumer'] === 'string') return this.consumer(s['consumer']).channel;
    return typeof s['channel'] === 'string' ? s['channel'] : 'default';
  }

  private unalias(v: Json): Json {
    if (typeof v === 'string') {
      let out = v;
      for (const [alias, real] of this.aliases) out = out.split(real).join(alias);
      return out;
    }
    if (Array.isArray(v)) return v.map((x) => this.unalias(x));
    if (v !== null && typeof v === 'object') {
      const o: Rec = {};
      for (const [k, x] of Object.entries(v)) o[this.unalias(k) as string] = this.unalias(x);
      return o;
    }
    return v;
  }

  // ---- operations --------------------------------------------------------------------------

  private apply(s: Step): Rec {
    const label = typeof s['channel'] === 'string' ? s['channel'] : 'default';
    const b = (k: string): boolean => s[k] === true;
    const args = (): ReturnType<typeof toTable> => toTable(s['arguments'] as Rec | undefined);
    switch (s.op) {
      case 'connection.open':
        this.connection(txt(s['connection'], 'default'));
        return {};
      case 'connection.close': {
        const conn = txt(s['connection'], 'default');
        const id = this.conns.get(conn);
        if (id !== undefined) this.exec({ type: 'connection.close', connection: id }, label);
        this.conns.delete(conn);
        for (const [l, slot] of [...this.chans]) if (slot.conn === conn) this.chans.delete(l);
        return {};
      }
      case 'channel.open': {
        const slot = this.chans.get(label);
        if (slot !== undefined && !slot.brokerClosed) throw clientError('channel-already-open', label);
        const conn = typeof s['connection'] === 'string' ? s['connection'] : (this.chanConn.get(label) ?? 'default');
        this.openChannel(label, conn, b('confirm'));
        return {};
      }
      case 'channel.close':
      case 'close.channel': {
        const l = this.labelOf(s);
        const slot = this.chans.get(l);
        if (slot !== undefined && !slot.brokerClosed && slot.id !== null) this.exec({ type: 'channel.close', channel: slot.id }, l);
        this.chans.delete(l);
        return {};
      }
      case 'exchange.declare':
        this.exec(
          {
            type: 'exchange.declare',
            channel: this.channel(label),
            exchange: txt(s['exchange'], ''),
            exchangeType: txt(s['type'], 'direct'),
            durable: b('durable'),
            autoDelete: b('autoDelete'),
            internal: b('internal'),
            passive: b('passive'),
            arguments: args(),
          },
          label,
        );
        return {};
      case 'exchange.delete':
        this.exec({ type: 'exchange.delete', channel: this.channel(label), exchange: txt(s['exchange'], ''), ifUnused: b('ifUnused') }, label);
        return {};
      case 'exchange.bind':
      case 'exchange.unbind':
        this.exec(
          {
            type: s.op,
            channel: this.channel(label),
            destination: txt(s['destination'], ''),
            source: txt(s['source'], ''),
            routingKey: this.name(s['routingKey']),
            arguments: args(),
          },
          label,
        );
        return {};
      case 'queue.declare': {
        const r = this.exec(
          {
            type: 'queue.declare',
            channel: this.channel(label),
            queue: this.name(s['queue']),
            durable: b('durable'),
            exclusive: b('exclusive'),
            autoDelete: b('autoDelete'),
            passive: b('passive'),
            arguments: args(),
          },
          label,
        );
        const out: Rec = { messageCount: r.messageCount ?? 0, consumerCount: r.consumerCount ?? 0 };
        if (typeof s['as'] === 'string') {
          this.aliases.set(s['as'], r.queue ?? '');
          out['serverNamed'] = (r.queue ?? '').startsWith('amq.gen-');
        }
        return out;
      }
      case 'queue.bind':
      case 'queue.unbind':
        this.exec(
          {
            type: s.op,
            channel: this.channel(label),
            queue: this.name(s['queue']),
            exchange: txt(s['exchange'], ''),
            routingKey: this.name(s['routingKey']),
            arguments: args(),
          },
          label,
        );
        return {};
      case 'queue.delete': {
        const r = this.exec(
          { type: 'queue.delete', channel: this.channel(label), queue: this.name(s['queue']), ifUnused: b('ifUnused'), ifEmpty: b('ifEmpty') },
          label,
        );
        return { messageCount: r.messageCount ?? 0 };
      }
      case 'purge':
      case 'queue.purge': {
        const r = this.exec({ type: 'queue.purge', channel: this.channel(label), queue: this.name(s['queue']) }, label);
        return { messageCount: r.messageCount ?? 0 };
      }
      case 'publish':
        return this.publish(s, label);
      case 'consume':
        return this.consume(s);
      case 'cancel': {
        const c = this.consumer(s['consumer']);
        this.exec({ type: 'basic.cancel', channel: this.channel(c.channel), consumerTag: txt(s['consumer']) }, c.channel);
        c.active = false;
        return {};
      }
      case 'qos': {
        const l = this.labelOf(s);
        this.exec({ type: 'basic.qos', channel: this.channel(l), prefetchCount: Number(s['prefetch'] ?? 0), global: b('global') }, l);
        return {};
      }
      case 'ack':
      case 'nack':
      case 'reject':
        return this.settle(s);
      case 'ack.all':
      case 'nack.all': {
        const l = this.labelOf(s);
        const ch = this.channel(l);
        const cmd: AmqpCommand =
          s.op === 'ack.all'
            ? { type: 'basic.ack', channel: ch, deliveryTag: 0, multiple: true }
            : { type: 'basic.nack', channel: ch, deliveryTag: 0, multiple: true, requeue: s['requeue'] !== false };
        this.exec(cmd, l);
        return {};
      }
      case 'recover': {
        const l = this.labelOf(s);
        this.exec({ type: 'basic.recover', channel: this.channel(l), requeue: true }, l);
        return {};
      }
      case 'get': {
        const noAck = b('noAck');
        const r = this.exec({ type: 'basic.get', channel: this.channel(label), queue: this.name(s['queue']), noAck }, label);
        const g = r.get;
        if (g === undefined || g === null) return { empty: true };
        if (typeof s['id'] === 'string') this.gets.set(s['id'], { channel: label, tag: g.deliveryTag });
        return { message: messageRecord(g.message, g.redelivered, g.deliveryCount), messageCount: g.messageCount };
      }
      case 'wait':
        this.advance(this.broker.now() + Number(s['ms'] ?? 0));
        return {};
      case 'await': {
        const c = this.consumer(s['consumer']);
        const count = Number(s['count'] ?? 1);
        if (!this.waitFor(() => c.deliveries.length >= count, Number(s['timeoutMs'] ?? 5000))) {
          throw clientError('await-timeout', `${txt(s['consumer'])}: ${c.deliveries.length}/${count}`);
        }
        return {};
      }
      case 'observe':
        this.advance(this.broker.now() + Number(s['settleMs'] ?? 100));
        return { queues: this.observe() };
      default:
        throw clientError('unknown-op', s.op);
    }
  }

  private publish(s: Step, label: string): Rec {
    const bodies = Array.isArray(s['bodies']) ? s['bodies'].map(String) : [txt(s['body'], '')];
    const properties = toProperties(s['properties'] as Rec | undefined);
    const confirms: Json[] = [];
    for (const body of bodies) {
      const ch = this.channel(label);
      const r = this.exec(
        {
          type: 'basic.publish',
          channel: ch,
          exchange: txt(s['exchange'], ''),
          routingKey: this.name(s['routingKey']),
          mandatory: s['mandatory'] === true,
          properties,
          body,
        },
        label,
      );
      if (r.confirm !== undefined) confirms.push(r.confirm);
    }
    if (confirms.length === 0) return {};
    return Array.isArray(s['bodies']) ? { confirms } : { confirm: confirms[0]! };
  }

  private consume(s: Step): Rec {
    const name = txt(s['consumer']);
    const existing = this.consumers.get(name);
    if (existing?.active) throw clientError('consumer-exists', name);
    const label = typeof s['channel'] === 'string' ? s['channel'] : name;
    const slot: ConsumerSlot = existing ?? { channel: label, active: false, cancelledByServer: false, deliveries: [] };
    slot.channel = label;
    this.consumers.set(name, slot);
    const ch = this.channel(label);
    if (s['prefetch'] !== undefined) {
      this.exec({ type: 'basic.qos', channel: ch, prefetchCount: Number(s['prefetch']), global: s['prefetchGlobal'] === true }, label);
    }
    this.byTag.set(`${ch}:${name}`, name);
    this.exec(
      {
        type: 'basic.consume',
        channel: ch,
        queue: this.name(s['queue']),
        consumerTag: name,
        noAck: s['noAck'] === true,
        exclusive: s['exclusive'] === true,
        arguments: toTable(s['arguments'] as Rec | undefined),
      },
      label,
    );
    slot.active = true;
    return {};
  }

  private settle(s: Step): Rec {
    let label: string;
    let tag: number;
    if (typeof s['get'] === 'string') {
      const g = this.gets.get(s['get']);
      if (g === undefined) throw clientError('unknown-get', s['get']);
      label = g.channel;
      tag = g.tag;
    } else {
      const c = this.consumer(s['consumer']);
      const idx = Number(s['deliveryIndex'] ?? 0);
      if (!this.waitFor(() => c.deliveries.length > idx, 5000)) throw clientError('delivery-not-received', `${txt(s['consumer'])}[${idx}]`);
      label = c.channel;
      tag = c.deliveries[idx].tag;
    }
    const ch = this.channel(label);
    const multiple = s['multiple'] === true;
    const requeue = s['requeue'] !== false;
    const cmd: AmqpCommand =
      s.op === 'ack'
        ? { type: 'basic.ack', channel: ch, deliveryTag: tag, multiple }
        : s.op === 'nack'
          ? { type: 'basic.nack', channel: ch, deliveryTag: tag, multiple, requeue }
          : { type: 'basic.reject', channel: ch, deliveryTag: tag, requeue };
    this.exec(cmd, label);
    return {};
  }

  /** Queues named anywhere in the scenario, in order of first mention. */
  private observedNames(): string[] {
    const names: string[] = [];
    for (const s of this.scenario.steps) {
      for (const k of ['queue', 'as'] as const) {
        const v = s[k];
        if (typeof v === 'string' && v !== '' && !names.includes(v)) names.push(v);
      }
    }
    return names;
  }

  /** Drains every named queue with basic.get(no-ack) on a dedicated channel of connection "default". */
  private observe(): Rec {
    const out: Rec = {};
    for (const shown of this.observedNames()) {
      const real = shown.startsWith('$') ? this.aliases.get(shown) : shown;
      if (real === undefined) continue;
      const slot = this.chans.get(OBSERVE);
      if (slot === undefined || slot.brokerClosed) this.openChannel(OBSERVE, 'default', false);
      const ch = this.chans.get(OBSERVE)!.id!;
      const msgs: Json[] = [];
      try {
        for (;;) {
          const r = this.exec({ type: 'basic.get', channel: ch, queue: real, noAck: true }, OBSERVE, false);
          if (r.get === undefined || r.get === null) break;
          msgs.push(messageRecord(r.get.message, r.get.redelivered, r.get.deliveryCount));
        }
        out[shown] = msgs;
      } catch (e) {
        if (!(e instanceof StepFailure)) throw e;
        out[shown] = { error: { code: e.record['code'] ?? null, text: e.record['text'] ?? null } };
        this.chans.delete(OBSERVE);
      }
    }
    return out;
  }
}
