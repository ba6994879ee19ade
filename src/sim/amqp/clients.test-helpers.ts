/** Shared set-ups for the clients view tests (not a test file itself). */
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { ConsumerNode, Scenario } from '../../scenario/types';
import type { AppInfo, ChannelInfo } from './clients';
import type { AmqpSimulation } from './runner';
import type { SimLogEntry } from './types';

// notes-topic: producer n1 (app-notas) -> topic exchange `notas` -> queues filial (n3), compras (n4)
// -> consumers n5 (app-filial, on filial) and n6 (app-compras, on compras).

export function withConsumer(doc: Scenario, id: string, patch: Partial<ConsumerNode>): Scenario {
  return {
    ...doc,
    nodes: doc.nodes.map((n) => (n.id === id && n.kind === 'consumer' ? { ...n, ...patch } : n)),
  };
}

/** The producer publishes only when asked, always notas.compras.filial (both queues), so counts are exact. */
export function quiet(doc: Scenario = notesTopicScenario()): Scenario {
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === 'producer' ? { ...n, schedule: { ...n.schedule, enabled: false, keys: [] } } : n,
    ),
  };
}

export function app(sim: AmqpSimulation, name: string): AppInfo {
  const a = sim.clients().find((x) => x.app === name);
  if (!a) throw new Error(`no app ${name}`);
  return a;
}

export function channelOf(sim: AmqpSimulation, nodeId: string): ChannelInfo {
  for (const a of sim.clients())
    for (const row of a.channels)
      if (row.user.kind !== 'declare' && row.user.nodeId === nodeId && row.channel)
        return row.channel;
  throw new Error(`no channel for ${nodeId}`);
}

export const readyIn = (sim: AmqpSimulation, queue: string) =>
  sim.broker.snapshot().queues.find((q) => q.name === queue)?.ready ?? [];
export const brokerEvents = (log: SimLogEntry[]) =>
  log.flatMap((e) => (e.source === 'broker' ? [e.event] : []));
