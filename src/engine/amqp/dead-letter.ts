/**
 * Dead-lettering (broker-semantics E): re-publish through the queue's DLX with x-death and
 * x-first-death-* recorded (3.10 format: no x-last-death-*), expiration removed, and the
 * automatic-cycle check done per target queue.
 */
import { long, str, type FieldTable, type FieldValue } from './field-values';
import type { DeathReason, DropReason } from './events';
import type { Message, MessageProperties, Queue, QueueEntry } from './model';
import type { BrokerState } from './state';
import { route } from './routing/route';
import { enqueue } from './queue-core';

function stringList(v: FieldValue | undefined): string[] {
  if (v === undefined || v.kind !== 'array') return [];
  return v.value.flatMap((x) => (x.kind === 'string' ? [x.value] : []));
}

/** The message's routing keys as x-death records them: the publish key plus CC (never BCC). */
function deathKeys(msg: Message): string[] {
  return [msg.routingKey, ...stringList(msg.properties.headers?.['CC'])];
}

function field(t: FieldValue, k: string): FieldValue | undefined {
  return t.kind === 'table' ? t.value[k] : undefined;
}

function isCycle(queue: string, deaths: readonly FieldValue[]): boolean {
  for (const d of deaths) {
    const r = field(d, 'reason');
    if (r?.kind === 'string' && r.value === 'rejected') return false;
    const q = field(d, 'queue');
    if (q?.kind === 'string' && q.value === queue) return true;
  }
  return false;
}

function recordDeath(st: BrokerState, q: Queue, msg: Message, reason: DeathReason): FieldTable {
  const headers = msg.properties.headers ?? {};
  const old = headers['x-death'];
  const deaths: FieldValue[] = old?.kind === 'array' ? [...old.value] : [];
  const i = deaths.findIndex((d) => {
    const dq = field(d, 'queue');
    const dr = field(d, 'reason');
    return dq?.kind === 'string' && dq.value === q.name && dr?.kind === 'string' && dr.value === reason;
  });
  let entry: FieldValue;
  if (i >= 0) {
    const prev = deaths[i];
    const t = prev.kind === 'table' ? prev.value : {};
    const count = t['count'];
    entry = { kind: 'table', value: { ...t, count: long((count?.kind === 'int' ? count.value : 0) + 1) } };
    deaths.splice(i, 1);
  } else {
    const e: Record<string, FieldValue> = {
      count: long(1),
      reason: str(reason),
      queue: str(q.name),
      time: { kind: 'timestamp', value: Math.floor(st.now / 1000) },
      exchange: str(msg.exchange),
      'routing-keys': { kind: 'array', value: deathKeys(msg).map(str) },
    };
    if (msg.properties.expiration !== undefined) e['original-expiration'] = str(msg.properties.expiration);
    entry = { kind: 'table', value: e };
  }
  deaths.unshift(entry);
  const next: Record<string, FieldValue> = { ...headers, 'x-death': { kind: 'array', value: deaths } };
  if (!('x-first-death-queue' in headers)) {
    next['x-first-death-queue'] = str(q.name);
    next['x-first-death-reason'] = str(reason);
    next['x-first-death-exchange'] = str(msg.exchange);
  }
  return next;
}

/**
 * Dead-letters a message that left queue q for `reason`, or discards it when q has no DLX.
 * `noDlxReason` names the drop when there is no DLX (e.g. overflow).
 */
export function deadLetter(st: BrokerState, q: Queue, e: QueueEntry, reason: DeathReason, noDlxReason: DropReason = 'no-dlx'): void {
  const msg = e.msg;
  const dlxName = q.args.deadLetterExchange;
  if (dlxName === null) {
    st.emit({ type: 'dropped', messageId: msg.id, queue: q.name, reason: noDlxReason });
    return;
  }
  const dlx = st.exchanges.get(dlxName);
  if (dlx === undefined) {
    st.emit({ type: 'dropped', messageId: msg.id, queue: q.name, reason: 'dlx-missing' });
    return;
  }
  const dlrk = q.args.deadLetterRoutingKey;
  const headers = { ...recordDeath(st, q, msg, reason) };
  const keys = dlrk !== null ? [dlrk] : deathKeys(msg);
  if (dlrk !== null) delete headers['CC'];
  delete headers['BCC'];
  const { expiration: _dropped, ...rest } = msg.properties;
  const properties: MessageProperties = { ...rest, headers };
  const dead: Message = {
    id: st.nextMessageId++,
    exchange: dlxName,
    routingKey: keys[0],
    properties,
    body: msg.body,
    size: msg.size,
  };
  st.emit({ type: 'dead-lettered', queue: q.name, messageId: msg.id, reason, exchange: dlxName, newMessageId: dead.id });
  const { queues, hops } = route(st, dlx, keys, headers);
  st.emit({ type: 'routed', messageId: dead.id, hops, queues: queues.map((t) => t.name) });
  if (queues.length === 0) {
    st.emit({ type: 'dropped', messageId: dead.id, queue: null, reason: 'unroutable' });
    return;
  }
  const deaths = headers['x-death'].kind === 'array' ? headers['x-death'].value : [];
  for (const target of queues) {
    if (reason !== 'rejected' && isCycle(target.name, deaths)) {
      st.emit({ type: 'dropped', messageId: dead.id, queue: target.name, reason: 'cycle' });
      continue;
    }
    enqueue(st, target, dead);
  }
}
