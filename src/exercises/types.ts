// The exercise model: a goal, a starting scenario, the parts the student may not change, hints,
// and a check. The check is data, not code, so the same judge runs the built-in catalogue and the
// exercises instructors write and share by link: test messages to publish, things to do to the
// running system (crash a consumer, restart the broker), how long to run, and what must be true
// afterwards. Language-neutral: built-in words are i18n keys, instructors' words are their text.

import type { DeathReason } from '../engine/amqp/events';
import type { exercisesEn } from '../i18n/parts/exercises';
import type { ExchangeType, HeaderEntry, PayloadKind, Scenario } from '../scenario/types';

export type ExerciseKey = keyof typeof exercisesEn;

export type Level = 'easy' | 'medium' | 'hard';
export const LEVELS: readonly Level[] = ['easy', 'medium', 'hard'];

/** The section of docs/curriculum.md an exercise practises. */
export type Section = 2 | 3 | 5;

/** Words: an i18n key (built-in exercises) or text an instructor wrote in their own language. */
export type Text = { readonly key: ExerciseKey } | { readonly text: string };

export interface Locks {
  /** Node ids the student may not delete or change (moving them is fine). */
  readonly nodes: readonly string[];
  /** Edge ids the student may not delete or change. */
  readonly edges: readonly string[];
}

export type Via = { readonly producer: string } | { readonly exchange: string };

/**
 * A message the check publishes. Through a producer, the student's own template is the base and
 * only the fields given here replace it (so a `mandatory` flag or persistent delivery mode the
 * student set is kept); through an exchange, these fields are the whole message.
 */
export interface TestMessage {
  readonly via: Via;
  /** Simulated ms after the start. */
  readonly at: number;
  readonly routingKey?: string;
  readonly headers?: readonly HeaderEntry[];
  readonly properties?: {
    readonly priority?: number;
    readonly expiration?: string;
    readonly deliveryMode?: 1 | 2;
    readonly contentType?: string;
    readonly type?: string;
  };
  readonly payloadKind?: PayloadKind;
  readonly payload?: string;
  /** How feedback names it; by default its routing key, its headers, or "message n". */
  readonly label?: string;
}

export type RunAction =
  | { readonly at: number; readonly kind: 'crash-consumer'; readonly consumer: string }
  | { readonly at: number; readonly kind: 'restart-broker' }
  /** Closes the connection of the consumer's application. */
  | { readonly at: number; readonly kind: 'close-connection'; readonly consumer: string };

export type QueueFlag = 'durable' | 'exclusive' | 'autoDelete';
export type CheckedProperty = 'contentType' | 'type' | 'deliveryMode';

/** What must be true. `msg` is an index into the check's messages. */
export type Expectation =
  // where the message went when it was published (its first routing), exactly this set of queues
  | { readonly kind: 'route'; readonly msg: number; readonly queues: readonly string[] }
  // unroutable and sent back (basic.return) to this producer
  | { readonly kind: 'returned'; readonly msg: number; readonly producer: string }
  // a dead-lettered copy reached `queue`, having died in `from` for `reason`
  | {
      readonly kind: 'dead-letter';
      readonly msg: number;
      readonly queue: string;
      readonly from: string;
      readonly reason: DeathReason;
    }
  // x-death of the message's latest copy counts (queue, reason) at least `min` times
  | {
      readonly kind: 'death-count';
      readonly msg: number;
      readonly queue: string;
      readonly reason: DeathReason;
      readonly min: number;
    }
  // deliveries of the message (any copy) out of `queue`: how many, and the least time between two
  | {
      readonly kind: 'deliveries';
      readonly msg: number;
      readonly queue: string;
      readonly min?: number;
      readonly max?: number;
      readonly minGapMs?: number;
    }
  // every test message was handled by a consumer (acked, or taken with auto ack and processed),
  // still waits in a queue, or came back to its producer
  | { readonly kind: 'not-lost' }
  // every test message was handled by a consumer, by `within` ms when given
  | { readonly kind: 'handled'; readonly within?: number }
  // at the end, `queue` holds exactly these test messages
  | { readonly kind: 'holds'; readonly queue: string; readonly msgs: readonly number[] }
  | { readonly kind: 'queue-gone'; readonly queue: string }
  // the order in which these messages were first delivered from `queue`
  | { readonly kind: 'delivery-order'; readonly queue: string; readonly msgs: readonly number[] }
  // the most messages the consumer held (received, not yet settled) at one time
  | { readonly kind: 'max-in-flight'; readonly consumer: string; readonly max: number }
  | { readonly kind: 'min-handled'; readonly consumer: string; readonly min: number }
  // expired in `queue`, between minMs and maxMs after it entered it
  | {
      readonly kind: 'expired';
      readonly msg: number;
      readonly queue: string;
      readonly minMs: number;
      readonly maxMs: number;
    }
  | {
      readonly kind: 'payload';
      readonly msg: number;
      readonly form: 'json' | 'empty';
      readonly fields?: readonly string[];
    }
  | {
      readonly kind: 'property';
      readonly msg: number;
      readonly name: CheckedProperty;
      readonly value: string | number;
    }
  // topology, read from the student's document
  | { readonly kind: 'exchange-type'; readonly exchange: string; readonly type: ExchangeType }
  | { readonly kind: 'via-default'; readonly producer: string }
  | { readonly kind: 'exchange-binding'; readonly source: string; readonly destination: string }
  | { readonly kind: 'no-binding'; readonly source: string; readonly destination: string }
  | {
      readonly kind: 'queue-flag';
      readonly queue: string;
      readonly flag: QueueFlag;
      readonly value: boolean;
    };

export type ExpectationKind = Expectation['kind'];

export interface CheckSpec {
  readonly messages: readonly TestMessage[];
  readonly actions: readonly RunAction[];
  /** How long the run lasts, in simulated ms. */
  readonly runMs: number;
  readonly expect: readonly Expectation[];
}

export interface Exercise {
  readonly id: string;
  readonly level: Level;
  /** Null for exercises instructors write. */
  readonly section: Section | null;
  readonly title: Text;
  readonly goal: Text;
  readonly start: Scenario;
  readonly locked: Locks;
  readonly hints: readonly Text[];
  readonly check: CheckSpec;
}

/** A test message as feedback names it: its label, or "message n" (1-based) when it has none. */
export interface MsgRef {
  readonly msg: number;
  readonly label: string | null;
}

/** A parameter of a feedback line. The UI words `msg` and `word` parameters. */
export type FailureParam =
  string | number | readonly string[] | MsgRef | readonly MsgRef[] | { readonly word: ExerciseKey };

export interface Failure {
  readonly code: ExerciseKey;
  readonly params: Readonly<Record<string, FailureParam>>;
}

export interface CheckResult {
  readonly passed: boolean;
  readonly failures: readonly Failure[];
}
