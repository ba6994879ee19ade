// The scenario as a runnable Node.js program using amqplib: the same topology, the producers'
// messages with their properties and headers, consumers with their prefetch and ack behaviour.
// CommonJS (.cjs), so it runs with `node` in any folder where amqplib is installed.

import { fieldTable } from '../../sim/amqp/fields';
import type { Scenario } from '../types';
import { commentText, jsTable, str } from './literals';
import { buildPlan, type PlanConsumer, type PlanMessage, type PlanProducer } from './plan';

const PROPERTY_NAMES: Readonly<Record<string, string>> = {
  contentType: 'contentType',
  contentEncoding: 'contentEncoding',
  deliveryMode: 'deliveryMode',
  priority: 'priority',
  correlationId: 'correlationId',
  replyTo: 'replyTo',
  expiration: 'expiration',
  messageId: 'messageId',
  timestamp: 'timestamp',
  type: 'type',
  userId: 'userId',
  appId: 'appId',
};

function publishOptions(m: PlanMessage): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(m.properties)) {
    if (!Object.hasOwn(PROPERTY_NAMES, key) || value === undefined) continue;
    parts.push(`${PROPERTY_NAMES[key]}: ${typeof value === 'string' ? str(value) : String(value)}`);
  }
  if (m.headers.length > 0) parts.push(`headers: ${jsTable(fieldTable(m.headers))}`);
  parts.push(`mandatory: ${String(m.mandatory)}`);
  return `{ ${parts.join(', ')} }`;
}

function producerBlock(p: PlanProducer): string[] {
  const first = p.messages[0];
  const where = p.exchange === '' ? 'the default exchange (straight to the queue)' : `exchange ${p.exchange}`;
  const lines = [
    `  // ${commentText(`${p.name} (application ${p.app}) publishes to ${where}.`)}`,
    '  {',
    `    const ch = await (await connect(${str(p.app)})).${p.confirm ? 'createConfirmChannel' : 'createChannel'}();`,
    `    watch(ch, ${str(p.name)});`,
    `    ch.on('return', (msg) => log(${str(p.name)}, \`returned as unroutable: \${msg.fields.replyCode} \${msg.fields.replyText} (key "\${msg.fields.routingKey}")\`));`,
    `    const body = ${first.base64 ? `Buffer.from(${str(first.body)}, 'base64')` : `Buffer.from(${str(first.body)})`};`,
    `    const options = ${publishOptions(first)};`,
    `    for (const routingKey of [${p.messages.map((m) => str(m.routingKey)).join(', ')}]) {`,
    `      ch.publish(${str(p.exchange)}, routingKey, body, options);`,
    `      log(${str(p.name)}, \`published with key "\${routingKey}"\`);`,
    '    }',
  ];
  if (p.confirm) lines.push(`    await ch.waitForConfirms();`, `    log(${str(p.name)}, 'the broker confirmed every message');`);
  lines.push('    await ch.close();', '  }');
  return lines;
}

function settleLines(c: PlanConsumer): string[] {
  if (c.noAck) return [`        // Automatic acknowledgement: the broker forgot the message when it sent it.`];
  const a = c.action;
  const name = str(c.name);
  switch (a.kind) {
    case 'ack':
      return [`        settle(() => ch.ack(msg), ${name}, 'ack');`];
    case 'nack':
      return [`        settle(() => ch.nack(msg, false, ${String(a.requeue)}), ${name}, 'nack (requeue: ${String(a.requeue)})');`];
    case 'reject':
      return [`        settle(() => ch.reject(msg, ${String(a.requeue)}), ${name}, 'reject (requeue: ${String(a.requeue)})');`];
    case 'manual':
      return [`        log(${name}, 'left unacknowledged: in the simulator you decide; here it stays unacked until the program ends');`];
    case 'crash':
      return [
        `        log(${name}, 'crashes: its channel closes and the broker puts unacknowledged messages back');`,
        `        crashed = true;`,
        `        await ch.close().catch(() => {});`,
      ];
  }
}

function consumerBlock(c: PlanConsumer): string[] {
  const name = str(c.name);
  const crashOnReceive = c.action.kind === 'crash' && c.action.after === 'receive' && !c.noAck;
  const body = crashOnReceive
    ? settleLines(c)
    : [...(c.processingMs > 0 ? [`        await sleep(${c.processingMs});`] : []), ...settleLines(c)];
  return [
    `    // ${commentText(`${c.name} (application ${c.app}) reads ${c.queue}.`)}`,
    '    {',
    `      const ch = await (await connect(${str(c.app)})).createChannel();`,
    `      watch(ch, ${name});`,
    `      await ch.prefetch(${c.prefetch}, ${String(c.prefetchGlobal)});`,
    '      let crashed = false;',
    '      let turn = Promise.resolve(); // one message at a time, like the simulated consumer',
    `      await ch.consume(${str(c.queue)}, (msg) => {`,
    `        if (msg === null) return log(${name}, 'cancelled by the broker (queue deleted?)');`,
    '        turn = turn.then(async () => {',
    '        if (crashed) return;',
    `        log(${name}, \`received \${describe(msg)}\`);`,
    ...body,
    `        });`,
    `      }, { noAck: ${String(c.noAck)}, exclusive: ${String(c.exclusive)}${c.priority !== 0 ? `, priority: ${c.priority}` : ''} });`,
    '    }',
  ];
}

export function scenarioToNodeProgram(doc: Scenario): string {
  const plan = buildPlan(doc);
  const title = commentText(plan.title || 'untitled');
  const out: string[] = [
    `// ${title}: generated by BrokerLab from the scenario of that name.`,
    '//',
    '// What it does, in the order a real system would:',
    '//   1. declares the exchanges, queues and bindings (on a "setup" connection),',
    '//   2. starts the consumers (one connection per application, one channel per consumer),',
    '//   3. publishes each producer\'s messages (one per routing key it cycles through),',
    '//   4. lets the consumers work for RUN_SECONDS, prints how many messages each queue holds, and exits.',
    '//',
    '// Run it:   npm install amqplib   then   node <this file>',
    '// Settings: AMQP_URL (default amqp://guest:guest@127.0.0.1:5672), RUN_SECONDS (default 5),',
    '//           CONSUME=0 to publish without starting the consumers.',
    '// A broker that already has an exchange or queue of the same name with other settings refuses',
    '// the declaration (406 PRECONDITION_FAILED): delete it first, or use a fresh virtual host.',
    "'use strict';",
    '',
    "const amqp = require('amqplib');",
    '',
    "const AMQP_URL = process.env.AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672';",
    "const RUN_SECONDS = Number(process.env.RUN_SECONDS || 5);",
    "const CONSUME = process.env.CONSUME !== '0';",
    '',
    'const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));',
    'const log = (who, text) => console.log(`[${who}] ${text}`);',
    'const describe = (msg) =>',
    '  `from ${msg.fields.exchange || "(default exchange)"} key "${msg.fields.routingKey}"${msg.fields.redelivered ? " (redelivered)" : ""}: ${msg.content.toString()}`;',
    '',
    '// One connection per application, as in the simulator.',
    'const connections = new Map();',
    'async function connect(app) {',
    '  if (!connections.has(app)) {',
    '    const conn = await amqp.connect(AMQP_URL, { clientProperties: { connection_name: app } });',
    "    conn.on('error', (err) => log(app, `connection error: ${err.message}`));",
    '    connections.set(app, conn);',
    '  }',
    '  return connections.get(app);',
    '}',
    '/** A channel the broker closes (a 404, a 406...) says why instead of crashing the program. */',
    'function watch(ch, who) {',
    "  ch.on('error', (err) => log(who, `channel closed by the broker: ${err.message}`));",
    '}',
    'function settle(action, who, what) {',
    '  try {',
    '    action();',
    '    log(who, what);',
    '  } catch (err) {',
    '    log(who, `could not ${what}: ${err.message}`);',
    '  }',
    '}',
    '',
    'async function main() {',
    `  const setup = await (await connect(${str(plan.adminApp)})).createChannel();`,
    `  watch(setup, ${str(plan.adminApp)});`,
    '',
    '  // 1. Topology',
  ];
  for (const name of plan.predeclared) out.push(`  // ${commentText(`${name} is predeclared by every broker: used as it is.`)}`);
  for (const x of plan.exchanges)
    out.push(
      `  await setup.assertExchange(${str(x.name)}, ${str(x.type)}, { durable: ${String(x.durable)}, autoDelete: ${String(x.autoDelete)}, internal: ${String(x.internal)}, arguments: ${jsTable(x.args)} });`,
    );
  const channelOf = (app: string) => (app === plan.adminApp ? 'setup' : `owner[${str(app)}]`);
  const owners = [...new Set(plan.queues.filter((q) => q.app !== plan.adminApp).map((q) => q.app))];
  if (owners.length > 0) {
    out.push('  // Exclusive queues belong to the connection that declares them: their application declares them.', '  const owner = {};');
    for (const app of owners) out.push(`  owner[${str(app)}] = await (await connect(${str(app)})).createChannel();`);
  }
  for (const q of plan.queues)
    out.push(
      `  await ${channelOf(q.app)}.assertQueue(${str(q.name)}, { durable: ${String(q.durable)}, exclusive: ${String(q.exclusive)}, autoDelete: ${String(q.autoDelete)}, arguments: ${jsTable(q.args)} });`,
    );
  for (const b of plan.bindings)
    out.push(
      b.toExchange
        ? `  await setup.bindExchange(${str(b.destination)}, ${str(b.source)}, ${str(b.key)}, ${jsTable(b.args)});`
        : `  await ${channelOf(b.app)}.bindQueue(${str(b.destination)}, ${str(b.source)}, ${str(b.key)}, ${jsTable(b.args)});`,
    );
  out.push("  log('setup', 'topology declared');", '', '  // 2. Consumers', '  if (CONSUME) {');
  if (plan.consumers.length === 0) out.push('    // (the scenario has no consumers)');
  for (const c of plan.consumers) out.push(...consumerBlock(c));
  out.push('  }', '', '  // 3. Producers');
  if (plan.producers.length === 0) out.push('  // (the scenario has no connected producers)');
  for (const name of plan.unconnected) out.push(`  // ${commentText(`${name} is not connected to anything in the scenario: it publishes nothing.`)}`);
  for (const p of plan.producers) out.push(...producerBlock(p));
  out.push(
    '',
    '  // 4. Let the consumers work, then say what each queue holds.',
    '  await sleep(RUN_SECONDS * 1000);',
    '  const depths = {};',
    `  for (const [queue, app] of [${plan.queues.map((q) => `[${str(q.name)}, ${str(q.app)}]`).join(', ')}]) {`,
    '    const ch = await (await connect(app)).createChannel();',
    "    ch.on('error', () => {});",
    '    try {',
    '      const { messageCount, consumerCount } = await ch.checkQueue(queue);',
    '      depths[queue] = messageCount;',
    "      log('queues', `${queue}: ${messageCount} ready, ${consumerCount} consumer(s)`);",
    '      await ch.close();',
    '    } catch (err) {',
    "      log('queues', `${queue}: ${err.message}`);",
    '    }',
    '  }',
    "  console.log(`QUEUE_DEPTHS ${JSON.stringify(depths)}`);",
    '}',
    '',
    'main()',
    '  .catch((err) => {',
    '    console.error(`failed: ${err.message}`);',
    '    process.exitCode = 1;',
    '  })',
    '  .finally(async () => {',
    '    for (const conn of connections.values()) await conn.close().catch(() => {});',
    '    process.exit();',
    '  });',
    '',
  );
  return out.join('\n');
}
