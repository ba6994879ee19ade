// Runs a student's scenario headless for a check: the same AmqpSimulation the canvas plays, with
// the producers' schedules switched off so only the check's test messages flow, then the check's
// actions (a crash, a broker restart...) at their simulated times, until the run's end. Pure and
// deterministic: a fixed seed, no wall clock.

import type { BrokerSnapshot } from '../engine/amqp/snapshot';
import type { MessageProperties } from '../engine/amqp/model';
import { fieldTable } from '../sim/amqp/fields';
import { AmqpSimulation } from '../sim/amqp/runner';
import type { SimLogEntry } from '../sim/amqp/types';
import type { ProducerNode, Scenario } from '../scenario/types';
import type { CheckSpec, RunAction, TestMessage } from './types';

export const CHECK_SEED = 7;

/** What became of one test message as it was sent. */
export type SendOutcome =
  | { kind: 'sent'; producerId: string | null }
  | { kind: 'no-producer'; name: string }
  | { kind: 'no-exchange-edge'; producer: string }
  | { kind: 'refused'; code: number; text: string };

export interface RunRecord {
  readonly log: readonly SimLogEntry[];
  readonly snapshot: BrokerSnapshot;
  /** Per test message: the broker's id for it, or null when it never reached the broker. */
  readonly messageIds: readonly (number | null)[];
  readonly sends: readonly SendOutcome[];
  /** Actions that could not happen (a consumer that is not there): their indexes. */
  readonly skippedActions: readonly number[];
  readonly doc: Scenario;
}

/** The student's document with every schedule off: the check publishes its own messages. */
export function quietDocument(doc: Scenario): Scenario {
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === 'producer' ? { ...n, schedule: { ...n.schedule, enabled: false, keys: [] } } : n,
    ),
  };
}

/** The producer's template with the test message's fields laid over it. */
export function withTestMessage(p: ProducerNode, m: TestMessage): ProducerNode {
  const props: Record<string, unknown> = { ...p.message.properties };
  for (const [k, v] of Object.entries(m.properties ?? {})) if (v !== undefined) props[k] = v;
  return {
    ...p,
    message: {
      ...p.message,
      routingKey: m.routingKey ?? p.message.routingKey,
      headers: m.headers ? [...m.headers] : p.message.headers,
      payloadKind: m.payloadKind ?? p.message.payloadKind,
      payload: m.payload ?? p.message.payload,
      properties: props,
    },
  };
}

type Step = { at: number; order: number } & (
  | { kind: 'message'; index: number; m: TestMessage }
  | { kind: 'action'; index: number; a: RunAction }
);

export function runCheck(studentDoc: Scenario, spec: CheckSpec): RunRecord {
  const base = quietDocument(studentDoc);
  let doc = base;
  const sim = new AmqpSimulation(doc, { seed: CHECK_SEED });
  const log: SimLogEntry[] = [];
  const drain = () => {
    for (const e of sim.takeLog()) log.push(e);
  };
  drain();

  const sends: SendOutcome[] = spec.messages.map(() => ({ kind: 'sent', producerId: null }));
  const messageIds: (number | null)[] = spec.messages.map(() => null);
  /** Test messages each producer sent, in order: its n-th `producer-sent` is the n-th of these. */
  const pending = new Map<string, number[]>();
  const skippedActions: number[] = [];
  let checker: { connection: number; channel: number } | null = null;

  const steps: Step[] = [
    ...spec.messages.map((m, index): Step => ({
      at: m.at,
      order: index,
      kind: 'message',
      index,
      m,
    })),
    ...spec.actions.map((a, index): Step => ({
      at: a.at,
      order: spec.messages.length + index,
      kind: 'action',
      index,
      a,
    })),
  ].sort((x, y) => x.at - y.at || x.order - y.order);

  const byName = (kind: 'producer' | 'consumer', name: string) =>
    doc.nodes.find((n) => n.kind === kind && n.name === name);

  for (const step of steps) {
    sim.advanceTo(Math.max(step.at, sim.now()));
    drain();
    if (step.kind === 'message') {
      const { m, index } = step;
      if ('producer' in m.via) {
        const p = byName('producer', m.via.producer);
        if (p?.kind !== 'producer') {
          sends[index] = { kind: 'no-producer', name: m.via.producer };
          continue;
        }
        doc = { ...doc, nodes: doc.nodes.map((n) => (n.id === p.id ? withTestMessage(p, m) : n)) };
        sim.setDocument(doc);
        drain();
        const before = log.length;
        sim.publishNow(p.id);
        drain();
        const unconnected = log
          .slice(before)
          .some((e) => e.source === 'client' && e.event.type === 'producer-unconnected');
        if (unconnected) {
          sends[index] = { kind: 'no-exchange-edge', producer: p.name };
          continue;
        }
        sends[index] = { kind: 'sent', producerId: p.id };
        pending.set(p.id, [...(pending.get(p.id) ?? []), index]);
      } else {
        checker = openChecker(sim, checker);
        const before = log.length;
        const r = sim.broker.execute({
          type: 'basic.publish',
          channel: checker.channel,
          exchange: m.via.exchange,
          routingKey: m.routingKey ?? '',
          properties: exchangeProperties(m),
          body: m.payload ?? '',
        });
        sim.advanceTo(sim.now());
        drain();
        if (!r.ok) {
          sends[index] = { kind: 'refused', code: r.error.code, text: r.error.text };
          continue;
        }
        for (const e of log.slice(before))
          if (
            e.source === 'broker' &&
            e.event.type === 'published' &&
            e.event.channel === checker.channel
          )
            messageIds[index] = e.event.message.id;
      }
    } else {
      if (!applyAction(sim, doc, step.a)) skippedActions.push(step.index);
      drain();
    }
  }
  sim.advanceTo(Math.max(spec.runMs, sim.now()));
  drain();

  matchProducerSends(log, pending, messageIds, sends);
  return { log, snapshot: sim.broker.snapshot(), messageIds, sends, skippedActions, doc: base };
}

function openChecker(sim: AmqpSimulation, current: { connection: number; channel: number } | null) {
  const st = sim.broker.state;
  if (current && st.channels.get(current.channel)?.open) return current;
  let connection = current?.connection;
  if (connection === undefined || !st.connections.get(connection)?.open) {
    const c = sim.broker.execute({ type: 'connection.open', user: 'guest' });
    connection = c.ok && c.connection !== undefined ? c.connection : -1;
  }
  const ch = sim.broker.execute({ type: 'channel.open', connection });
  return { connection, channel: ch.ok && ch.channel !== undefined ? ch.channel : -1 };
}

function exchangeProperties(m: TestMessage): MessageProperties {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.properties ?? {}))
    if (v !== undefined && v !== '') out[k] = v;
  if (m.headers && m.headers.length > 0) out.headers = fieldTable(m.headers);
  return out;
}

function applyAction(sim: AmqpSimulation, doc: Scenario, a: RunAction): boolean {
  if (a.kind === 'restart-broker') {
    sim.restartBroker();
    return true;
  }
  const c = doc.nodes.find((n) => n.kind === 'consumer' && n.name === a.consumer);
  if (c?.kind !== 'consumer') return false;
  if (a.kind === 'crash-consumer') sim.crashConsumer(c.id);
  else sim.closeConnection(c.app);
  return true;
}

/**
 * A producer's publish is reported as `producer-sent` when it reaches the broker, then the
 * broker's `published` (or a failed command) in the same step. Each producer's sends arrive in
 * the order they left, so its n-th `producer-sent` is its n-th test message.
 */
function matchProducerSends(
  log: readonly SimLogEntry[],
  pending: Map<string, number[]>,
  ids: (number | null)[],
  sends: SendOutcome[],
): void {
  const queues = new Map([...pending].map(([k, v]) => [k, [...v]]));
  let current: number | null = null;
  for (const e of log) {
    if (e.source === 'client' && e.event.type === 'producer-sent') {
      current = queues.get(e.event.producerId)?.shift() ?? null;
    } else if (
      current !== null &&
      e.source === 'client' &&
      e.event.type === 'command-failed' &&
      e.event.command === 'basic.publish'
    ) {
      sends[current] = { kind: 'refused', code: e.event.error.code, text: e.event.error.text };
      current = null;
    } else if (current !== null && e.source === 'broker' && e.event.type === 'published') {
      ids[current] = e.event.message.id;
      current = null;
    }
  }
}
