import { ModelLog } from './model';

export interface SqsConfig {
  /** How long a received message stays invisible to other consumers (default 30 s). */
  readonly visibilityTimeoutMs: number;
  /** Redrive policy: after this many receives the next receive moves it to the DLQ instead. */
  readonly maxReceiveCount?: number;
}

export interface SqsReceived {
  readonly messageId: string;
  readonly body: string;
  readonly receiptHandle: string;
  readonly receiveCount: number;
}

interface Stored {
  readonly messageId: string;
  readonly body: string;
  receiveCount: number;
  invisibleUntil: number;
  receiptHandle: string | null;
}

/**
 * Amazon SQS standard queue, closest model: a received message is hidden, not removed; only
 * DeleteMessage removes it. If the consumer does not delete it in time it becomes visible
 * again and is received again (at-least-once). With a redrive policy, a message received
 * maxReceiveCount times goes to the dead-letter queue on its next receive.
 */
export class SqsQueue {
  readonly log = new ModelLog('sqs');
  private readonly messages: Stored[] = [];
  private nextId = 1;
  private nextHandle = 1;

  constructor(
    readonly name: string,
    readonly config: SqsConfig = { visibilityTimeoutMs: 30_000 },
    private readonly dlq?: SqsQueue,
  ) {}

  send(now: number, body: string): string {
    const messageId = `${this.name}-${this.nextId++}`;
    this.messages.push({
      messageId,
      body,
      receiveCount: 0,
      invisibleUntil: now,
      receiptHandle: null,
    });
    this.log.emit(now, 'sqs-sent', { queue: this.name, messageId });
    return messageId;
  }

  receive(now: number, max = 1): SqsReceived[] {
    const out: SqsReceived[] = [];
    for (let i = 0; i < this.messages.length && out.length < max; i++) {
      const m = this.messages[i];
      if (m.invisibleUntil > now) continue;
      const limit = this.config.maxReceiveCount;
      if (limit !== undefined && m.receiveCount >= limit && this.dlq !== undefined) {
        this.messages.splice(i--, 1);
        this.log.emit(now, 'sqs-moved-to-dlq', {
          queue: this.name,
          messageId: m.messageId,
          receiveCount: m.receiveCount,
          dlq: this.dlq.name,
        });
        this.dlq.send(now, m.body);
        continue;
      }
      if (m.receiveCount > 0)
        this.log.emit(now, 'sqs-visible-again', {
          messageId: m.messageId,
          receiveCount: m.receiveCount,
        });
      m.receiveCount++;
      m.invisibleUntil = now + this.config.visibilityTimeoutMs;
      m.receiptHandle = `rh-${this.nextHandle++}`;
      this.log.emit(now, 'sqs-received', {
        messageId: m.messageId,
        receiveCount: m.receiveCount,
        invisibleUntil: m.invisibleUntil,
      });
      out.push({
        messageId: m.messageId,
        body: m.body,
        receiptHandle: m.receiptHandle,
        receiveCount: m.receiveCount,
      });
    }
    return out;
  }

  /** Only the latest receipt handle of a message deletes it. */
  deleteMessage(now: number, receiptHandle: string): boolean {
    const i = this.messages.findIndex((m) => m.receiptHandle === receiptHandle);
    if (i < 0) {
      this.log.emit(now, 'sqs-delete-stale-handle', { receiptHandle });
      return false;
    }
    this.log.emit(now, 'sqs-deleted', { messageId: this.messages[i].messageId });
    this.messages.splice(i, 1);
    return true;
  }

  /** ChangeMessageVisibility; 0 makes it visible at once (the closest thing to a nack). */
  changeVisibility(now: number, receiptHandle: string, timeoutMs: number): boolean {
    const m = this.messages.find((x) => x.receiptHandle === receiptHandle);
    if (m === undefined) return false;
    m.invisibleUntil = now + timeoutMs;
    this.log.emit(now, 'sqs-visibility-changed', {
      messageId: m.messageId,
      invisibleUntil: m.invisibleUntil,
    });
    return true;
  }

  counts(now: number): { visible: number; inFlight: number } {
    const visible = this.messages.filter((m) => m.invisibleUntil <= now).length;
    return { visible, inFlight: this.messages.length - visible };
  }
}
