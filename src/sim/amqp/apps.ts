// What the simulated client applications (producers and consumers, producer-apps.ts and
// consumer-apps.ts) need from the simulation that runs them: the clock, the timers, the log, the
// broker, the flights on the canvas and the topology's channels.

import type { AmqpCommand, CommandResult } from '../../engine/amqp/commands';
import type { MessageProperties } from '../../engine/amqp/model';
import type { Scenario } from '../../scenario/types';
import type { FlightBoard } from './flights';
import type { TopologySync } from './sync';
import type { ClientEvent, HeldDelivery, Latency } from './types';

/** A message as it left the producer: later edits to the template do not change it in flight. */
export interface OutgoingMessage {
  readonly routingKey: string;
  readonly mandatory: boolean;
  readonly properties: MessageProperties;
  readonly body: string;
}

export type SettleAction = 'ack' | 'nack' | 'reject';

/** Something a client application does later, on the simulated clock. */
export type ClientTimer =
  | { kind: 'producer-tick'; producerId: string; generation: number }
  | { kind: 'publish-arrive'; producerId: string; message: OutgoingMessage; flightColor: number }
  | { kind: 'delivery-arrive'; consumerId: string; delivery: HeldDelivery }
  | { kind: 'processing-done'; consumerId: string; delivery: HeldDelivery }
  | { kind: 'settle-arrive'; consumerId: string; delivery: HeldDelivery; action: SettleAction; requeue: boolean }
  | { kind: 'consumer-restart'; consumerId: string }
  | { kind: 'reconnect' };

export interface AppsContext {
  now(): number;
  doc(): Scenario;
  schedule(at: number, timer: ClientTimer): void;
  /** Logs what a client application did or saw. */
  client(event: ClientEvent): void;
  /** Runs a command on the broker; a refusal is logged against the node. */
  run(nodeId: string | null, cmd: AmqpCommand): CommandResult;
  readonly flights: FlightBoard;
  readonly sync: TopologySync;
  readonly latency: Latency;
}

/** The scenario node of that id and kind, if the document holds one. */
export function nodeOf<K extends 'producer' | 'consumer' | 'queue'>(doc: Scenario, id: string, kind: K) {
  const n = doc.nodes.find((x) => x.id === id);
  return n?.kind === kind ? (n as Extract<Scenario['nodes'][number], { kind: K }>) : undefined;
}
