// A headless run of a Kafka scenario for an exercise check: the same simulation the canvas plays,
// advanced in simulated time with scripted faults (a crash, a broker failure) at fixed instants.
// Pure and deterministic: the same document always gets the same verdict.

import type { KafkaEvent } from '../../engine/kafka';
import type { KafkaScenario } from '../../scenario/kafka/types';
import { KafkaSimulation } from '../../sim/kafka/runner';
import type { KClientEvent, KLogEntry } from '../../sim/kafka/types';

export interface ScriptStep {
  readonly at: number;
  readonly act: (sim: KafkaSimulation, doc: KafkaScenario) => void;
}

export interface RunResult {
  readonly sim: KafkaSimulation;
  readonly log: readonly KLogEntry[];
  readonly doc: KafkaScenario;
}

/** Steps of this size keep client timers and engine timers interleaved as in the browser. */
const STEP_MS = 100;

export function runHeadless(doc: KafkaScenario, until: number, script: readonly ScriptStep[] = []): RunResult {
  const sim = new KafkaSimulation(doc);
  const log: KLogEntry[] = [];
  const pending = [...script].sort((a, b) => a.at - b.at);
  for (let t = 0; t <= until; t += STEP_MS) {
    sim.advanceTo(t);
    while (pending.length > 0 && pending[0].at <= t) pending.shift()?.act(sim, doc);
    log.push(...sim.takeLog());
  }
  return { sim, log, doc };
}

export function engineEvents<T extends KafkaEvent['type']>(log: readonly KLogEntry[], type: T): Extract<KafkaEvent, { type: T }>[] {
  const out: Extract<KafkaEvent, { type: T }>[] = [];
  for (const e of log) if (e.source === 'engine' && e.event.type === type) out.push(e.event as Extract<KafkaEvent, { type: T }>);
  return out;
}

export function clientEvents<T extends KClientEvent['type']>(log: readonly KLogEntry[], type: T): (Extract<KClientEvent, { type: T }> & { time: number })[] {
  const out: (Extract<KClientEvent, { type: T }> & { time: number })[] = [];
  for (const e of log) if (e.source === 'client' && e.event.type === type) out.push({ ...(e.event as Extract<KClientEvent, { type: T }>), time: e.time });
  return out;
}
