// The scenario as a runnable Python 3 program using pika (BlockingConnection): the same plan as
// the Node program, in the idiom of pika's own examples.

import { fieldTable } from '../../sim/amqp/fields';
import type { Scenario } from '../types';
import { commentText, pyBool, pyTable, str } from './literals';
import { buildPlan, type PlanConsumer, type PlanMessage, type PlanProducer } from './plan';

const PROPERTY_NAMES: Readonly<Record<string, string>> = {
  contentType: 'content_type',
  contentEncoding: 'content_encoding',
  deliveryMode: 'delivery_mode',
  priority: 'priority',
  correlationId: 'correlation_id',
  replyTo: 'reply_to',
  expiration: 'expiration',
  messageId: 'message_id',
  timestamp: 'timestamp',
  type: 'type',
  userId: 'user_id',
  appId: 'app_id',
};

function properties(m: PlanMessage): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(m.properties)) {
    if (!Object.hasOwn(PROPERTY_NAMES, key) || value === undefined) continue;
    parts.push(`${PROPERTY_NAMES[key]}=${typeof value === 'string' ? str(value) : String(value)}`);
  }
  if (m.headers.length > 0) parts.push(`headers=${pyTable(fieldTable(m.headers))}`);
  return `pika.BasicProperties(${parts.join(', ')})`;
}

function producerBlock(p: PlanProducer): string[] {
  const first = p.messages[0];
  const where = p.exchange === '' ? 'the default exchange (straight to the queue)' : `exchange ${p.exchange}`;
  const name = str(p.name);
  const lines = [
    `    # ${commentText(`${p.name} (application ${p.app}) publishes to ${where}.`)}`,
    `    ch = connect(${str(p.app)}).channel()`,
  ];
  if (p.confirm) lines.push('    ch.confirm_delivery()');
  else lines.push(`    ch.add_on_return_callback(lambda _ch, method, _props, _body: log(${name}, f'returned as unroutable: {method.reply_code} {method.reply_text} (key "{method.routing_key}")'))`);
  lines.push(
    `    body = ${first.base64 ? `base64.b64decode(${str(first.body)})` : `${str(first.body)}.encode('utf-8')`}`,
    `    props = ${properties(first)}`,
    `    for routing_key in [${p.messages.map((m) => str(m.routingKey)).join(', ')}]:`,
  );
  if (p.confirm)
    lines.push(
      '        try:',
      `            ch.basic_publish(exchange=${str(p.exchange)}, routing_key=routing_key, body=body, properties=props, mandatory=${pyBool(first.mandatory)})`,
      `            log(${name}, f'published with key "{routing_key}", confirmed by the broker')`,
      '        except pika.exceptions.UnroutableError:',
      `            log(${name}, f'returned as unroutable (key "{routing_key}")')`,
      '        except pika.exceptions.NackError:',
      `            log(${name}, f'the broker refused it (nack), key "{routing_key}"')`,
    );
  else
    lines.push(
      `        ch.basic_publish(exchange=${str(p.exchange)}, routing_key=routing_key, body=body, properties=props, mandatory=${pyBool(first.mandatory)})`,
      `        log(${name}, f'published with key "{routing_key}"')`,
    );
  return lines;
}

function settle(c: PlanConsumer): string {
  if (c.noAck) return "'auto'";
  const a = c.action;
  switch (a.kind) {
    case 'ack':
    case 'manual':
      return str(a.kind);
    case 'nack':
    case 'reject':
      return str(`${a.kind}-${a.requeue ? 'requeue' : 'drop'}`);
    case 'crash':
      return str(`crash-${a.after}`);
  }
}

function consumerLine(c: PlanConsumer): string[] {
  return [
    `        # ${commentText(`${c.name} (application ${c.app}) reads ${c.queue}.`)}`,
    `        Worker(${str(c.name)}, ${str(c.app)}, ${str(c.queue)}, prefetch=${c.prefetch}, global_qos=${pyBool(c.prefetchGlobal)}, auto_ack=${pyBool(c.noAck)}, exclusive=${pyBool(c.exclusive)}, priority=${c.priority}, processing_s=${c.processingMs / 1000}, action=${settle(c)})`,
  ];
}

const WORKER = `
class Worker:
    """A consumer that handles one message at a time, like the simulated one."""

    def __init__(self, name, app, queue, prefetch, global_qos, auto_ack, exclusive, priority, processing_s, action):
        self.name, self.app, self.action, self.processing_s = name, app, action, processing_s
        self.pending, self.busy, self.crashed = [], False, False
        self.ch = connect(app).channel()
        self.ch.basic_qos(prefetch_count=prefetch, global_qos=global_qos)
        arguments = {'x-priority': priority} if priority else None
        self.ch.basic_consume(queue=queue, on_message_callback=self.on_message, auto_ack=auto_ack,
                              exclusive=exclusive, arguments=arguments)

    def on_message(self, _ch, method, _props, body):
        if self.crashed:
            return
        redelivered = ' (redelivered)' if method.redelivered else ''
        log(self.name, f'received from {method.exchange or "(default exchange)"} key "{method.routing_key}"{redelivered}: {body.decode("utf-8", "replace")}')
        if self.action == 'crash-receive':
            return self.crash()
        self.pending.append(method.delivery_tag)
        self.next()

    def next(self):
        if self.busy or not self.pending or self.crashed:
            return
        self.busy = True
        tag = self.pending.pop(0)
        connect(self.app).call_later(self.processing_s, lambda: self.done(tag))

    def done(self, tag):
        self.busy = False
        if self.crashed or not self.ch.is_open:
            return
        if self.action == 'ack':
            self.ch.basic_ack(tag)
            log(self.name, 'ack')
        elif self.action.startswith('nack-'):
            self.ch.basic_nack(tag, requeue=self.action.endswith('requeue'))
            log(self.name, f'nack (requeue: {self.action.endswith("requeue")})')
        elif self.action.startswith('reject-'):
            self.ch.basic_reject(tag, requeue=self.action.endswith('requeue'))
            log(self.name, f'reject (requeue: {self.action.endswith("requeue")})')
        elif self.action == 'crash-process':
            return self.crash()
        elif self.action == 'manual':
            log(self.name, 'left unacknowledged: in the simulator you decide; here it stays unacked until the program ends')
        self.next()

    def crash(self):
        log(self.name, 'crashes: its channel closes and the broker puts unacknowledged messages back')
        self.crashed = True
        connect(self.app).add_callback_threadsafe(self.ch.close)
`;

export function scenarioToPythonProgram(doc: Scenario): string {
  const plan = buildPlan(doc);
  const title = commentText(plan.title || 'untitled');
  const out: string[] = [
    '#!/usr/bin/env python3',
    `# ${title}: generated by BrokerLab from the scenario of that name.`,
    '#',
    '# What it does, in the order a real system would:',
    '#   1. declares the exchanges, queues and bindings (on a "setup" connection),',
    '#   2. starts the consumers (one connection per application, one channel per consumer),',
    "#   3. publishes each producer's messages (one per routing key it cycles through),",
    '#   4. lets the consumers work for RUN_SECONDS, prints how many messages each queue holds, and exits.',
    '#',
    '# Run it:   pip install pika   then   python3 <this file>',
    '# Settings: AMQP_URL (default amqp://guest:guest@127.0.0.1:5672/%2F), RUN_SECONDS (default 5),',
    '#           CONSUME=0 to publish without starting the consumers.',
    '# A broker that already has an exchange or queue of the same name with other settings refuses',
    '# the declaration (406 PRECONDITION_FAILED): delete it first, or use a fresh virtual host.',
    'import base64',
    'import datetime',
    'import decimal',
    'import json',
    'import os',
    'import time',
    '',
    'import pika',
    '',
    "AMQP_URL = os.environ.get('AMQP_URL', 'amqp://guest:guest@127.0.0.1:5672/%2F')",
    "RUN_SECONDS = float(os.environ.get('RUN_SECONDS', '5'))",
    "CONSUME = os.environ.get('CONSUME') != '0'",
    '',
    '# One connection per application, as in the simulator.',
    'connections = {}',
    '',
    '',
    'def connect(app):',
    '    if app not in connections:',
    '        params = pika.URLParameters(AMQP_URL)',
    "        params.client_properties = {'connection_name': app}",
    '        connections[app] = pika.BlockingConnection(params)',
    '    return connections[app]',
    '',
    '',
    'def log(who, text):',
    "    print(f'[{who}] {text}', flush=True)",
    '',
    WORKER,
    '',
    'def main():',
    `    setup = connect(${str(plan.adminApp)}).channel()`,
    '',
    '    # 1. Topology',
  ];
  for (const name of plan.predeclared) out.push(`    # ${commentText(`${name} is predeclared by every broker: used as it is.`)}`);
  for (const x of plan.exchanges)
    out.push(
      `    setup.exchange_declare(exchange=${str(x.name)}, exchange_type=${str(x.type)}, durable=${pyBool(x.durable)}, auto_delete=${pyBool(x.autoDelete)}, internal=${pyBool(x.internal)}, arguments=${pyTable(x.args)})`,
    );
  const channelOf = (app: string) => (app === plan.adminApp ? 'setup' : `owner[${str(app)}]`);
  const owners = [...new Set(plan.queues.filter((q) => q.app !== plan.adminApp).map((q) => q.app))];
  if (owners.length > 0) {
    out.push('    # Exclusive queues belong to the connection that declares them: their application declares them.', '    owner = {}');
    for (const app of owners) out.push(`    owner[${str(app)}] = connect(${str(app)}).channel()`);
  }
  for (const q of plan.queues)
    out.push(
      `    ${channelOf(q.app)}.queue_declare(queue=${str(q.name)}, durable=${pyBool(q.durable)}, exclusive=${pyBool(q.exclusive)}, auto_delete=${pyBool(q.autoDelete)}, arguments=${pyTable(q.args)})`,
    );
  for (const b of plan.bindings)
    out.push(
      b.toExchange
        ? `    setup.exchange_bind(destination=${str(b.destination)}, source=${str(b.source)}, routing_key=${str(b.key)}, arguments=${pyTable(b.args)})`
        : `    ${channelOf(b.app)}.queue_bind(queue=${str(b.destination)}, exchange=${str(b.source)}, routing_key=${str(b.key)}, arguments=${pyTable(b.args)})`,
    );
  out.push("    log('setup', 'topology declared')", '', '    # 2. Consumers', '    if CONSUME:');
  if (plan.consumers.length === 0) out.push('        pass  # (the scenario has no consumers)');
  for (const c of plan.consumers) out.push(...consumerLine(c));
  out.push('', '    # 3. Producers');
  if (plan.producers.length === 0) out.push('    # (the scenario has no connected producers)');
  for (const name of plan.unconnected) out.push(`    # ${commentText(`${name} is not connected to anything in the scenario: it publishes nothing.`)}`);
  for (const p of plan.producers) out.push(...producerBlock(p));
  out.push(
    '',
    '    # 4. Let the consumers work, then say what each queue holds.',
    '    deadline = time.monotonic() + RUN_SECONDS',
    '    while time.monotonic() < deadline:',
    '        for conn in list(connections.values()):',
    '            conn.process_data_events(time_limit=0.05)',
    '    depths = {}',
    `    for queue, app in [${plan.queues.map((q) => `(${str(q.name)}, ${str(q.app)})`).join(', ')}]:`,
    '        try:',
    '            ok = connect(app).channel().queue_declare(queue=queue, passive=True)',
    '            depths[queue] = ok.method.message_count',
    "            log('queues', f'{queue}: {ok.method.message_count} ready, {ok.method.consumer_count} consumer(s)')",
    '        except pika.exceptions.ChannelClosedByBroker as err:',
    "            log('queues', f'{queue}: {err.reply_text}')",
    "    print('QUEUE_DEPTHS ' + json.dumps(depths), flush=True)",
    '',
    '',
    "if __name__ == '__main__':",
    '    try:',
    '        main()',
    '    finally:',
    '        for conn in connections.values():',
    '            if conn.is_open:',
    '                conn.close()',
    '',
  );
  return out.join('\n');
}
