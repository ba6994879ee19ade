// One scripted scene per closest model, each showing the behaviour the comparison table
// names. Every scene is labelled 'closest-model': it is not a full simulation of that broker.
import type { ComparedBroker } from '../comparison';
import { JmsQueue, JmsTopic } from './jms';
import type { BrokerModelId, ModelEvent } from './model';
import { PubSubTopic } from './pubsub';
import { RedisPubSub, RedisStream } from './redis';
import { ServiceBusTopic } from './servicebus';
import { SqsQueue } from './sqs';

export interface BrokerPreset {
  readonly id: BrokerModelId;
  readonly brokers: readonly ComparedBroker[];
  readonly label: 'closest-model';
  /** Runs the scene and returns what happened, in time order. */
  readonly run: () => ModelEvent[];
}

const byTime = (...logs: ModelEvent[][]) => logs.flat().sort((a, b) => a.at - b.at);

export const BROKER_PRESETS: readonly BrokerPreset[] = [
  {
    id: 'sqs',
    brokers: ['sqs'],
    label: 'closest-model',
    run: () => {
      // A poison message is received, never deleted, reappears after each visibility timeout, then goes to the DLQ.
      const dlq = new SqsQueue('orders-dlq');
      const q = new SqsQueue('orders', { visibilityTimeoutMs: 30_000, maxReceiveCount: 3 }, dlq);
      q.send(0, 'good');
      q.send(0, 'poison');
      const first = q.receive(1000, 2);
      q.deleteMessage(1500, first[0].receiptHandle);
      for (const at of [31_000, 61_000, 91_000]) q.receive(at, 1);
      return byTime(q.log.take(), dlq.log.take());
    },
  },
  {
    id: 'pubsub',
    brokers: ['pubsub'],
    label: 'closest-model',
    run: () => {
      const t = new PubSubTopic('orders');
      t.publish(0, 'before any subscription');
      const billing = t.createSubscription('billing', { ackDeadlineMs: 10_000 });
      const shipping = t.createSubscription('shipping', { ackDeadlineMs: 10_000 });
      t.publish(1000, 'order 1');
      const [b] = billing.pull(2000);
      billing.ack(3000, b.ackId);
      shipping.pull(2000);
      shipping.pull(12_000); // deadline lapsed: delivered again
      return t.log.take();
    },
  },
  {
    id: 'servicebus',
    brokers: ['servicebus'],
    label: 'closest-model',
    run: () => {
      const t = new ServiceBusTopic('documents');
      t.createSubscription('all');
      const reports = t.createSubscription('reports');
      reports.removeRule('$Default');
      reports.addRule('pdf-reports', {
        kind: 'correlation',
        properties: { format: 'pdf', type: 'report' },
      });
      const logs = t.createSubscription('logs');
      logs.removeRule('$Default');
      logs.addRule('logs', { kind: 'sql-equals', property: 'type', value: 'log' });
      t.send(0, { body: 'r', properties: { format: 'pdf', type: 'report' } });
      t.send(1000, { body: 'l', properties: { format: 'pdf', type: 'log' } });
      return t.log.take();
    },
  },
  {
    id: 'redis-pubsub',
    brokers: ['redis'],
    label: 'closest-model',
    run: () => {
      const r = new RedisPubSub();
      r.subscribe(0, 'app-b', 'orders');
      r.publish(1000, 'orders', 'order 1');
      r.unsubscribe(2000, 'app-b', 'orders');
      r.publish(3000, 'orders', 'order 2'); // nobody listening: gone
      r.subscribe(4000, 'app-b', 'orders');
      return r.log.take();
    },
  },
  {
    id: 'redis-streams',
    brokers: ['redis'],
    label: 'closest-model',
    run: () => {
      const s = new RedisStream('orders');
      s.xgroupCreate(0, 'app-b', '$');
      s.xadd(1000, { order: '1' });
      s.xadd(2000, { order: '2' });
      s.xreadgroup(3000, 'app-b', 'b1', 10, '>');
      s.xack(4000, 'app-b', ['1000-0']);
      // b1 dies holding order 2; b2 claims it after a minute.
      s.xautoclaim(64_000, 'app-b', 'b2', 60_000, 10);
      s.xack(65_000, 'app-b', ['2000-0']);
      return s.log.take();
    },
  },
  {
    id: 'jms-queue',
    brokers: ['activemq', 'ibmmq'],
    label: 'closest-model',
    run: () => {
      const q = new JmsQueue('ORDERS', 'activemq', 2);
      q.send(0, 'order 1');
      let at = 1000;
      for (let m = q.receive(at); m !== undefined; m = q.receive(at))
        q.rollback((at += 1000), m.id);
      return q.log.take();
    },
  },
  {
    id: 'jms-topic-durable',
    brokers: ['activemq', 'ibmmq'],
    label: 'closest-model',
    run: () => {
      const t = new JmsTopic('PRICES');
      t.subscribe(0, 'app-b', 'prices', true);
      t.subscribe(0, 'app-c', 'prices', false);
      t.disconnect(1000, 'app-b', 'prices');
      t.disconnect(1000, 'app-c', 'prices');
      t.publish(2000, 'persistent price', true);
      t.publish(3000, 'non-persistent tick', false);
      t.subscribe(4000, 'app-b', 'prices', true);
      t.subscribe(4000, 'app-c', 'prices', false);
      return t.log.take();
    },
  },
];
