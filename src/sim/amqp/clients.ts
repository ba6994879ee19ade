/**
 * Who holds which connection and channel: a read-only view of the simulated client
 * applications for the connections panel and the node badges. The broker forgets a channel as
 * soon as it closes, but a student needs to see why it closed ("404 NOT_FOUND - no exchange
 * 'x' in vhost '/'"), so the registry keeps, for each user of a channel, the last one it had
 * and how that one ended. It keeps nothing else: memory stays bounded however long it runs.
 */
import type { AmqpEvent } from '../../engine/amqp/events';
import type { BrokerState } from '../../engine/amqp/state';
import type { Scenario } from '../../scenario/types';

/** How a channel or a connection ended. */
export interface Closure {
  readonly code: number;
  readonly text: string;
  /** True when the broker closed it (an error, a restart); false when the application did. */
  readonly byServer: boolean;
  readonly at: number;
}

/** What a channel is used for: a producer, a consumer, or declarations (the admin's, or an app's exclusive queue). */
export type ChannelUser =
  | { readonly kind: 'producer' | 'consumer'; readonly nodeId: string }
  | { readonly kind: 'declare' };

interface ChannelRecord {
  readonly id: number;
  readonly number: number;
  readonly connection: number;
  readonly confirm: boolean;
  readonly user: ChannelUser;
  readonly app: string;
}

export interface ConsumerInfo {
  readonly tag: string;
  readonly queue: string;
  readonly noAck: boolean;
  readonly prefetch: number;
  readonly unacked: number;
}

export interface ChannelInfo {
  /** The id the event log uses ("channel 3"). */
  readonly id: number;
  /** Its number inside its connection (1, 2 ...), as RabbitMQ shows it. */
  readonly number: number;
  readonly connection: number;
  readonly user: ChannelUser;
  readonly open: boolean;
  /** How it ended, when it is closed. */
  readonly closed: Closure | null;
  readonly confirm: boolean;
  /** basic.qos per consumer and per channel (global); 0 = no limit. Null once closed. */
  readonly prefetchPerConsumer: number | null;
  readonly prefetchGlobal: number | null;
  readonly unacked: number;
  readonly consumers: readonly ConsumerInfo[];
}

export interface AppInfo {
  /** The application name from the document; ADMIN for the declarations connection. */
  readonly app: string;
  readonly admin: boolean;
  /** Its last connection, or null when it never connected. */
  readonly connection: number | null;
  readonly open: boolean;
  readonly closed: Closure | null;
  readonly producers: readonly string[];
  readonly consumers: readonly string[];
  /** One row per user of the app (declarations first, then its producers and consumers): its last channel, or null. */
  readonly channels: readonly {
    readonly user: ChannelUser;
    readonly channel: ChannelInfo | null;
  }[];
}

/**
 * How a producer or consumer node stands with the broker, for its badge:
 * ok - its channel is open (and, for a consumer, subscribed);
 * idle - it has no channel yet (a producer opens one at its first publish);
 * down - the consumer crashed and is restarting;
 * failed - the broker closed its channel (an error, a restart): `closure` says why;
 * closed - the application closed it (Close connection / Close channel);
 * cancelled - a consumer whose channel is open but whose subscription the broker cancelled (its queue was deleted).
 */
export type LinkState = 'ok' | 'idle' | 'down' | 'failed' | 'closed' | 'cancelled';

/** The application name used for the declarations connection (never a valid document name). */
export const ADMIN = '\u0000admin';

const userKey = (app: string, u: ChannelUser): string =>
  u.kind === 'declare' ? `d:${app}` : `${u.kind[0]}:${u.nodeId}`;

export class ClientRegistry {
  private readonly appConnection = new Map<string, number>();
  private readonly connectionApp = new Map<number, string>();
  private readonly latest = new Map<string, ChannelRecord>();
  private readonly channelKey = new Map<number, string>();
  private readonly channelClosures = new Map<number, Closure>();
  private readonly connectionClosures = new Map<number, Closure>();

  connectionOpened(app: string, connection: number): void {
    const old = this.appConnection.get(app);
    if (old !== undefined) {
      this.connectionApp.delete(old);
      this.connectionClosures.delete(old);
    }
    this.appConnection.set(app, connection);
    this.connectionApp.set(connection, app);
  }

  channelOpened(app: string, user: ChannelUser, state: BrokerState, id: number): void {
    const ch = state.channels.get(id);
    if (ch === undefined) return;
    const key = userKey(app, user);
    const old = this.latest.get(key);
    if (old !== undefined) {
      this.channelKey.delete(old.id);
      this.channelClosures.delete(old.id);
    }
    this.latest.set(key, {
      id,
      number: ch.number,
      connection: ch.connection.id,
      confirm: ch.confirm,
      user,
      app,
    });
    this.channelKey.set(id, key);
  }

  /** Remembers how the channels and connections it knows about ended. */
  observe(e: AmqpEvent): void {
    if (e.type === 'channel-closed' && this.channelKey.has(e.channel))
      this.channelClosures.set(e.channel, {
        code: e.code,
        text: e.text,
        byServer: e.byServer,
        at: e.time,
      });
    else if (e.type === 'connection-closed' && this.connectionApp.has(e.connection))
      this.connectionClosures.set(e.connection, {
        code: e.code,
        text: e.text,
        byServer: e.byServer,
        at: e.time,
      });
  }

  /** The last channel a producer or consumer node had, and how it ended if it did. */
  channelOf(
    kind: 'producer' | 'consumer',
    nodeId: string,
  ): { id: number; closed: Closure | null } | null {
    const r = this.latest.get(`${kind[0]}:${nodeId}`);
    return r ? { id: r.id, closed: this.channelClosures.get(r.id) ?? null } : null;
  }

  /** The status of one node's channel; `down` comes from the runner, which knows crashed consumers. */
  linkOf(
    state: BrokerState,
    kind: 'producer' | 'consumer',
    nodeId: string,
    down: boolean,
  ): { state: LinkState; closure: Closure | null } {
    if (down) return { state: 'down', closure: null };
    const r = this.latest.get(`${kind[0]}:${nodeId}`);
    if (r === undefined) return { state: 'idle', closure: null };
    const ch = state.channels.get(r.id);
    if (ch?.open)
      return {
        state: kind === 'consumer' && ch.consumers.size === 0 ? 'cancelled' : 'ok',
        closure: null,
      };
    const closure = this.channelClosures.get(r.id) ?? null;
    // Closed without an event seen (cannot happen today) counts as closed by the app.
    return { state: closure?.byServer ? 'failed' : 'closed', closure };
  }

  /** Every application of the document (and the admin connection), with its connection and channels. */
  view(doc: Scenario, state: BrokerState): AppInfo[] {
    const apps = new Map<string, { producers: string[]; consumers: string[] }>();
    const entry = (app: string) => {
      let a = apps.get(app);
      if (!a) apps.set(app, (a = { producers: [], consumers: [] }));
      return a;
    };
    entry(ADMIN);
    for (const n of doc.nodes) {
      if (n.kind === 'producer') entry(n.app).producers.push(n.id);
      else if (n.kind === 'consumer') entry(n.app).consumers.push(n.id);
    }
    return [...apps].map(([app, nodes]) => {
      const connection = this.appConnection.get(app) ?? null;
      const conn = connection === null ? undefined : state.connections.get(connection);
      const users: ChannelUser[] = [
        { kind: 'declare' },
        ...nodes.producers.map((nodeId) => ({ kind: 'producer' as const, nodeId })),
        ...nodes.consumers.map((nodeId) => ({ kind: 'consumer' as const, nodeId })),
      ];
      const channels = users.flatMap((user) => {
        const r = this.latest.get(userKey(app, user));
        // An app declares on its own connection only for its exclusive queues: no row otherwise.
        if (user.kind === 'declare' && r === undefined && app !== ADMIN) return [];
        return [{ user, channel: r ? this.channelInfo(r, state) : null }];
      });
      return {
        app,
        admin: app === ADMIN,
        connection,
        open: conn?.open === true,
        closed: connection === null ? null : (this.connectionClosures.get(connection) ?? null),
        producers: nodes.producers,
        consumers: nodes.consumers,
        channels,
      };
    });
  }

  private channelInfo(r: ChannelRecord, state: BrokerState): ChannelInfo {
    const ch = state.channels.get(r.id);
    const base = { id: r.id, number: r.number, connection: r.connection, user: r.user };
    if (!ch?.open)
      return {
        ...base,
        open: false,
        closed: this.channelClosures.get(r.id) ?? null,
        confirm: r.confirm,
        prefetchPerConsumer: null,
        prefetchGlobal: null,
        unacked: 0,
        consumers: [],
      };
    return {
      ...base,
      open: true,
      closed: null,
      confirm: ch.confirm,
      prefetchPerConsumer: ch.prefetchPerConsumer,
      prefetchGlobal: ch.prefetchGlobal,
      unacked: ch.unacked.size,
      consumers: [...ch.consumers.values()].map((c) => ({
        tag: c.tag,
        queue: c.queue,
        noAck: c.noAck,
        prefetch: c.prefetch,
        unacked: c.unacked,
      })),
    };
  }
}
