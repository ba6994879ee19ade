/**
 * Connections and channels: open, close (graceful or by error), and broker restart
 * (broker-semantics G, D.5, F.2).
 */
import type { Channel, Connection } from './model';
import type { BrokerState } from './state';
import { requeueAll } from './acks';
import { removeConsumer } from './consumers';
import { deleteQueue } from './queues';
import { deleteExchange, removeBinding } from './exchanges';
import { putBack, readyEntries, runQueue } from './queue-core';

export function openConnection(st: BrokerState, user: string): Connection {
  const c: Connection = { id: st.nextConnectionId++, user, open: true, channels: new Map(), nextChannel: 1 };
  st.connections.set(c.id, c);
  return c;
}

export function openChannel(st: BrokerState, conn: Connection, confirm: boolean): Channel {
  const ch: Channel = {
    id: st.nextChannelId++,
    number: conn.nextChannel++,
    connection: conn,
    open: true,
    confirm,
    publishSeq: 0,
    nextTag: 1,
    unacked: new Map(),
    consumers: new Map(),
    prefetchPerConsumer: 0,
    prefetchGlobal: 0,
    consumerUnacked: 0,
    lastQueue: '',
  };
  conn.channels.set(ch.id, ch);
  st.channels.set(ch.id, ch);
  return ch;
}

/** Closes a channel: consumers go first (so nothing is redelivered to them), then unacked messages are requeued. */
export function closeChannel(st: BrokerState, ch: Channel, code: number, text: string, byServer: boolean): void {
  if (!ch.open) return;
  ch.open = false;
  for (const c of [...ch.consumers.values()]) removeConsumer(st, c, false);
  requeueAll(st, ch);
  ch.connection.channels.delete(ch.id);
  st.channels.delete(ch.id);
  st.emit({ type: 'channel-closed', channel: ch.id, connection: ch.connection.id, code, text, byServer });
}

/** Closes a connection: all its channels, then its exclusive queues. */
export function closeConnection(st: BrokerState, conn: Connection, code: number, text: string, byServer: boolean): void {
  if (!conn.open) return;
  conn.open = false;
  for (const ch of [...conn.channels.values()]) closeChannel(st, ch, code, text, byServer);
  for (const q of [...st.queues.values()]) if (q.exclusiveOwner === conn.id) deleteQueue(st, q, 'exclusive-owner-gone');
  st.connections.delete(conn.id);
  st.emit({ type: 'connection-closed', connection: conn.id, code, text, byServer });
}

/**
 * Broker restart: every connection is dropped (unacked messages return, redelivered), then only
 * durable exchanges, durable queues, bindings between durable ends and persistent messages in
 * durable queues (all messages in quorum queues) survive.
 */
export function restart(st: BrokerState): void {
  for (const conn of [...st.connections.values()]) {
    // Take consumers off first so returning messages are not dispatched to doomed consumers.
    for (const ch of conn.channels.values()) for (const c of [...ch.consumers.values()]) removeConsumer(st, c, true);
  }
  for (const conn of [...st.connections.values()]) closeConnection(st, conn, 320, 'CONNECTION_FORCED - broker forced connection closure with reason \'shutdown\'', true);
  for (const q of [...st.queues.values()]) if (!q.durable) deleteQueue(st, q, 'restart');
  for (const x of [...st.exchanges.values()]) if (!x.durable) deleteExchange(st, x, 'restart');
  for (const x of st.exchanges.values()) {
    for (const b of x.bindings) {
      const dest = b.destinationKind === 'queue' ? st.queues.get(b.destination) : st.exchanges.get(b.destination);
      if (dest !== undefined && !dest.durable) removeBinding(st, b, false);
    }
  }
  st.timers.clear();
  for (const q of st.queues.values()) {
    const keep = readyEntries(q).filter((e) => q.args.type === 'quorum' || e.msg.properties.deliveryMode === 2);
    for (const e of readyEntries(q)) if (!keep.includes(e)) st.emit({ type: 'dropped', messageId: e.msg.id, queue: q.name, reason: 'not-persistent' });
    q.levels.forEach((l) => l.clear());
    q.readyCount = 0;
    q.readyBytes = 0;
    q.headTimerAt = -1;
    for (const e of keep) putBack(q, e);
    q.consumers = [];
    q.active = null;
    q.expiresAt = Infinity;
    if (q.args.expires !== null) {
      q.expiresAt = st.now + q.args.expires;
      st.schedule(q.expiresAt, { kind: 'queue-expires', queue: q, at: q.expiresAt });
    }
    runQueue(st, q);
  }
  st.emit({ type: 'broker-restarted' });
}
