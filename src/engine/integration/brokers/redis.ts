import { ModelLog } from './model';

/** Redis PUBLISH/SUBSCRIBE: fire and forget to whoever is connected right now (at-most-once). */
export class RedisPubSub {
  readonly log = new ModelLog('redis-pubsub');
  private readonly channels = new Map<string, Set<string>>();
  private readonly inboxes = new Map<string, string[]>();

  subscribe(now: number, client: string, channel: string): void {
    const set = this.channels.get(channel) ?? new Set<string>();
    set.add(client);
    this.channels.set(channel, set);
    if (!this.inboxes.has(client)) this.inboxes.set(client, []);
    this.log.emit(now, 'redis-subscribed', { client, channel });
  }

  unsubscribe(now: number, client: string, channel: string): void {
    this.channels.get(channel)?.delete(client);
    this.log.emit(now, 'redis-unsubscribed', { client, channel });
  }

  /** Returns how many clients received it, as PUBLISH does; 0 means the message is gone. */
  publish(now: number, channel: string, message: string): number {
    const subs = [...(this.channels.get(channel) ?? [])];
    for (const c of subs) this.inboxes.get(c)?.push(message);
    this.log.emit(now, subs.length === 0 ? 'redis-published-to-nobody' : 'redis-published', {
      channel,
      receivers: subs.length,
    });
    return subs.length;
  }

  /** What a client has received (and takes it). */
  take(client: string): string[] {
    const inbox = this.inboxes.get(client) ?? [];
    this.inboxes.set(client, []);
    return inbox;
  }
}

export interface StreamEntry {
  readonly id: string;
  readonly fields: Readonly<Record<string, string>>;
}

interface PendingEntry {
  consumer: string;
  deliveredAt: number;
  deliveries: number;
}

interface Group {
  /** Index into the stream of the next never-delivered entry (the group's last-delivered-id + 1). */
  next: number;
  readonly pel: Map<string, PendingEntry>;
}

/**
 * Redis Streams with consumer groups: entries stay in the stream (XRANGE replays them); a
 * group hands each new entry to one consumer and keeps it in the Pending Entries List until
 * XACK. A crashed consumer's entries stay pending until it re-reads them (id 0) or another
 * consumer claims them (XAUTOCLAIM).
 */
export class RedisStream {
  readonly log = new ModelLog('redis-streams');
  private readonly entries: StreamEntry[] = [];
  private readonly groups = new Map<string, Group>();
  private lastMs = -1;
  private seq = 0;

  constructor(readonly key: string) {}

  xadd(now: number, fields: Record<string, string>): string {
    this.seq = now === this.lastMs ? this.seq + 1 : 0;
    this.lastMs = now;
    const id = `${now}-${this.seq}`;
    this.entries.push({ id, fields });
    this.log.emit(now, 'redis-xadd', { key: this.key, id });
    return id;
  }

  /** '$' = only entries added from now on; '0' = the whole stream. */
  xgroupCreate(now: number, group: string, start: '$' | '0'): void {
    this.groups.set(group, { next: start === '$' ? this.entries.length : 0, pel: new Map() });
    this.log.emit(now, 'redis-group-created', { group, start });
  }

  /** '>' delivers never-delivered entries (and adds them to the PEL); '0' re-reads the consumer's own pending ones. */
  xreadgroup(
    now: number,
    group: string,
    consumer: string,
    count: number,
    id: '>' | '0',
  ): StreamEntry[] {
    const g = this.group(group);
    const out: StreamEntry[] = [];
    if (id === '0') {
      for (const e of this.entries) {
        const p = g.pel.get(e.id);
        if (p?.consumer !== consumer || out.length >= count) continue;
        p.deliveries++;
        p.deliveredAt = now;
        out.push(e);
      }
    } else {
      while (g.next < this.entries.length && out.length < count) {
        const e = this.entries[g.next++];
        g.pel.set(e.id, { consumer, deliveredAt: now, deliveries: 1 });
        out.push(e);
      }
    }
    this.log.emit(now, 'redis-xreadgroup', { group, consumer, id, entries: out.length });
    return out;
  }

  xack(now: number, group: string, ids: readonly string[]): number {
    const g = this.group(group);
    let n = 0;
    for (const id of ids) if (g.pel.delete(id)) n++;
    this.log.emit(now, 'redis-xack', { group, acked: n });
    return n;
  }

  xpending(
    now: number,
    group: string,
  ): { id: string; consumer: string; idleMs: number; deliveries: number }[] {
    return [...this.group(group).pel].map(([id, p]) => ({
      id,
      consumer: p.consumer,
      idleMs: now - p.deliveredAt,
      deliveries: p.deliveries,
    }));
  }

  /** Takes over pending entries idle for at least minIdleMs (a consumer died holding them). */
  xautoclaim(
    now: number,
    group: string,
    consumer: string,
    minIdleMs: number,
    count: number,
  ): StreamEntry[] {
    const g = this.group(group);
    const out: StreamEntry[] = [];
    for (const e of this.entries) {
      const p = g.pel.get(e.id);
      if (p === undefined || now - p.deliveredAt < minIdleMs || out.length >= count) continue;
      this.log.emit(now, 'redis-claimed', { group, id: e.id, from: p.consumer, to: consumer });
      p.consumer = consumer;
      p.deliveredAt = now;
      p.deliveries++;
      out.push(e);
    }
    return out;
  }

  /** Reading does not remove: the stream can be replayed. */
  xrange(): readonly StreamEntry[] {
    return this.entries;
  }

  private group(name: string): Group {
    const g = this.groups.get(name);
    if (g === undefined) throw new Error(`NOGROUP ${name}`);
    return g;
  }
}
