/**
 * Test harness for presets: runs a document headless in simulated time and answers the questions
 * a preset's explanation makes claims about (who received which key, what was dead-lettered...).
 * Used by the preset tests only.
 */
import type { AmqpEvent } from '../../engine/amqp/events';
import type { FieldValue } from '../../engine/amqp/field-values';
import type { Message } from '../../engine/amqp/model';
import type { BrokerSnapshot } from '../../engine/amqp/snapshot';
import { AmqpSimulation } from '../../sim/amqp/runner';
import type { ClientEvent, SimLogEntry } from '../../sim/amqp/types';
import type { Scenario } from '../types';

type BrokerOf<T extends AmqpEvent['type']> = Extract<AmqpEvent, { type: T }>;
type ClientOf<T extends ClientEvent['type']> = Extract<ClientEvent, { type: T }>;

export class PresetRun {
  readonly sim: AmqpSimulation;
  readonly log: SimLogEntry[] = [];

  constructor(readonly doc: Scenario) {
    this.sim = new AmqpSimulation(doc);
    this.log.push(...this.sim.takeLog());
  }

  /** Runs until `ms`, in slices, calling `watch` with a snapshot after each (for "never above" claims). */
  until(ms: number, watch?: (s: BrokerSnapshot) => void, sliceMs = 100): this {
    for (let t = this.sim.now(); t < ms;) {
      t = Math.min(ms, t + sliceMs);
      this.sim.advanceTo(t);
      this.log.push(...this.sim.takeLog());
      watch?.(this.sim.broker.snapshot());
    }
    return this;
  }

  /** Applies a user action (publish, settle, restart...) and records what it caused. */
  act(action: (sim: AmqpSimulation) => void): this {
    action(this.sim);
    this.log.push(...this.sim.takeLog());
    return this;
  }

  broker<T extends AmqpEvent['type']>(type: T): BrokerOf<T>[] {
    return this.log.flatMap((e) =>
      e.source === 'broker' && e.event.type === type ? [e.event as BrokerOf<T>] : [],
    );
  }

  client<T extends ClientEvent['type']>(type: T): (ClientOf<T> & { time: number })[] {
    return this.log.flatMap((e) =>
      e.source === 'client' && e.event.type === type
        ? [{ ...(e.event as ClientOf<T>), time: e.time }]
        : [],
    );
  }

  nodeId(name: string): string {
    const n = this.doc.nodes.find((x) => x.name === name);
    if (!n) throw new Error(`no node named ${name}`);
    return n.id;
  }

  /** Every message the broker saw, by id (published ones and dead-lettered copies as delivered). */
  messages(): Map<number, Message> {
    const out = new Map<number, Message>();
    for (const e of this.broker('published')) out.set(e.message.id, e.message);
    for (const e of this.broker('delivered'))
      if (!out.has(e.message.id)) out.set(e.message.id, e.message);
    for (const q of this.sim.broker.snapshot().queues)
      for (const r of q.ready) if (!out.has(r.message.id)) out.set(r.message.id, r.message);
    return out;
  }

  /** Routing keys of the messages that entered a queue, in order. */
  enqueuedKeys(queue: string): string[] {
    const byId = this.messages();
    return this.broker('enqueued')
      .filter((e) => e.queue === queue)
      .map((e) => byId.get(e.messageId)?.routingKey ?? `?${e.messageId}`);
  }

  /** Routing keys of the messages a consumer (by name) received. */
  receivedKeys(consumer: string): string[] {
    const byId = this.messages();
    return this.received(consumer).map(
      (e) => byId.get(e.messageId)?.routingKey ?? `?${e.messageId}`,
    );
  }

  received(consumer: string) {
    const id = this.nodeId(consumer);
    return this.client('consumer-received').filter((e) => e.consumerId === id);
  }

  /** Messages a producer (by name) got into the broker: each `published` follows its `producer-sent`. */
  publishedBy(producer: string): Message[] {
    const id = this.nodeId(producer);
    const out: Message[] = [];
    let sender: string | null = null;
    for (const e of this.log) {
      if (e.source === 'client' && e.event.type === 'producer-sent') sender = e.event.producerId;
      else if (e.source === 'broker' && e.event.type === 'published' && sender !== null) {
        if (sender === id) out.push(e.event.message);
        sender = null;
      }
    }
    return out;
  }

  commandFailures() {
    return this.client('command-failed');
  }
}

/** A header's string value, if the message has it as a string. */
export function headerString(m: Message | undefined, key: string): string | undefined {
  const v = m?.properties.headers?.[key];
  return v?.kind === 'string' ? v.value : undefined;
}

/** The x-death entries of a message as (queue, reason, count), newest first. */
export function xDeath(m: Message | undefined): { queue: string; reason: string; count: number }[] {
  const v = m?.properties.headers?.['x-death'];
  if (v?.kind !== 'array') return [];
  return v.value.flatMap((entry: FieldValue) => {
    if (entry.kind !== 'table') return [];
    const t = entry.value;
    const s = (k: string) => (t[k]?.kind === 'string' ? (t[k] as { value: string }).value : '');
    const count = t.count?.kind === 'int' ? t.count.value : 0;
    return [{ queue: s('queue'), reason: s('reason'), count }];
  });
}

export const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)].sort();
