import type { KafkaError, KafkaEvent, KafkaRecord } from '../../engine/kafka';

/** Simulated travel times (ms): what makes a record visible as it moves. */
export interface KafkaLatency {
  /** Producer → topic. */
  readonly produce: number;
  /** Inside the topic, from its entry to the partition the record was appended to. */
  readonly hop: number;
  /** Partition → consumer. */
  readonly deliver: number;
  /** Consumer → partition (a commit), topic → producer (an ack). */
  readonly commit: number;
  /** File → source connector, connector → topic or file. */
  readonly connect: number;
}

export const DEFAULT_KAFKA_LATENCY: KafkaLatency = { produce: 600, hop: 250, deliver: 600, commit: 400, connect: 400 };

/**
 * Where a token starts or ends: a node and one of its handles. Handle names are shared with the
 * canvas (anchors.ts); a null handle means the node's box.
 */
export interface Anchor {
  readonly node: string;
  readonly handle: string | null;
}

export type KFlightKind = 'record' | 'commit' | 'ack' | 'line';

/**
 * One token travelling in simulated time. `a` is on an edge's source side (a right-hand handle)
 * and `b` on its target side (a left-hand handle); `curve` rides the bezier React Flow draws
 * between them, otherwise the token goes straight. `reverse` travels from b to a.
 */
export interface KFlight {
  readonly id: number;
  readonly kind: KFlightKind;
  readonly a: Anchor;
  readonly b: Anchor;
  readonly curve: boolean;
  readonly reverse: boolean;
  readonly departAt: number;
  readonly arriveAt: number;
  readonly colorId: number;
  /** The record it carries (recordRef), or null. */
  readonly ref: string | null;
}

export type KMarkKind = 'crash' | 'lost' | 'deleted' | 'error' | 'write';

export interface KMark {
  readonly id: number;
  readonly kind: KMarkKind;
  readonly at: Anchor;
  readonly time: number;
  readonly colorId: number;
}

/** A record as the UI refers to it: `topic/partition@offset`. */
export const recordRef = (topic: string, partition: number, offset: number): string => `${topic}/${partition}@${offset}`;

/** What the client applications did (the engine reports the broker side). */
export type KClientEvent =
  | { type: 'producer-sent'; producer: string; topic: string; key: string | null; value: string }
  | { type: 'producer-unconnected'; producer: string }
  | { type: 'consumer-processed'; group: string; consumer: string; topic: string; partition: number; offset: number; key: string | null; value: string | null }
  | { type: 'consumer-crashed'; group: string; consumer: string; dropped: number }
  | { type: 'consumer-restarted'; group: string; consumer: string }
  | { type: 'file-written'; file: string; line: string }
  | { type: 'connector-incomplete'; connector: string; missing: 'cluster' | 'file' | 'topic' }
  | { type: 'command-failed'; node: string | null; command: string; error: KafkaError };

export type KLogEntry = { readonly seq: number; readonly time: number } & (
  | { readonly source: 'engine'; readonly event: KafkaEvent }
  | { readonly source: 'client'; readonly event: KClientEvent }
);

/** A record a consumer polled and holds until it is processed. */
export interface HeldRecord {
  readonly record: KafkaRecord;
  readonly colorId: number;
  readonly arriveAt: number;
  readonly doneAt: number;
}
