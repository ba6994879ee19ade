import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import example from '../definitions/fixtures/definitions-example.json';
import { definitionsToScenario } from '../definitions/import';
import { notesTopicScenario } from '../presets/notes-topic';
import { scenarioArb } from '../restore.arbitraries';
import type { Scenario } from '../types';
import { scenarioToNodeProgram } from './node';
import { buildPlan } from './plan';
import { scenarioToPythonProgram } from './python';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brokerlab-codegen-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Syntax-checks a program with the real tool; throws with the tool's message when it fails. */
function check(code: string, ext: 'cjs' | 'py'): void {
  const file = path.join(dir, `p${n++}.${ext}`);
  fs.writeFileSync(file, code);
  if (ext === 'cjs') execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
  else execFileSync('python3', ['-m', 'py_compile', file], { stdio: 'pipe' });
}

function exampleScenario(): Scenario {
  const r = definitionsToScenario(example, { title: 'example' });
  if (!r.ok) throw new Error('example did not import');
  return r.scenario;
}

/** Everything awkward at once: quotes and line breaks in names, typed headers, Base64, confirms. */
function awkwardScenario(): Scenario {
  const base = notesTopicScenario();
  return {
    ...base,
    title: 'Quotes " \' `${x}` */ and\nnew lines — ação',
    nodes: base.nodes.map((n) => {
      if (n.kind === 'producer')
        return {
          ...n,
          name: 'pro"d\\u\'cer',
          confirm: true,
          message: {
            ...n.message,
            mandatory: true,
            payloadKind: 'base64' as const,
            payload: 'aGVsbG8=',
            properties: { contentType: 'text/plain', deliveryMode: 1 as const, priority: 3, expiration: '5000', correlationId: "c'1", timestamp: 1700000000 },
            headers: [
              { key: 'f', value: { kind: 'float' as const, value: 2 } },
              { key: 'v', value: { kind: 'void' as const } },
              { key: 'b', value: { kind: 'bool' as const, value: false } },
              { key: 'line\u2028sep', value: { kind: 'string' as const, value: 'a\nb"c' } },
            ],
          },
        };
      if (n.kind === 'queue' && n.name === 'filial') return { ...n, exclusive: true, args: { messageTtl: 1000, deadLetterExchange: 'd"lx' } };
      if (n.kind === 'consumer' && n.name === 'filial-worker') return { ...n, action: { kind: 'crash' as const, after: 'receive' as const }, priority: 5, prefetchGlobal: true };
      if (n.kind === 'consumer') return { ...n, action: { kind: 'nack' as const, requeue: false }, ackMode: 'manual' as const };
      return n;
    }),
  };
}

describe('Node.js (amqplib) program', () => {
  it('declares the notes example, publishes one message per key and consumes with prefetch and ack', () => {
    const code = scenarioToNodeProgram(notesTopicScenario());
    expect(code).toContain(`await setup.assertExchange("notas", "topic", { durable: true, autoDelete: false, internal: false, arguments: {} });`);
    expect(code).toContain(`await setup.assertQueue("filial", { durable: true, exclusive: false, autoDelete: false, arguments: {} });`);
    expect(code).toContain(`await setup.bindQueue("filial", "notas", "notas.*.filial", {});`);
    expect(code).toContain(`for (const routingKey of ["notas.compras.filial", "notas.compras.matriz", "notas.vendas.filial"])`);
    expect(code).toContain(`const options = { contentType: "application/json", deliveryMode: 2, mandatory: false };`);
    expect(code).toContain('await ch.prefetch(1, false);');
    expect(code).toContain(`settle(() => ch.ack(msg), "filial-worker", 'ack');`);
    expect(code).toContain('await sleep(1500);');
    check(code, 'cjs');
  });

  it('writes x-arguments, the alternate exchange, exchange-to-exchange and headers bindings', () => {
    const code = scenarioToNodeProgram(exampleScenario());
    expect(code).toContain(`await setup.assertExchange("orders", "topic", { durable: true, autoDelete: false, internal: false, arguments: { "alternate-exchange": "orders.ae" } });`);
    expect(code).toContain(`await setup.assertQueue("orders.eu", { durable: true, exclusive: false, autoDelete: false, arguments: { "x-message-ttl": 60000, "x-dead-letter-exchange": "dlx", "x-dead-letter-routing-key": "orders.dead" } });`);
    expect(code).toContain(`arguments: { "x-queue-type": "quorum", "x-delivery-limit": 5 }`);
    expect(code).toContain(`await setup.bindExchange("orders.audit", "orders", "#", {});`);
    expect(code).toContain(`await setup.bindQueue("jobs.priority", "by-headers", "", { "priority": "high", "urgent": true, "x-match": "any" });`);
    check(code, 'cjs');
  });

  it('keeps quotes, line breaks and typed values inside their literals; confirms, returns, exclusive owners', () => {
    const code = scenarioToNodeProgram(awkwardScenario());
    expect(code).toContain('createConfirmChannel');
    expect(code).toContain('await ch.waitForConfirms();');
    expect(code).toContain(`Buffer.from("aGVsbG8=", 'base64')`);
    expect(code).toContain(`"f": { '!': 'double', value: 2 }`);
    expect(code).toContain(`"v": null`);
    expect(code).toContain('mandatory: true');
    expect(code).toContain(`owner["app-filial"].assertQueue("filial", { durable: true, exclusive: true`);
    expect(code).toContain(`settle(() => ch.nack(msg, false, false)`);
    expect(code).toContain('priority: 5');
    expect(code).not.toMatch(/\n[^\n]*new lines/); // the title's line break stayed in the comment line
    check(code, 'cjs');
  });

  it('any valid scenario gives a program Node can parse', () => {
    const docs = fc.sample(scenarioArb(8), { numRuns: 25, seed: 7 });
    const file = docs.map((doc, i) => `// ---- ${i}\n(() => {\n${scenarioToNodeProgram(doc).replace("'use strict';", '')}\n});`).join('\n');
    check(file, 'cjs');
  });
});

describe('Python (pika) program', () => {
  it('declares, publishes and consumes the notes example', () => {
    const code = scenarioToPythonProgram(notesTopicScenario());
    expect(code).toContain(`setup.exchange_declare(exchange="notas", exchange_type="topic", durable=True, auto_delete=False, internal=False, arguments={})`);
    expect(code).toContain(`setup.queue_declare(queue="compras", durable=True, exclusive=False, auto_delete=False, arguments={})`);
    expect(code).toContain(`setup.queue_bind(queue="compras", exchange="notas", routing_key="notas.compras.*", arguments={})`);
    expect(code).toContain(`props = pika.BasicProperties(content_type="application/json", delivery_mode=2)`);
    expect(code).toContain(`Worker("filial-worker", "app-filial", "filial", prefetch=1, global_qos=False, auto_ack=False, exclusive=False, priority=0, processing_s=1.5, action="ack")`);
    check(code, 'py');
  });

  it('writes Python values: True/False/None, floats, headers bindings', () => {
    const code = scenarioToPythonProgram(exampleScenario());
    expect(code).toContain(`arguments={"x-max-length": 1000, "x-overflow": "reject-publish", "x-dead-letter-exchange": "dlx"}`);
    expect(code).toContain(`setup.queue_bind(queue="jobs.priority", exchange="by-headers", routing_key="", arguments={"priority": "high", "urgent": True, "x-match": "any"})`);
    expect(code).toContain(`setup.exchange_bind(destination="orders.audit", source="orders", routing_key="#", arguments={})`);
    check(code, 'py');
    const awkward = scenarioToPythonProgram(awkwardScenario());
    expect(awkward).toContain(`headers={"f": 2.0, "v": None, "b": False, "line\\u2028sep": "a\\nb\\"c"}`);
    expect(awkward).toContain('ch.confirm_delivery()');
    expect(awkward).toContain(`action="crash-receive"`);
    check(awkward, 'py');
  });

  it('any valid scenario gives a program Python can compile', () => {
    // One file (the programs are top-level code, so they can follow each other): one compiler run.
    check(fc.sample(scenarioArb(8), { numRuns: 25, seed: 11 }).map(scenarioToPythonProgram).join('\n'), 'py');
  });
});

describe('the plan both programs follow', () => {
  it('sends a limited producer its limit, an unlimited one one message per key, to a queue through the default exchange', () => {
    const base = notesTopicScenario();
    const doc: Scenario = {
      ...base,
      nodes: base.nodes.map((n) => (n.kind === 'producer' ? { ...n, schedule: { ...n.schedule, limit: 5 } } : n)),
      edges: base.edges.map((e) => (e.kind === 'publish' ? { ...e, target: 'n3' } : e)),
    };
    const plan = buildPlan(doc);
    expect(plan.producers[0].exchange).toBe('');
    expect(plan.producers[0].messages.map((m) => m.routingKey)).toEqual(['filial', 'filial', 'filial', 'filial', 'filial']);
    expect(buildPlan(base).producers[0].messages).toHaveLength(3);
  });
});
