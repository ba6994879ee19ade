/**
 * Teaching traces, recomputed on demand from a `routed` event's hop (the bindings array it
 * references is immutable): why each binding did or did not match.
 */
import type { RouteHop } from '../events';
import type { Binding, ExchangeType } from '../model';
import type { FieldTable } from '../field-values';
import { explainTopicMatch, type TopicTrace } from './topic-explain';
import { explainHeaders, type HeadersTrace } from './headers-explain';

export type BindingTrace =
  | { readonly kind: 'fanout'; readonly binding: Binding; readonly matched: true }
  | { readonly kind: 'direct'; readonly binding: Binding; readonly matched: boolean; readonly routingKey: string }
  | { readonly kind: 'topic'; readonly binding: Binding; readonly matched: boolean; readonly traces: readonly TopicTrace[] }
  | { readonly kind: 'headers'; readonly binding: Binding; readonly matched: boolean; readonly trace: HeadersTrace };

export function explainBinding(
  type: ExchangeType,
  binding: Binding,
  routingKeys: readonly string[],
  headers: FieldTable | undefined,
): BindingTrace {
  switch (type) {
    case 'fanout':
      return { kind: 'fanout', binding, matched: true };
    case 'direct': {
      const hit = routingKeys.find((k) => k === binding.routingKey);
      return { kind: 'direct', binding, matched: hit !== undefined, routingKey: hit ?? routingKeys[0] ?? '' };
    }
    case 'topic': {
      const traces = routingKeys.map((k) => explainTopicMatch(binding.routingKey, k));
      return { kind: 'topic', binding, matched: traces.some((t) => t.matched), traces };
    }
    case 'headers': {
      const trace = explainHeaders(binding.arguments, headers);
      return { kind: 'headers', binding, matched: trace.matched, trace };
    }
  }
}

/** Every binding the hop's exchange had when the message was routed, with its trace. */
export function explainRoute(
  hop: RouteHop,
  type: ExchangeType,
  routingKeys: readonly string[],
  headers: FieldTable | undefined,
): BindingTrace[] {
  return hop.bindings.map((b) => explainBinding(type, b, routingKeys, headers));
}
