/**
 * The "why" of routing decisions, loaded with ./explain-why: binding by binding, word by word for
 * topic exchanges, key by key for headers exchanges.
 */
import type { AmqpEvent, RouteHop } from '../../engine/amqp/events';
import type { FieldTable } from '../../engine/amqp/field-values';
import { typeName } from '../../engine/amqp/field-values';
import type { Binding, ExchangeType } from '../../engine/amqp/model';
import { explainBinding, type BindingTrace } from '../../engine/amqp/routing/explain';
import { explainHeaders, type HeaderCheck, type HeadersTrace } from '../../engine/amqp/routing/headers-explain';
import type { TopicStep, TopicTrace } from '../../engine/amqp/routing/topic-explain';
import { logRoutingEn, logRoutingPt } from '../../i18n/parts/log-routing';
import { registerMessages } from '../../i18n/translate';
import { line, p, routingKeysOf, type ExplainContext, type Line, type Phrase } from './explain';
import { formatValue } from './format-value';

registerMessages(logRoutingEn, logRoutingPt);

function topicStep(s: TopicStep): Phrase {
  switch (s.kind) {
    case 'literal':
      return p('log.topic.literal', { word: s.word, routingWord: s.routingWord });
    case 'star':
      return s.takes === '' ? p('log.topic.starEmpty') : p('log.topic.star', { word: s.takes });
    case 'hash':
      return s.takes.length === 0 ? p('log.topic.hashNone') : p('log.topic.hash', { words: s.takes.join('.') });
    case 'mismatch':
      return p('log.topic.mismatch', { n: s.at + 1, got: s.got, expected: s.expected });
    case 'missing-word':
      return p('log.topic.missing', { n: s.at + 1, expected: s.expected });
    case 'extra-words':
      return p('log.topic.extra', { words: s.words.join('.') });
  }
}

/** "`notas.compras.filial` matches `notas.*.filial`: notas = notas, * takes compras, filial = filial" */
export function explainTopic(trace: TopicTrace, bindingKey: string, routingKey: string): Phrase {
  if (trace.matched) {
    const steps = trace.steps.length === 0 ? [p('log.route.topicBothEmpty')] : trace.steps.map(topicStep);
    return p('log.route.topicHit', { key: routingKey, binding: bindingKey, steps });
  }
  // A failure: the last step says where it broke.
  const last = trace.steps[trace.steps.length - 1];
  return p('log.route.topicMiss', { key: routingKey, binding: bindingKey, steps: last ? [topicStep(last)] : [] });
}

function headerCheck(c: HeaderCheck): Phrase | null {
  switch (c.outcome) {
    case 'ignored':
      return c.reason === 'x-match' ? null : p('log.headers.skipped', { key: c.key });
    case 'present':
      return p('log.headers.present', { key: c.key });
    case 'equal':
      return p('log.headers.equal', { key: c.key, value: formatValue(c.expected) });
    case 'different': {
      const sameType = c.expected.kind === c.header.kind;
      return sameType
        ? p('log.headers.different', { key: c.key, value: formatValue(c.expected), got: formatValue(c.header) })
        : p('log.headers.differentType', {
            key: c.key,
            value: formatValue(c.expected),
            type: typeName(c.expected),
            got: formatValue(c.header),
            gotType: typeName(c.header),
          });
    }
    case 'missing':
      return c.expected.kind === 'void'
        ? p('log.headers.missingVoid', { key: c.key })
        : p('log.headers.missing', { key: c.key, value: formatValue(c.expected) });
  }
}

/**
 * "headers binding x-match=all: format=pdf matches, type=report does not (message has type=log)",
 * plus the verdict as a second phrase.
 */
export function explainHeadersMatch(bindingArgs: FieldTable, headers: FieldTable | undefined): { phrase: Phrase; verdict: Phrase; matched: boolean } {
  return headersPhrases(explainHeaders(bindingArgs, headers));
}

function headersPhrases(trace: HeadersTrace): { phrase: Phrase; verdict: Phrase; matched: boolean } {
  const { mode, matched, checks } = trace;
  const parts = checks.map(headerCheck).filter((x): x is Phrase => x !== null);
  const phrase = parts.length === 0 ? p('log.route.headersNone', { mode }) : p('log.route.headers', { mode, checks: parts });
  const all = mode === 'all' || mode === 'all-with-x';
  const verdict = all
    ? matched
      ? p('log.headers.verdict.all.yes', { mode })
      : p('log.headers.verdict.all.no', { mode })
    : matched
      ? p('log.headers.verdict.any.yes', { mode })
      : p('log.headers.verdict.any.no', { mode });
  return { phrase, verdict, matched };
}

/** The exchange type, from the context or, for a deleted exchange, guessed from its bindings. */
function hopType(hop: RouteHop, ctx: ExplainContext): ExchangeType {
  const known = ctx.exchangeType(hop.exchange);
  if (known) return known;
  if (hop.bindings.some((b) => b.headers !== null)) return 'headers';
  return 'topic';
}

function bindingLines(trace: BindingTrace, keys: readonly string[], matched: boolean): Line[] {
  const dest = destOf(trace.binding);
  switch (trace.kind) {
    case 'fanout':
      return [line(p('log.route.fanout'), { ok: true, depth: 1, dest })];
    case 'direct':
      return [
        line(p(matched ? 'log.route.directHit' : 'log.route.directMiss', { key: trace.routingKey, binding: trace.binding.routingKey }), {
          ok: matched,
          depth: 1,
          dest,
        }),
      ];
    case 'topic': {
      // One routing key (the usual case): one line. With CC keys, the matching one, or each.
      const idx = trace.traces.findIndex((t) => t.matched);
      const shown = idx >= 0 ? [idx] : trace.traces.map((_, i) => i);
      return shown.map((i) => line(explainTopic(trace.traces[i], trace.binding.routingKey, keys[i] ?? ''), { ok: matched, depth: 1, dest }));
    }
    case 'headers': {
      const h = headersPhrases(trace.trace);
      return [line(h.phrase, { ok: matched, depth: 1, dest }), line(h.verdict, { depth: 2 })];
    }
  }
}

function destOf(b: Binding): Phrase {
  return b.destinationKind === 'queue' ? p('log.queueDest', { name: b.destination }) : p('log.exchangeDest', { name: b.destination });
}

/** The "why" of a routing decision: each exchange visited, each binding tried and how it matched. */
export function routingLines(e: Extract<AmqpEvent, { type: 'routed' }>, ctx: ExplainContext): Line[] {
  const msg = ctx.message(e.messageId);
  const keys = msg ? routingKeysOf(msg) : [ctx.deadLetterKey(e.messageId) ?? ''];
  const key = keys[0] ?? '';
  const lines: Line[] = [];
  if (e.hops.length === 0) {
    // The default exchange: no bindings, the key names the queue.
    lines.push(line(p(e.queues.length > 0 ? 'log.route.defaultHit' : 'log.route.defaultMiss', { key }), { ok: e.queues.length > 0 }));
  }
  for (let i = 0; i < e.hops.length; i++) {
    const hop = e.hops[i];
    const type = hopType(hop, ctx);
    if (hop.viaAlternate) {
      let from: string | undefined;
      for (let j = i - 1; j >= 0; j--)
        if (e.hops[j].matched.length === 0) {
          from = e.hops[j].exchange;
          break;
        }
      lines.push(line(from !== undefined ? p('log.route.alternate', { from, exchange: hop.exchange }) : p('log.route.alternateUnknown', { exchange: hop.exchange })));
    }
    if (hop.bindings.length === 0) {
      lines.push(line(p('log.route.hopEmpty', { exchange: hop.exchange, type }), { ok: false }));
      continue;
    }
    lines.push(line(p('log.route.hop', { exchange: hop.exchange, type, n: hop.bindings.length })));
    const matchedSet = new Set(hop.matched);
    for (const b of hop.bindings) {
      let trace: BindingTrace;
      try {
        trace = explainBinding(type, b, keys, msg?.properties.headers);
      } catch {
        continue;
      }
      lines.push(...bindingLines(trace, keys, matchedSet.has(b)));
    }
  }
  if (e.queues.length === 0) {
    const mandatory = ctx.mandatory(e.messageId);
    lines.push(line(p(mandatory ? 'log.route.unroutableMandatory' : 'log.route.unroutableSilent'), { ok: false }));
    return lines;
  }
  const many = e.hops.reduce((n, h) => n + h.matched.filter((b) => b.destinationKind === 'queue').length, 0);
  if (many > e.queues.length) lines.push(line(p('log.route.once')));
  return lines;
}
