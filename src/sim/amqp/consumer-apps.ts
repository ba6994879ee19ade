// The scenario's consumers as client applications: deliveries travel to them, wait in an inbox,
// are processed one at a time for the node's processing time, then acknowledged (or nacked,
// rejected, left for the user's decision, or the process crashes), as the node's action says.

import type { AmqpCommand } from '../../engine/amqp/commands';
import type { AmqpEvent } from '../../engine/amqp/events';
import type { ConsumerNode, Scenario } from '../../scenario/types';
import { nodeOf, type AppsContext, type ClientTimer, type SettleAction } from './apps';
import { CONSUMER_RESTART_MS, type HeldDelivery } from './types';

interface ConsumerRuntime {
  inbox: HeldDelivery[];
  processing: HeldDelivery | null;
  /** Manual consumers: messages waiting for the user's Ack / Nack / Reject. */
  awaiting: HeldDelivery[];
  downUntil: number | null;
}

export interface HeldView {
  inbox: readonly HeldDelivery[];
  processing: HeldDelivery | null;
  awaiting: readonly HeldDelivery[];
  down: boolean;
}

export class ConsumerApps {
  private readonly runtimes = new Map<string, ConsumerRuntime>();

  constructor(private readonly ctx: AppsContext) {}

  /** Follows an edited document: new consumers start empty; removed ones are forgotten. */
  apply(doc: Scenario): void {
    for (const n of doc.nodes)
      if (n.kind === 'consumer' && !this.runtimes.has(n.id)) this.runtimes.set(n.id, { inbox: [], processing: null, awaiting: [], downUntil: null });
    for (const id of [...this.runtimes.keys()]) if (!doc.nodes.some((n) => n.id === id)) this.runtimes.delete(id);
  }

  /** Whether the consumer's process is down (crashed, not restarted yet). */
  readonly isDown = (nodeId: string): boolean => {
    const until = this.runtimes.get(nodeId)?.downUntil;
    return until !== null && until !== undefined;
  };

  held(consumerId: string): HeldView {
    const c = this.runtimes.get(consumerId);
    return { inbox: c?.inbox ?? [], processing: c?.processing ?? null, awaiting: c?.awaiting ?? [], down: this.isDown(consumerId) };
  }

  /** The broker delivered on a consumer's channel: the message sets off towards it. */
  delivered(e: Extract<AmqpEvent, { type: 'delivered' }>): void {
    const { ctx } = this;
    const consumerId = ctx.sync.consumerOfChannel(e.channel);
    if (consumerId === null) return;
    const colorId = ctx.flights.colorOf(e.message.id);
    const delivery: HeldDelivery = { deliveryTag: e.deliveryTag, channel: e.channel, message: e.message, queue: e.queue, redelivered: e.redelivered, colorId, receivedAt: e.time };
    const arrive = ctx.flights.deliveryFlight(e, consumerId, ctx.doc(), ctx.latency, colorId);
    ctx.schedule(arrive, { kind: 'delivery-arrive', consumerId, delivery });
  }

  /** The delivery reached the consumer's process. */
  arrive(timer: Extract<ClientTimer, { kind: 'delivery-arrive' }>): void {
    const { ctx } = this;
    const c = this.runtimes.get(timer.consumerId);
    const node = nodeOf(ctx.doc(), timer.consumerId, 'consumer');
    if (!c || !node || c.downUntil !== null || !ctx.sync.isOpen(timer.delivery.channel)) return;
    ctx.client({ type: 'consumer-received', consumerId: node.id, messageId: timer.delivery.message.id, deliveryTag: timer.delivery.deliveryTag, redelivered: timer.delivery.redelivered });
    c.inbox.push(timer.delivery);
    if (node.action.kind === 'crash' && node.action.after === 'receive' && node.ackMode === 'manual') return this.crash(node.id);
    this.processNext(node, c);
  }

  processed(consumerId: string, delivery: HeldDelivery): void {
    const c = this.runtimes.get(consumerId);
    const node = nodeOf(this.ctx.doc(), consumerId, 'consumer');
    if (!c || !node || c.processing !== delivery) return;
    c.processing = null;
    const autoAck = node.ackMode === 'auto';
    this.ctx.client({ type: 'consumer-processed', consumerId, messageId: delivery.message.id, autoAck });
    if (!autoAck) {
      const a = node.action;
      if (a.kind === 'crash' && a.after === 'process') {
        c.inbox.unshift(delivery);
        return this.crash(consumerId);
      }
      if (a.kind === 'manual') c.awaiting.push(delivery);
      else if (a.kind === 'nack' || a.kind === 'reject') this.sendSettle(consumerId, delivery, a.kind, a.requeue);
      else this.sendSettle(consumerId, delivery, 'ack', false);
    }
    this.processNext(node, c);
  }

  /** The user's decision for a message a manual consumer holds. */
  settle(consumerId: string, deliveryTag: number, action: SettleAction, requeue: boolean): void {
    const c = this.runtimes.get(consumerId);
    const i = c?.awaiting.findIndex((d) => d.deliveryTag === deliveryTag) ?? -1;
    if (!c || i < 0) return;
    const [delivery] = c.awaiting.splice(i, 1);
    this.sendSettle(consumerId, delivery, action, requeue);
  }

  /** The ack, nack or reject reached the broker (a closed channel loses it). */
  settleArrive(timer: Extract<ClientTimer, { kind: 'settle-arrive' }>): void {
    const { ctx } = this;
    if (!ctx.sync.isOpen(timer.delivery.channel)) {
      ctx.client({ type: 'settle-lost', consumerId: timer.consumerId, deliveryTag: timer.delivery.deliveryTag });
      return;
    }
    const base = { channel: timer.delivery.channel, deliveryTag: timer.delivery.deliveryTag };
    const cmd: AmqpCommand =
      timer.action === 'ack'
        ? { type: 'basic.ack', ...base }
        : timer.action === 'nack'
          ? { type: 'basic.nack', ...base, requeue: timer.requeue }
          : { type: 'basic.reject', ...base, requeue: timer.requeue };
    ctx.run(timer.consumerId, cmd);
  }

  restart(consumerId: string): void {
    const c = this.runtimes.get(consumerId);
    if (!c) return;
    c.downUntil = null;
    this.ctx.sync.restartConsumer(this.ctx.doc(), consumerId);
    this.ctx.client({ type: 'consumer-restarted', consumerId });
  }

  crash(consumerId: string): void {
    const { ctx } = this;
    const c = this.runtimes.get(consumerId);
    const node = nodeOf(ctx.doc(), consumerId, 'consumer');
    if (!c || !node || c.downUntil !== null) return;
    const held = c.inbox.length + c.awaiting.length + (c.processing ? 1 : 0);
    this.dropHeld(consumerId);
    c.downUntil = ctx.now() + CONSUMER_RESTART_MS;
    // A crashed process drops its channel: the broker requeues what it had not acked.
    ctx.sync.closeConsumer(consumerId);
    ctx.flights.mark('crash', consumerId, ctx.now(), 0);
    ctx.client({ type: 'consumer-crashed', consumerId, lost: node.ackMode === 'auto' ? held : 0, held });
    ctx.schedule(c.downUntil, { kind: 'consumer-restart', consumerId });
  }

  /** Deliveries of a closed channel can no longer be settled: the broker has requeued them. */
  forgetDeliveries(channel: number): void {
    const consumerId = this.ctx.sync.consumerOfChannel(channel);
    const c = consumerId === null ? undefined : this.runtimes.get(consumerId);
    if (!c) return;
    c.inbox = c.inbox.filter((d) => d.channel !== channel);
    c.awaiting = c.awaiting.filter((d) => d.channel !== channel);
    if (c.processing?.channel === channel) c.processing = null;
  }

  /** Everything the consumer held is gone (its connection or channel closed, the broker restarted). */
  dropHeld(consumerId: string): void {
    const c = this.runtimes.get(consumerId);
    if (!c) return;
    c.inbox = [];
    c.processing = null;
    c.awaiting = [];
  }

  dropAll(): void {
    for (const id of this.runtimes.keys()) this.dropHeld(id);
  }

  private processNext(node: ConsumerNode, c: ConsumerRuntime): void {
    if (c.processing || c.downUntil !== null) return;
    const next = c.inbox.shift();
    if (!next) return;
    c.processing = next;
    this.ctx.schedule(this.ctx.now() + Math.max(0, node.processingMs), { kind: 'processing-done', consumerId: node.id, delivery: next });
  }

  private sendSettle(consumerId: string, delivery: HeldDelivery, action: SettleAction, requeue: boolean): void {
    const { ctx } = this;
    const edge = ctx.doc().edges.find((e) => e.kind === 'subscription' && e.target === consumerId);
    ctx.client({ type: 'consumer-settled', consumerId, messageId: delivery.message.id, deliveryTag: delivery.deliveryTag, action, requeue });
    const t = ctx.now();
    if (edge) ctx.flights.add({ kind: action, from: consumerId, to: edge.source, edgeId: edge.id, reverse: true, departAt: t, arriveAt: t + ctx.latency.ack, colorId: delivery.colorId, messageId: delivery.message.id });
    ctx.schedule(t + ctx.latency.ack, { kind: 'settle-arrive', consumerId, delivery, action, requeue });
  }
}
