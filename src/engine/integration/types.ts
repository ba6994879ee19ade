// Shared vocabulary of the "why a broker?" comparison: commands in, events out, figures read.
// Simulated time is in milliseconds from the start of the run; nothing here reads a clock.

export type StyleKind = 'rest' | 'shared-db' | 'file-transfer' | 'broker';

/** How long B takes to process one order at speed factor 1. */
export type ServiceTime =
  | { readonly kind: 'fixed'; readonly ms: number }
  | { readonly kind: 'uniform'; readonly minMs: number; readonly maxMs: number }
  | { readonly kind: 'exponential'; readonly meanMs: number };

/** What a style accepts. Each applies at the style's current simulated time. */
export type StyleCommand =
  /** App A hands over one order (ids come from the workload's counter). */
  | { readonly type: 'send'; readonly orderId: number }
  /** B's speed: 2 = twice as fast, 0.25 = four times slower. Applies to work started after it. */
  | { readonly type: 'set-b-speed'; readonly factor: number }
  | { readonly type: 'set-b-down'; readonly down: boolean }
  /** Number of B instances (servers, pollers, file pickers or consumers). */
  | { readonly type: 'set-b-instances'; readonly count: number }
  /** One B instance dies in the middle of its work and restarts. */
  | { readonly type: 'crash-b' }
  /** A starts writing the next schema version (only the shared database cares). */
  | { readonly type: 'schema-change' }
  /** B is redeployed to understand A's current schema. */
  | { readonly type: 'schema-fix' };

export type EventCode =
  // Outcomes of an order, common to every style (the ledger emits these).
  | 'order-sent'
  | 'order-completed'
  | 'order-duplicate'
  | 'order-failed'
  | 'order-lost'
  // Controls, common to every style.
  | 'b-down'
  | 'b-up'
  | 'b-speed-changed'
  | 'b-instances-changed'
  | 'b-crashed'
  | 'b-restarted'
  // REST
  | 'rest-attempt'
  | 'rest-queued-at-b'
  | 'rest-processing'
  | 'rest-response'
  | 'rest-late-response'
  | 'rest-rejected'
  | 'rest-timeout'
  | 'rest-retry-scheduled'
  | 'rest-gave-up'
  | 'rest-aborted'
  // Shared database
  | 'db-row-inserted'
  | 'db-poll'
  | 'db-lock-wait'
  | 'db-lock-acquired'
  | 'db-lock-timeout'
  | 'db-row-schema-error'
  | 'db-commit'
  | 'db-rollback'
  | 'db-schema-changed'
  | 'db-schema-fixed'
  // File transfer
  | 'file-write-started'
  | 'file-write-finished'
  | 'file-picked-up'
  | 'file-line-truncated'
  | 'file-parse-failed'
  | 'file-done'
  | 'file-requeued'
  // Broker
  | 'broker-enqueued'
  | 'broker-delivered'
  | 'broker-acked'
  | 'broker-requeued'
  | 'broker-rejected-publish'
  | 'broker-dropped-head';

export type EventParams = Readonly<Record<string, number | string | boolean>>;

/** A thing that happened, as a code with parameters; the UI turns it into words. */
export interface IntegrationEvent {
  readonly at: number;
  /** The style instance's id (several configurations of one kind may run side by side). */
  readonly style: string;
  readonly code: EventCode;
  readonly orderId?: number;
  readonly params?: EventParams;
}

export interface StyleMetrics {
  /** Orders A handed over. Always sent = completed + failed + lost + inFlight. */
  readonly sent: number;
  /** Processed by B at least once (end to end done). */
  readonly completed: number;
  /** Not processed, and someone knows it (A gave up, the row was marked failed, the file went to error). */
  readonly failed: number;
  /** Not processed, and nobody will ever know or retry (silently gone). */
  readonly lost: number;
  readonly inFlight: number;
  /** Extra processings of an already processed order (at-least-once effects). */
  readonly duplicates: number;
  /** Orders A was told had failed although B processed them (REST timeouts). */
  readonly inconsistent: number;
  /** End-to-end latency (A's send to B's first completion), nearest-rank percentiles; null before any completion. */
  readonly latencyP50Ms: number | null;
  readonly latencyP95Ms: number | null;
  /** Total time A's callers spent blocked waiting on B, including waits still going on. */
  readonly aBlockedMs: number;
  /** A's callers blocked right now. */
  readonly aWaiting: number;
  /** Orders waiting in the medium for B (B's accept queue, new rows, unread lines, ready messages). */
  readonly backlog: number;
  /** B instances working on an order right now. */
  readonly bBusy: number;
  /** Style-specific figures by code (lockWaitMs, unacked, ...). */
  readonly extra: Readonly<Record<string, number>>;
}

/** The one interface every integration style implements. */
export interface IntegrationStyle {
  readonly id: string;
  readonly kind: StyleKind;
  now(): number;
  execute(cmd: StyleCommand): void;
  /** Processes every internal event due at or before t, then sets the clock to t. */
  advanceTo(t: number): void;
  /** When the next internal event is due, if any. */
  nextDueAt(): number | undefined;
  /** Events since the last call, oldest first. */
  takeEvents(): IntegrationEvent[];
  metrics(): StyleMetrics;
}
