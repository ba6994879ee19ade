/**
 * The routing algorithm of broker-semantics A.0: walk the exchange graph from the publish
 * exchange, following matching bindings (or the alternate exchange when an exchange matched
 * nothing), visiting each exchange once and collecting each queue once. Visit stamps on the
 * exchange and queue objects replace per-message Sets.
 */
import type { RouteHop } from '../events';
import type { Binding, Exchange, Queue } from '../model';
import type { BrokerState } from '../state';
import type { FieldTable } from '../field-values';
import { headersMatch } from './headers';

export interface RouteResult {
  readonly queues: Queue[];
  readonly hops: RouteHop[];
}

const NONE: readonly Binding[] = Object.freeze([]);

export function matchBindings(x: Exchange, keys: readonly string[], headers: FieldTable | undefined): readonly Binding[] {
  switch (x.type) {
    case 'fanout':
      return x.bindings;
    case 'direct': {
      if (keys.length === 1) return x.byKey!.get(keys[0]) ?? NONE;
      const out: Binding[] = [];
      for (const k of keys) for (const b of x.byKey!.get(k) ?? NONE) if (!out.includes(b)) out.push(b);
      return out;
    }
    case 'topic': {
      if (keys.length === 1) return x.topic!.match(keys[0]);
      const out: Binding[] = [];
      for (const k of keys) for (const b of x.topic!.match(k)) if (!out.includes(b)) out.push(b);
      return out;
    }
    case 'headers':
      return x.bindings.filter((b) => headersMatch(b.headers!, headers));
  }
}

/** Routes through the default exchange: each routing key names a queue. */
function routeDefault(st: BrokerState, keys: readonly string[]): RouteResult {
  const queues: Queue[] = [];
  const stamp = ++st.routeStamp;
  for (const k of keys) {
    const q = st.queues.get(k);
    if (q !== undefined && q.visit !== stamp) {
      q.visit = stamp;
      queues.push(q);
    }
  }
  return { queues, hops: [] };
}

export function route(st: BrokerState, start: Exchange, keys: readonly string[], headers: FieldTable | undefined): RouteResult {
  if (start.name === '') return routeDefault(st, keys);
  const stamp = ++st.routeStamp;
  const queues: Queue[] = [];
  const hops: RouteHop[] = [];
  start.visit = stamp;
  let work: { x: Exchange; viaAlternate: boolean }[] | null = null;
  let x: Exchange | undefined = start;
  let viaAlternate = false;
  while (x !== undefined) {
    const matched = matchBindings(x, keys, headers);
    hops.push({ exchange: x.name, bindings: x.bindings, matched, viaAlternate });
    for (let i = 0; i < matched.length; i++) {
      const b = matched[i];
      if (b.destinationKind === 'queue') {
        const q = b.queue;
        if (q !== null && !q.deleted && q.visit !== stamp) {
          q.visit = stamp;
          queues.push(q);
        }
      } else {
        const d = st.exchanges.get(b.destination);
        if (d !== undefined && d.visit !== stamp) {
          d.visit = stamp;
          (work ??= []).push({ x: d, viaAlternate: false });
        }
      }
    }
    if (matched.length === 0 && x.alternateExchange !== null) {
      const ae = st.exchanges.get(x.alternateExchange);
      if (ae !== undefined && ae.visit !== stamp) {
        ae.visit = stamp;
        (work ??= []).push({ x: ae, viaAlternate: true });
      }
    }
    const next = work?.pop();
    x = next?.x;
    viaAlternate = next?.viaAlternate ?? false;
  }
  return { queues, hops };
}
