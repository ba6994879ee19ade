// Expectations about single test messages: where each was routed, whether it came back, died,
// expired or was delivered again, and what it carried.

import { xDeath } from './trace';
import type { Ctx } from './judge';
import type { Expectation } from './types';

type MessageExpectation = Extract<
  Expectation,
  {
    kind:
      | 'route'
      | 'returned'
      | 'dead-letter'
      | 'death-count'
      | 'deliveries'
      | 'expired'
      | 'payload'
      | 'property';
  }
>;

const seconds = (ms: number) => (Math.round(ms / 100) / 10).toString();

export function judgeMessage(e: MessageExpectation, c: Ctx): void {
  const { fail, ref, traces } = c;
  switch (e.kind) {
    case 'route': {
      const t = traces[e.msg];
      const got = new Set(t.routedTo);
      const want = new Set(e.queues);
      const extra = [...got].filter((q) => !want.has(q));
      const missing = e.queues.filter((q) => !got.has(q));
      if (got.size === 0 && want.size > 0) {
        fail('ex.fail.route.unroutable', { msg: ref(e.msg), expected: e.queues });
        return;
      }
      for (const q of missing) fail('ex.fail.route.missing', { msg: ref(e.msg), queue: q });
      for (const q of extra)
        if (want.size === 0) fail('ex.fail.route.extra-none', { msg: ref(e.msg), queue: q });
        else fail('ex.fail.route.extra', { msg: ref(e.msg), queue: q, expected: e.queues });
      return;
    }
    case 'returned': {
      const t = traces[e.msg];
      if (t.returned && c.doc.nodes.some((n) => n.id === t.returnedTo && n.name === e.producer))
        return;
      if (t.routedTo.length > 0)
        fail('ex.fail.returned.routed', {
          msg: ref(e.msg),
          producer: e.producer,
          queue: t.routedTo[0],
        });
      else fail('ex.fail.returned.dropped', { msg: ref(e.msg), producer: e.producer });
      return;
    }
    case 'dead-letter': {
      const t = traces[e.msg];
      const deaths = t.deaths.filter((d) => d.from === e.from && d.reason === e.reason);
      if (deaths.some((d) => d.routedTo.includes(e.queue))) return;
      const dlDrop = t.drops.find(
        (d) => d.queue === e.from && (d.reason === 'no-dlx' || d.reason === 'dlx-missing'),
      );
      const queueNode = c.doc.nodes.find((n) => n.kind === 'queue' && n.name === e.from);
      const dlx = queueNode?.kind === 'queue' ? (queueNode.args.deadLetterExchange ?? null) : null;
      if (deaths.length > 0) {
        const routed = deaths.flatMap((d) => d.routedTo);
        if (routed.length > 0)
          fail('ex.fail.dead-letter.elsewhere', {
            msg: ref(e.msg),
            queue: e.queue,
            got: [...new Set(routed)],
          });
        else
          fail('ex.fail.dead-letter.unrouted', {
            msg: ref(e.msg),
            exchange:
              deaths[0].exchange === '' ? { word: 'ex.word.default-exchange' } : deaths[0].exchange,
            queue: e.queue,
          });
      } else if (dlDrop?.reason === 'dlx-missing') {
        fail('ex.fail.dead-letter.dlx-missing', {
          msg: ref(e.msg),
          from: e.from,
          exchange: dlx ?? '',
        });
      } else if (dlDrop) {
        fail('ex.fail.dead-letter.no-dlx', { msg: ref(e.msg), from: e.from, reason: e.reason });
      } else {
        fail('ex.fail.dead-letter.never', { msg: ref(e.msg), from: e.from, reason: e.reason });
      }
      return;
    }
    case 'death-count': {
      const t = traces[e.msg];
      const entry = xDeath(t.latest).find((d) => d.queue === e.queue && d.reason === e.reason);
      const count = entry?.count ?? 0;
      if (count < e.min)
        fail('ex.fail.death-count', {
          msg: ref(e.msg),
          queue: e.queue,
          reason: e.reason,
          count,
          min: e.min,
        });
      return;
    }
    case 'deliveries': {
      const ds = traces[e.msg].deliveries.filter((d) => d.queue === e.queue);
      if (e.min !== undefined && ds.length < e.min)
        fail('ex.fail.deliveries.few', {
          msg: ref(e.msg),
          queue: e.queue,
          count: ds.length,
          min: e.min,
        });
      if (e.max !== undefined && ds.length > e.max)
        fail('ex.fail.deliveries.many', {
          msg: ref(e.msg),
          queue: e.queue,
          count: ds.length,
          max: e.max,
        });
      if (e.minGapMs !== undefined)
        for (let i = 1; i < ds.length; i++) {
          const gap = ds[i].time - ds[i - 1].time;
          if (gap < e.minGapMs) {
            fail('ex.fail.deliveries.gap', {
              msg: ref(e.msg),
              queue: e.queue,
              gap: seconds(gap),
              min: seconds(e.minGapMs),
            });
            break;
          }
        }
      return;
    }
    case 'expired': {
      const t = traces[e.msg];
      const x = t.expired.find((d) => d.queue === e.queue);
      const entered = t.enqueued.find((d) => d.queue === e.queue);
      if (!x || !entered) {
        fail('ex.fail.expired.never', { msg: ref(e.msg), queue: e.queue });
        return;
      }
      const after = x.time - entered.time;
      if (after < e.minMs)
        fail('ex.fail.expired.early', {
          msg: ref(e.msg),
          queue: e.queue,
          after: seconds(after),
          min: seconds(e.minMs),
        });
      else if (after > e.maxMs)
        fail('ex.fail.expired.late', {
          msg: ref(e.msg),
          queue: e.queue,
          after: seconds(after),
          max: seconds(e.maxMs),
        });
      return;
    }
    case 'payload': {
      const m = traces[e.msg].published;
      if (!m) return;
      if (e.form === 'empty') {
        if (m.size > 0) fail('ex.fail.payload.not-empty', { msg: ref(e.msg), size: m.size });
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(m.body);
      } catch {
        fail('ex.fail.payload.not-json', { msg: ref(e.msg) });
        return;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        fail('ex.fail.payload.not-object', { msg: ref(e.msg) });
        return;
      }
      for (const f of e.fields ?? [])
        if (!Object.hasOwn(parsed, f))
          fail('ex.fail.payload.missing-field', { msg: ref(e.msg), field: f });
      return;
    }
    case 'property': {
      const m = traces[e.msg].published;
      if (!m) return;
      const value = m.properties[e.name];
      if (value === e.value) return;
      if (value === undefined)
        fail('ex.fail.property.missing', {
          msg: ref(e.msg),
          name: PROPERTY_NAMES[e.name],
          expected: e.value,
        });
      else
        fail('ex.fail.property.wrong', {
          msg: ref(e.msg),
          name: PROPERTY_NAMES[e.name],
          value,
          expected: e.value,
        });
      return;
    }
  }
}

const PROPERTY_NAMES = {
  contentType: 'content_type',
  type: 'type',
  deliveryMode: 'delivery_mode',
} as const;

/** Why a message that is nowhere and was handled by no one was lost, as specifically as the log allows. */
