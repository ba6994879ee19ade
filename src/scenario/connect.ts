import type { Scenario, ScenarioEdge } from './types';

/** Why a connection was refused; the UI words each code in the user's language. */
export type ConnectRefusal =
  | 'same-node'
  | 'missing-node'
  | 'into-producer'
  | 'from-consumer'
  | 'producer-to-consumer'
  | 'producer-has-target'
  | 'queue-to-exchange'
  | 'queue-to-queue'
  | 'exchange-to-consumer'
  | 'consumer-has-queue'
  | 'duplicate-binding'
  | 'already-subscribed';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export type ConnectResult =
  | { ok: true; edge: WithoutId<ScenarioEdge> }
  | { ok: false; reason: ConnectRefusal };

/** Decides what dragging from one node's handle to another means in AMQP, or why it means nothing. */
export function connect(doc: Scenario, sourceId: string, targetId: string): ConnectResult {
  if (sourceId === targetId) return { ok: false, reason: 'same-node' };
  const source = doc.nodes.find((n) => n.id === sourceId);
  const target = doc.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, reason: 'missing-node' };
  if (target.kind === 'producer') return { ok: false, reason: 'into-producer' };
  if (source.kind === 'consumer') return { ok: false, reason: 'from-consumer' };

  switch (source.kind) {
    case 'producer': {
      if (target.kind === 'consumer') return { ok: false, reason: 'producer-to-consumer' };
      if (doc.edges.some((e) => e.kind === 'publish' && e.source === sourceId))
        return { ok: false, reason: 'producer-has-target' };
      return { ok: true, edge: { kind: 'publish', source: sourceId, target: targetId } };
    }
    case 'exchange': {
      if (target.kind === 'consumer') return { ok: false, reason: 'exchange-to-consumer' };
      // A new binding starts with an empty key (direct/topic) the user edits on the edge; a second
      // binding between the same pair needs a different key, so it starts as a copy to be changed.
      const sameKeyExists = doc.edges.some(
        (e) => e.kind === 'binding' && e.source === sourceId && e.target === targetId && e.key === '' && e.args.length === 0,
      );
      if (sameKeyExists) return { ok: false, reason: 'duplicate-binding' };
      return {
        ok: true,
        edge: { kind: 'binding', source: sourceId, target: targetId, key: '', xMatch: 'all', args: [] },
      };
    }
    case 'queue': {
      if (target.kind === 'exchange') return { ok: false, reason: 'queue-to-exchange' };
      if (target.kind === 'queue') return { ok: false, reason: 'queue-to-queue' };
      if (doc.edges.some((e) => e.kind === 'subscription' && e.target === targetId)) {
        const same = doc.edges.some((e) => e.kind === 'subscription' && e.target === targetId && e.source === sourceId);
        return { ok: false, reason: same ? 'already-subscribed' : 'consumer-has-queue' };
      }
      return { ok: true, edge: { kind: 'subscription', source: sourceId, target: targetId } };
    }
  }
}
