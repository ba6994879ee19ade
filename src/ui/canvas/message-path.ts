import type { Scenario } from '../../scenario/types';
import type { SimLogEntry } from '../../sim/amqp/types';

/**
 * The edges a message (and its dead-lettered copies) travelled so far, read from the log: the
 * publish link it left by, every binding that matched it, and the subscriptions it was delivered
 * through. The canvas highlights them when the message is selected.
 */
export function messagePath(
  log: readonly SimLogEntry[],
  doc: Scenario,
  messageId: number,
  producerOfChannel: (channel: number) => string | null,
): Set<string> {
  const family = new Set([messageId]);
  const edges = new Set<string>();
  const exchangeNode = new Map<string, string>();
  const queueNode = new Map<string, string>();
  for (const n of doc.nodes) {
    if (n.kind === 'exchange') exchangeNode.set(n.name, n.id);
    if (n.kind === 'queue') queueNode.set(n.name, n.id);
  }
  const edgeBetween = (kind: string, source: string | undefined, target: string | undefined) =>
    doc.edges.find((e) => e.kind === kind && e.source === source && e.target === target)?.id;

  for (const entry of log) {
    if (entry.source === 'client') {
      const e = entry.event;
      if (e.type === 'consumer-received' && family.has(e.messageId)) {
        const sub = doc.edges.find((x) => x.kind === 'subscription' && x.target === e.consumerId);
        if (sub) edges.add(sub.id);
      }
      continue;
    }
    const e = entry.event;
    if (e.type === 'dead-lettered' && family.has(e.messageId)) family.add(e.newMessageId);
    else if (e.type === 'published' && family.has(e.message.id)) {
      const producer = producerOfChannel(e.channel);
      const link = doc.edges.find((x) => x.kind === 'publish' && x.source === producer);
      if (link) edges.add(link.id);
    } else if (e.type === 'routed' && family.has(e.messageId)) {
      for (const hop of e.hops)
        for (const b of hop.matched) {
          const target = b.destinationKind === 'queue' ? queueNode.get(b.destination) : exchangeNode.get(b.destination);
          const id = edgeBetween('binding', exchangeNode.get(hop.exchange), target);
          if (id) edges.add(id);
        }
    }
  }
  return edges;
}
