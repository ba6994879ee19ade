/**
 * What presenter mode puts on screen: the latest step worth explaining to a class (routing,
 * delivery, acks, drops, errors), not the bookkeeping around it (published, enqueued, topology,
 * a consumer's private progress). Pure, over the simulation log.
 */
import type { SimLogEntry } from '../../sim/amqp/types';

const BROKER_STEPS = new Set([
  'routed',
  'delivered',
  'acked',
  'nacked',
  'rejected',
  'requeued',
  'expired',
  'dead-lettered',
  'returned',
  'dropped',
  'confirm',
  'broker-restarted',
]);
const CLIENT_STEPS = new Set(['consumer-crashed', 'command-failed']);

export function isPresentable(entry: SimLogEntry): boolean {
  const e = entry.event;
  if (entry.source === 'client') return CLIENT_STEPS.has(e.type);
  // A client closing its own channel is bookkeeping; the broker closing one is an error to show.
  if (e.type === 'channel-closed' || e.type === 'connection-closed') return e.byServer;
  return BROKER_STEPS.has(e.type);
}

/**
 * The latest step: every presentable entry at the simulated instant of the newest one, in log
 * order. The first is the one to explain in full (a routing decision comes before the deliveries
 * it causes); the others are shown as one line each.
 */
export function latestStep(log: readonly SimLogEntry[]): SimLogEntry[] {
  let i = log.length - 1;
  while (i >= 0 && !isPresentable(log[i])) i--;
  if (i < 0) return [];
  const time = log[i].time;
  const out: SimLogEntry[] = [];
  for (let j = i; j >= 0 && log[j].time === time; j--) if (isPresentable(log[j])) out.push(log[j]);
  return out.reverse();
}
