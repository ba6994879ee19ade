// The scenario's producers as client applications: a schedule (rate, burst, limit, keys cycling)
// on the simulated clock, each message travelling to the broker before basic.publish.

import type { ProducerNode, Scenario } from '../../scenario/types';
import { nodeOf, type AppsContext, type ClientTimer, type OutgoingMessage } from './apps';
import { messageBody, messageProperties } from './fields';

interface ProducerRuntime {
  sent: number;
  keyIndex: number;
  generation: number;
  scheduleSig: string;
}

export class ProducerApps {
  private readonly runtimes = new Map<string, ProducerRuntime>();

  constructor(private readonly ctx: AppsContext) {}

  /** Follows an edited document: a changed schedule starts again; removed producers are forgotten. */
  apply(doc: Scenario): void {
    for (const n of doc.nodes) if (n.kind === 'producer') this.reschedule(n);
    for (const id of [...this.runtimes.keys()]) if (!doc.nodes.some((n) => n.id === id)) this.runtimes.delete(id);
  }

  /** The Publish button: one message now, with the next key. */
  publishNow(producerId: string): void {
    const p = nodeOf(this.ctx.doc(), producerId, 'producer');
    if (p) this.send(p, this.nextKey(p));
  }

  tick(timer: Extract<ClientTimer, { kind: 'producer-tick' }>): void {
    const p = nodeOf(this.ctx.doc(), timer.producerId, 'producer');
    const rt = this.runtimes.get(timer.producerId);
    if (!p || !rt || rt.generation !== timer.generation || !p.schedule.enabled) return;
    for (let i = 0; i < Math.max(1, p.schedule.burst); i++) {
      if (p.schedule.limit > 0 && rt.sent >= p.schedule.limit) return;
      this.send(p, this.nextKey(p));
    }
    this.ctx.schedule(this.ctx.now() + 1000 / p.schedule.ratePerSec, timer);
  }

  /** The message reached the broker: publish it as the producer's document says now. */
  arrive(timer: Extract<ClientTimer, { kind: 'publish-arrive' }>): void {
    const { ctx } = this;
    const { producerId, message } = timer;
    const p = nodeOf(ctx.doc(), producerId, 'producer');
    const d = ctx.sync.topology(ctx.doc()).producers.find((x) => x.nodeId === producerId);
    if (!p || !d || d.exchange === null) return;
    const channel = ctx.sync.producerChannel(p);
    if (channel === null) return;
    const routingKey = d.routingKeyOverride ?? message.routingKey;
    ctx.client({ type: 'producer-sent', producerId, routingKey, exchange: d.exchange });
    ctx.flights.nextPublishColor = timer.flightColor;
    ctx.run(producerId, {
      type: 'basic.publish',
      channel,
      exchange: d.exchange,
      routingKey,
      mandatory: message.mandatory,
      properties: message.properties,
      body: message.body,
    });
  }

  private reschedule(p: ProducerNode): void {
    const s = p.schedule;
    const sig = JSON.stringify([s.enabled, s.ratePerSec, s.burst]);
    let rt = this.runtimes.get(p.id);
    if (!rt) {
      rt = { sent: 0, keyIndex: 0, generation: 0, scheduleSig: '' };
      this.runtimes.set(p.id, rt);
    }
    if (rt.scheduleSig === sig) return;
    rt.scheduleSig = sig;
    rt.generation++;
    if (s.enabled && s.ratePerSec > 0) this.ctx.schedule(this.ctx.now(), { kind: 'producer-tick', producerId: p.id, generation: rt.generation });
  }

  private nextKey(p: ProducerNode): string {
    const rt = this.runtimes.get(p.id);
    const keys = p.schedule.keys;
    if (!rt || keys.length === 0) return p.message.routingKey;
    return keys[rt.keyIndex++ % keys.length];
  }

  private send(p: ProducerNode, routingKey: string): void {
    const { ctx } = this;
    const target = ctx.doc().edges.find((e) => e.kind === 'publish' && e.source === p.id);
    if (!target) {
      ctx.client({ type: 'producer-unconnected', producerId: p.id });
      return;
    }
    const rt = this.runtimes.get(p.id);
    if (rt) rt.sent++;
    const t = ctx.now();
    const colorId = ctx.flights.reserveColor();
    ctx.flights.add({ kind: 'message', from: p.id, to: target.target, edgeId: target.id, reverse: false, departAt: t, arriveAt: t + ctx.latency.publish, colorId, messageId: 0 });
    const message: OutgoingMessage = {
      routingKey,
      mandatory: p.message.mandatory,
      properties: messageProperties(p.message),
      body: messageBody(p.message),
    };
    ctx.schedule(t + ctx.latency.publish, { kind: 'publish-arrive', producerId: p.id, message, flightColor: colorId });
  }
}
