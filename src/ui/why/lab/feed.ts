import type { EventCode, EventParams, IntegrationEvent } from '../../../engine/integration';
import type { Note, NoteCode } from './narrator';

export type FeedCode = EventCode | NoteCode;

/** One line of the event feed: an engine event or a note read off the figures. */
export interface FeedEntry {
  readonly seq: number;
  readonly at: number;
  /** The style's id; '' for the workload, which every style shares. */
  readonly style: string;
  readonly code: FeedCode;
  readonly orderId?: number;
  readonly params?: EventParams;
}

/**
 * Per-order routine that happens many times a second: kept out of "key moments" so a class
 * reads the timeouts, polls and redeliveries instead of a waterfall of "order 412 sent".
 */
const ROUTINE = new Set<FeedCode>([
  'order-sent',
  'order-completed',
  'rest-attempt',
  'rest-processing',
  'rest-response',
  'rest-queued-at-b',
  'db-row-inserted',
  'broker-enqueued',
  'broker-delivered',
  'broker-acked',
]);

export function isRoutine(e: Pick<FeedEntry, 'code' | 'params'>): boolean {
  if (!ROUTINE.has(e.code)) return false;
  // A retry or a redelivery is the interesting case of an otherwise routine event.
  if (e.code === 'rest-attempt' || e.code === 'rest-response')
    return Number(e.params?.attempt ?? 1) <= 1;
  if (e.code === 'broker-delivered') return e.params?.redelivered !== true;
  return true;
}

export type Tone = 'bad' | 'warn' | 'good' | 'info';

const TONES: Partial<Record<FeedCode, Tone>> = {
  'order-failed': 'bad',
  'order-lost': 'bad',
  'rest-timeout': 'bad',
  'rest-gave-up': 'bad',
  'rest-rejected': 'bad',
  'rest-aborted': 'bad',
  'db-row-schema-error': 'bad',
  'db-lock-timeout': 'bad',
  'file-line-truncated': 'bad',
  'file-parse-failed': 'bad',
  'broker-rejected-publish': 'bad',
  'broker-dropped-head': 'bad',
  'b-down': 'bad',
  'b-crashed': 'bad',
  'db-schema-changed': 'bad',
  'note-a-blocked': 'bad',
  'note-dropped': 'warn',
  'order-duplicate': 'warn',
  'rest-retry-scheduled': 'warn',
  'rest-late-response': 'warn',
  'db-lock-wait': 'warn',
  'db-rollback': 'warn',
  'file-requeued': 'warn',
  'broker-requeued': 'warn',
  'b-speed-changed': 'warn',
  'note-backlog-growing': 'warn',
  'note-load': 'warn',
  'note-burst': 'warn',
  'order-completed': 'good',
  'b-up': 'good',
  'b-restarted': 'good',
  'db-schema-fixed': 'good',
  'note-backlog-drained': 'good',
  'note-a-free': 'good',
};

export function toneOf(code: FeedCode): Tone {
  return TONES[code] ?? 'info';
}

export function fromEvent(seq: number, e: IntegrationEvent): FeedEntry {
  const out: { -readonly [K in keyof FeedEntry]: FeedEntry[K] } = {
    seq,
    at: e.at,
    style: e.style,
    code: e.code,
  };
  if (e.orderId !== undefined) out.orderId = e.orderId;
  if (e.params !== undefined) out.params = e.params;
  return out;
}

export function fromNote(seq: number, n: Note): FeedEntry {
  return { seq, at: n.at, style: n.style, code: n.code, params: n.params };
}

/** A fixed-size history, oldest dropped first. */
export class Ring<T> {
  private items: T[] = [];
  constructor(private readonly max: number) {}
  push(x: T): void {
    this.items.push(x);
    if (this.items.length > this.max * 1.5) this.items = this.items.slice(-this.max);
  }
  all(): readonly T[] {
    return this.items.length > this.max ? this.items.slice(-this.max) : this.items;
  }
}

/**
 * The same thing happening to several styles at the same instant ("B goes down" four times)
 * reads as one line naming them all. Only events about no particular order are merged.
 */
export function groupAcrossStyles(
  entries: readonly FeedEntry[],
): { entry: FeedEntry; styles: string[] }[] {
  const out: { entry: FeedEntry; styles: string[] }[] = [];
  for (const e of entries) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      e.orderId === undefined &&
      last.entry.orderId === undefined &&
      last.entry.at === e.at &&
      last.entry.code === e.code &&
      JSON.stringify(last.entry.params ?? {}) === JSON.stringify(e.params ?? {}) &&
      !last.styles.includes(e.style)
    )
      last.styles.push(e.style);
    else out.push({ entry: e, styles: [e.style] });
  }
  return out;
}
