import { ModelLog } from './model';

export type PropertyValue = string | number | boolean;

/** Rule filters: the default TrueFilter, a SQL filter reduced to `property = value`, and a correlation filter. */
export type SbFilter =
  | { readonly kind: 'true' }
  | { readonly kind: 'false' }
  | { readonly kind: 'sql-equals'; readonly property: string; readonly value: PropertyValue }
  | { readonly kind: 'correlation'; readonly properties: Readonly<Record<string, PropertyValue>> };

export interface SbMessage {
  readonly body: string;
  /** Application properties, plus system ones a correlation filter may use (label, correlationId). */
  readonly properties: Readonly<Record<string, PropertyValue>>;
}

export interface SbReceived {
  readonly lockToken: string;
  readonly messageId: string;
  readonly message: SbMessage;
  readonly deliveryCount: number;
}

interface Held {
  readonly messageId: string;
  readonly message: SbMessage;
  deliveryCount: number;
  lockedUntil: number | null;
  lockToken: string | null;
}

export function matches(filter: SbFilter, m: SbMessage): boolean {
  switch (filter.kind) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'sql-equals':
      return m.properties[filter.property] === filter.value;
    case 'correlation':
      return Object.entries(filter.properties).every(([k, v]) => m.properties[k] === v);
  }
}

/** Azure Service Bus topic, closest model: subscriptions are virtual queues, each with its rules. */
export class ServiceBusTopic {
  readonly log = new ModelLog('servicebus');
  private readonly subs = new Map<string, SbSubscription>();
  private nextId = 1;

  constructor(readonly name: string) {}

  /** A new subscription starts with the `$Default` rule, a TrueFilter. */
  createSubscription(
    name: string,
    options: { lockDurationMs?: number; maxDeliveryCount?: number } = {},
  ): SbSubscription {
    const s = new SbSubscription(
      name,
      options.lockDurationMs ?? 60_000,
      options.maxDeliveryCount ?? 10,
      this.log,
    );
    this.subs.set(name, s);
    return s;
  }

  /** Rules without actions are OR'ed: a subscription gets at most one copy, whatever number of rules match. */
  send(now: number, message: SbMessage): string {
    const messageId = `${this.name}-${this.nextId++}`;
    const to: string[] = [];
    for (const s of this.subs.values()) {
      const rule = s.matchingRule(message);
      if (rule === undefined) continue;
      to.push(s.name);
      s.enqueue(messageId, message);
      this.log.emit(now, 'sb-copied-to-subscription', { messageId, subscription: s.name, rule });
    }
    if (to.length === 0) this.log.emit(now, 'sb-no-matching-subscription', { messageId });
    return messageId;
  }
}

export class SbSubscription {
  private readonly rules = new Map<string, SbFilter>([['$Default', { kind: 'true' }]]);
  private readonly active: Held[] = [];
  /** The `$DeadLetterQueue` sub-queue. */
  readonly deadLetters: { messageId: string; reason: string }[] = [];
  private nextLock = 1;

  constructor(
    readonly name: string,
    readonly lockDurationMs: number,
    readonly maxDeliveryCount: number,
    private readonly log: ModelLog,
  ) {}

  addRule(name: string, filter: SbFilter): void {
    this.rules.set(name, filter);
  }

  removeRule(name: string): void {
    this.rules.delete(name);
  }

  matchingRule(m: SbMessage): string | undefined {
    for (const [name, f] of this.rules) if (matches(f, m)) return name;
    return undefined;
  }

  enqueue(messageId: string, message: SbMessage): void {
    this.active.push({ messageId, message, deliveryCount: 0, lockedUntil: null, lockToken: null });
  }

  /** Peek-lock: the message stays in the subscription, locked, until completed, abandoned or the lock expires. */
  receive(now: number, max = 1): SbReceived[] {
    this.expireLocks(now);
    const out: SbReceived[] = [];
    for (const m of this.active) {
      if (out.length >= max) break;
      if (m.lockedUntil !== null) continue;
      m.deliveryCount++;
      m.lockedUntil = now + this.lockDurationMs;
      m.lockToken = `${this.name}-lock-${this.nextLock++}`;
      this.log.emit(now, 'sb-locked', {
        subscription: this.name,
        messageId: m.messageId,
        deliveryCount: m.deliveryCount,
      });
      out.push({
        lockToken: m.lockToken,
        messageId: m.messageId,
        message: m.message,
        deliveryCount: m.deliveryCount,
      });
    }
    return out;
  }

  complete(now: number, lockToken: string): boolean {
    this.expireLocks(now);
    const i = this.active.findIndex((m) => m.lockToken === lockToken && m.lockedUntil !== null);
    if (i < 0) {
      this.log.emit(now, 'sb-lock-lost', { subscription: this.name, lockToken });
      return false;
    }
    this.log.emit(now, 'sb-completed', {
      subscription: this.name,
      messageId: this.active[i].messageId,
    });
    this.active.splice(i, 1);
    return true;
  }

  abandon(now: number, lockToken: string): boolean {
    this.expireLocks(now);
    const m = this.active.find((x) => x.lockToken === lockToken && x.lockedUntil !== null);
    if (m === undefined) return false;
    this.log.emit(now, 'sb-abandoned', { subscription: this.name, messageId: m.messageId });
    this.unlock(now, m);
    return true;
  }

  get activeCount(): number {
    return this.active.length;
  }

  private expireLocks(now: number): void {
    for (const m of [...this.active]) {
      if (m.lockedUntil !== null && m.lockedUntil <= now) {
        this.log.emit(now, 'sb-lock-expired', { subscription: this.name, messageId: m.messageId });
        this.unlock(now, m);
      }
    }
  }

  private unlock(now: number, m: Held): void {
    m.lockedUntil = null;
    m.lockToken = null;
    if (m.deliveryCount < this.maxDeliveryCount) return;
    this.active.splice(this.active.indexOf(m), 1);
    this.deadLetters.push({ messageId: m.messageId, reason: 'MaxDeliveryCountExceeded' });
    this.log.emit(now, 'sb-dead-lettered', {
      subscription: this.name,
      messageId: m.messageId,
      reason: 'MaxDeliveryCountExceeded',
    });
  }
}
