/**
 * The official RabbitMQ tutorials 1-7, with the tutorials' own names (hello, task_queue, logs,
 * direct_logs, topic_logs, rpc_queue) so a student recognises them in the docs.
 */
import type { Scenario } from '../types';
import { DEFAULT_EXCHANGE, PresetBuilder, WITH_EXCHANGE, grid, json, textMessage } from './build';

/** 1. "Hello World!": send -> hello -> receive, through the default exchange, auto ack. */
export function helloWorldScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const send = b.producer('send', at(0, 0), {
    message: textMessage('Hello World!', { deliveryMode: 1 }),
    schedule: { ratePerSec: 0.5, limit: 5 },
  });
  const hello = b.queue('hello', at(1, 0), { durable: false });
  const receive = b.consumer('receive', at(2, 0), {
    ackMode: 'auto',
    prefetch: 0,
    processingMs: 300,
  });
  b.publish(send, hello).subscribe(hello, receive);
  return b.build('tutorial-hello-world');
}

/** 2. Work queues: durable task_queue, persistent tasks, two workers with manual ack and prefetch 1. */
export function workQueuesScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const task = b.producer('new_task', at(0, 0.5), {
    message: textMessage('Hello World...'),
    schedule: { ratePerSec: 1, limit: 12 },
  });
  const queue = b.queue('task_queue', at(1, 0.5));
  b.publish(task, queue);
  b.subscribe(queue, b.consumer('worker-1', at(2, 0), { processingMs: 1800 }));
  b.subscribe(queue, b.consumer('worker-2', at(2, 1), { processingMs: 1800 }));
  return b.build('tutorial-work-queues');
}

/**
 * 3. Publish/subscribe: a fanout exchange `logs`, a temporary queue per receiver. The tutorial's
 * queues are exclusive and server-named; here they are auto-delete and named, so they can be seen.
 */
export function publishSubscribeScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const emit = b.producer('emit_log', at(0, 0.5), {
    message: textMessage('info: Hello World!', { deliveryMode: 1 }),
  });
  const logs = b.exchange('logs', 'fanout', at(1, 0.5));
  const screen = b.queue('logs-screen', at(2, 0), { durable: false, autoDelete: true });
  const file = b.queue('logs-file', at(2, 1), { durable: false, autoDelete: true });
  b.publish(emit, logs).bind(logs, screen, '').bind(logs, file, '');
  b.subscribe(
    screen,
    b.consumer('receive_logs-1', at(3, 0), { ackMode: 'auto', prefetch: 0, processingMs: 300 }),
  );
  b.subscribe(
    file,
    b.consumer('receive_logs-2', at(3, 1), { ackMode: 'auto', prefetch: 0, processingMs: 300 }),
  );
  return b.build('tutorial-publish-subscribe');
}

/** 4. Routing: direct_logs by severity; one queue takes errors only, the other all three. */
export function routingScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const emit = b.producer('emit_log_direct', at(0, 0.5), {
    message: {
      ...textMessage('Run. Run. Or it will explode.', { deliveryMode: 1 }),
      routingKey: 'info',
    },
    schedule: { keys: ['info', 'warning', 'error'] },
  });
  const x = b.exchange('direct_logs', 'direct', at(1, 0.5));
  const disk = b.queue('errors-to-disk', at(2, 0), { durable: false, autoDelete: true });
  const screen = b.queue('all-to-screen', at(2, 1), { durable: false, autoDelete: true });
  b.publish(emit, x).bind(x, disk, 'error');
  for (const severity of ['info', 'warning', 'error']) b.bind(x, screen, severity);
  b.subscribe(
    disk,
    b.consumer('save_logs', at(3, 0), { ackMode: 'auto', prefetch: 0, processingMs: 300 }),
  );
  b.subscribe(
    screen,
    b.consumer('print_logs', at(3, 1), { ackMode: 'auto', prefetch: 0, processingMs: 300 }),
  );
  return b.build('tutorial-routing');
}

/** The tutorial's routing keys for topics, in the order it discusses them. */
export const TOPIC_TUTORIAL_KEYS = [
  'quick.orange.rabbit',
  'lazy.orange.elephant',
  'quick.orange.fox',
  'lazy.brown.fox',
  'lazy.pink.rabbit',
  'quick.brown.fox',
  'orange',
  'quick.orange.new.rabbit',
] as const;

/** 5. Topics: `*.orange.*` to Q1; `*.*.rabbit` and `lazy.#` to Q2. */
export function topicsScenario(): Scenario {
  const at = grid(WITH_EXCHANGE);
  const b = new PresetBuilder();
  const emit = b.producer('emit_log_topic', at(0, 0.5), {
    message: {
      ...textMessage('A critical kernel error', { deliveryMode: 1 }),
      routingKey: TOPIC_TUTORIAL_KEYS[0],
    },
    schedule: { keys: [...TOPIC_TUTORIAL_KEYS] },
  });
  const x = b.exchange('topic_logs', 'topic', at(1, 0.5));
  const q1 = b.queue('Q1', at(2, 0), { durable: false, autoDelete: true });
  const q2 = b.queue('Q2', at(2, 1), { durable: false, autoDelete: true });
  b.publish(emit, x).bind(x, q1, '*.orange.*').bind(x, q2, '*.*.rabbit').bind(x, q2, 'lazy.#');
  b.subscribe(q1, b.consumer('C1', at(3, 0), { ackMode: 'auto', prefetch: 0, processingMs: 300 }));
  b.subscribe(q2, b.consumer('C2', at(3, 1), { ackMode: 'auto', prefetch: 0, processingMs: 300 }));
  return b.build('tutorial-topics');
}

/**
 * 6. RPC: the client publishes a request to rpc_queue with reply_to and correlation_id; the
 * server's reply is a producer of its own (same app, same connection) that the user fires with
 * Publish: the simulator does not run the server's code.
 */
export function rpcScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const client = b.producer('rpc_client', at(0, 0), {
    app: 'rpc-client',
    message: {
      payload: json({ fib: 30 }),
      properties: {
        contentType: 'application/json',
        correlationId: 'req-1',
        replyTo: 'rpc_client.replies',
        deliveryMode: 1,
      },
    },
    schedule: { limit: 1 },
  });
  const rpcQueue = b.queue('rpc_queue', at(1, 0));
  const server = b.consumer('rpc_server', at(2, 0), { app: 'rpc-server', processingMs: 2000 });
  const reply = b.producer('rpc_server.reply', at(0, 1.3), {
    app: 'rpc-server',
    message: {
      payload: json({ result: 832040 }),
      properties: { contentType: 'application/json', correlationId: 'req-1', deliveryMode: 1 },
    },
    schedule: { enabled: false },
  });
  const replies = b.queue('rpc_client.replies', at(1, 1.3), { durable: false, exclusive: true });
  const callback = b.consumer('rpc_client.on_response', at(2, 1.3), {
    app: 'rpc-client',
    ackMode: 'auto',
    prefetch: 0,
    processingMs: 200,
  });
  b.publish(client, rpcQueue).subscribe(rpcQueue, server);
  b.publish(reply, replies).subscribe(replies, callback);
  return b.build('tutorial-rpc');
}

/** 7. Publisher confirms: the broker acks each publish (sequence numbers 1, 2, 3 ...). */
export function publisherConfirmsScenario(): Scenario {
  const at = grid(DEFAULT_EXCHANGE);
  const b = new PresetBuilder();
  const publisher = b.producer('publisher', at(0, 0), {
    message: { payload: json({ n: 1 }) },
    schedule: { ratePerSec: 2, limit: 10 },
    confirm: true,
  });
  const queue = b.queue('confirms', at(1, 0));
  b.publish(publisher, queue).subscribe(
    queue,
    b.consumer('consumer', at(2, 0), { processingMs: 400 }),
  );
  return b.build('tutorial-publisher-confirms');
}
