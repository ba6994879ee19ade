import { ModelLog } from './model';

export interface PubSubSubscriptionConfig {
  /** Default 10 s (allowed 10-600 s). */
  readonly ackDeadlineMs: number;
  /** Dead-letter policy: after this many delivery attempts the message goes to the dead-letter topic. */
  readonly maxDeliveryAttempts?: number;
  readonly deadLetterTopic?: PubSubTopic;
}

export interface PubSubReceived {
  readonly ackId: string;
  readonly messageId: string;
  readonly data: string;
  /** 1 + nacks + expired deadlines (what the dead-letter policy counts). */
  readonly deliveryAttempt: number;
}

interface Pending {
  readonly messageId: string;
  readonly data: string;
  attempts: number;
  deadline: number | null;
  ackId: string | null;
}

/** Google Cloud Pub/Sub topic, closest model: each subscription gets its own copy; no subscription, no copy. */
export class PubSubTopic {
  readonly log = new ModelLog('pubsub');
  private readonly subs = new Map<string, PubSubSubscription>();
  private nextId = 1;

  constructor(readonly name: string) {}

  /** Only messages published after this call reach the subscription. */
  createSubscription(
    name: string,
    config: PubSubSubscriptionConfig = { ackDeadlineMs: 10_000 },
  ): PubSubSubscription {
    const s = new PubSubSubscription(name, config, this.log);
    this.subs.set(name, s);
    return s;
  }

  deleteSubscription(name: string): void {
    this.subs.delete(name);
  }

  publish(now: number, data: string): string {
    const messageId = `${this.name}-${this.nextId++}`;
    if (this.subs.size === 0)
      this.log.emit(now, 'pubsub-no-subscription-dropped', { topic: this.name, messageId });
    else
      this.log.emit(now, 'pubsub-published', {
        topic: this.name,
        messageId,
        copies: this.subs.size,
      });
    for (const s of this.subs.values()) s.enqueue(messageId, data);
    return messageId;
  }
}

export class PubSubSubscription {
  private readonly pending: Pending[] = [];
  private nextAck = 1;

  constructor(
    readonly name: string,
    readonly config: PubSubSubscriptionConfig,
    private readonly log: ModelLog,
  ) {}

  enqueue(messageId: string, data: string): void {
    this.pending.push({ messageId, data, attempts: 0, deadline: null, ackId: null });
  }

  /** Messages whose deadline lapsed are delivered again, with a higher delivery attempt. */
  pull(now: number, max = 1): PubSubReceived[] {
    const out: PubSubReceived[] = [];
    for (let i = 0; i < this.pending.length && out.length < max; i++) {
      const m = this.pending[i];
      if (m.deadline !== null && m.deadline > now) continue;
      const limit = this.config.maxDeliveryAttempts;
      const dlt = this.config.deadLetterTopic;
      if (m.attempts > 0)
        this.log.emit(now, 'pubsub-redelivery', {
          subscription: this.name,
          messageId: m.messageId,
          attempts: m.attempts,
        });
      if (limit !== undefined && dlt !== undefined && m.attempts >= limit) {
        this.pending.splice(i--, 1);
        this.log.emit(now, 'pubsub-dead-lettered', {
          subscription: this.name,
          messageId: m.messageId,
          attempts: m.attempts,
          topic: dlt.name,
        });
        dlt.publish(now, m.data);
        continue;
      }
      m.attempts++;
      m.deadline = now + this.config.ackDeadlineMs;
      m.ackId = `${this.name}-ack-${this.nextAck++}`;
      this.log.emit(now, 'pubsub-delivered', {
        subscription: this.name,
        messageId: m.messageId,
        deliveryAttempt: m.attempts,
        deadline: m.deadline,
      });
      out.push({
        ackId: m.ackId,
        messageId: m.messageId,
        data: m.data,
        deliveryAttempt: m.attempts,
      });
    }
    return out;
  }

  /** An ack after the deadline lapsed is ignored: the message is redelivered anyway. */
  ack(now: number, ackId: string): boolean {
    const i = this.pending.findIndex((m) => m.ackId === ackId);
    if (i < 0 || (this.pending[i].deadline ?? 0) <= now) {
      this.log.emit(now, 'pubsub-ack-ignored', { subscription: this.name, ackId });
      return false;
    }
    this.log.emit(now, 'pubsub-acked', {
      subscription: this.name,
      messageId: this.pending[i].messageId,
    });
    this.pending.splice(i, 1);
    return true;
  }

  /** ModifyAckDeadline; 0 is Pub/Sub's nack (redeliver now). */
  modifyAckDeadline(now: number, ackId: string, ms: number): boolean {
    const m = this.pending.find((x) => x.ackId === ackId);
    if (m === undefined) return false;
    m.deadline = now + ms;
    this.log.emit(now, ms === 0 ? 'pubsub-nacked' : 'pubsub-deadline-extended', {
      subscription: this.name,
      messageId: m.messageId,
    });
    return true;
  }

  get backlog(): number {
    return this.pending.length;
  }
}
