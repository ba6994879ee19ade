/**
 * The broker's whole state and the two services every module needs: emitting events and
 * scheduling timers on simulated time.
 */
import { EventQueue } from '../../sim/event-queue';
import { createRandom, type Random } from '../../sim/random';
import type { AmqpEvent, AmqpEventBody } from './events';
import type { Channel, Connection, Exchange, Queue } from './model';

export type TimerPayload =
  | { readonly kind: 'head-expiry'; readonly queue: Queue; readonly at: number }
  | { readonly kind: 'queue-expires'; readonly queue: Queue; readonly at: number };

export class BrokerState {
  now = 0;
  readonly exchanges = new Map<string, Exchange>();
  readonly queues = new Map<string, Queue>();
  readonly connections = new Map<number, Connection>();
  readonly channels = new Map<number, Channel>();
  readonly timers = new EventQueue<TimerPayload>();
  readonly rng: Random;
  events: AmqpEvent[] = [];
  private eventSeq = 0;
  nextMessageId = 1;
  nextConnectionId = 1;
  nextChannelId = 1;
  routeStamp = 0;
  consumerOrder = 0;
  /** When false, events are not recorded (benchmarks of the bare engine). */
  recordEvents = true;

  constructor(
    readonly vhost: string,
    readonly defaultUser: string,
    seed: number,
  ) {
    this.rng = createRandom(seed);
  }

  emit(body: AmqpEventBody): void {
    if (!this.recordEvents) return;
    const e = body as AmqpEventBody & { seq: number; time: number };
    e.seq = this.eventSeq++;
    e.time = this.now;
    this.events.push(e);
  }

  schedule(at: number, payload: TimerPayload): void {
    this.timers.schedule(at, payload);
  }

  /** 'amq.gen-' + 22 url-safe base64 characters, like RabbitMQ's, drawn from the seeded PRNG. */
  generatedName(prefix: string): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let s = prefix;
    for (let i = 0; i < 22; i++) s += alphabet[this.rng.int(64)];
    return s;
  }
}
