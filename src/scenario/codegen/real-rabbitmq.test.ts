// @vitest-environment node
// Against a real RabbitMQ (3.10.8 in CI, started by .ci/run on 127.0.0.1): the definitions
// BrokerLab exports are accepted by `rabbitmqctl import_definitions`, what the broker exports back
// imports into the same topology, and the generated Node.js program, run for real, leaves
// messages in the queues where the simulator put them. Runs only when RABBITMQ_URL is set.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AmqpSimulation } from '../../sim/amqp/runner';
import example from '../definitions/fixtures/definitions-example.json';
import { scenarioToDefinitions, definitionsToJsonText } from '../definitions/export';
import { definitionsFromJsonText, definitionsToScenario } from '../definitions/import';
import { topologyLines } from '../definitions/topology-lines';
import { notesTopicScenario } from '../presets/notes-topic';
import { restoreScenario } from '../restore';
import type { HeaderEntry, Scenario } from '../types';
import { scenarioToNodeProgram } from './node';
import { buildPlan } from './plan';

const URL = process.env.RABBITMQ_URL ?? '';
const RABBITMQCTL = process.env.RABBITMQCTL ?? 'rabbitmqctl';
const ROOT = path.resolve(import.meta.dirname, '../../..');

/** rabbitmqctl; on Debian it runs as the rabbitmq user, so the files it reads must be readable by all. */
function ctl(...args: string[]): string {
  return ctlWithInput(undefined, ...args);
}

function ctlWithInput(input: string | undefined, ...args: string[]): string {
  const r = spawnSync(RABBITMQCTL, ['-q', ...args], { encoding: 'utf8', timeout: 120_000, input, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`rabbitmqctl ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** vhost "/" emptied: deleted and added again, guest allowed in. */
function freshVhost(vhost: string): void {
  spawnSync(RABBITMQCTL, ['-q', 'delete_vhost', vhost], { encoding: 'utf8', timeout: 120_000 });
  ctl('add_vhost', vhost);
  ctl('set_permissions', '-p', vhost, 'guest', '.*', '.*', '.*');
}

/** The presets registry (src/scenario/presets/index.ts) when there is one, else the notes example. */
async function presets(): Promise<Scenario[]> {
  const found: Scenario[] = [];
  const modules = import.meta.glob('../presets/index.ts');
  for (const load of Object.values(modules)) {
    const mod: unknown = await load();
    const candidates: unknown[] = [];
    const visit = (value: unknown, depth: number) => {
      if (depth > 5 || value === null || value === undefined) return;
      if (typeof value === 'function' && value.length === 0) {
        try {
          visit((value as () => unknown)(), depth + 1);
        } catch {
          // not a scenario factory
        }
      } else if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
      else if (typeof value === 'object') {
        candidates.push(value);
        for (const v of Object.values(value)) if (typeof v === 'function' || typeof v === 'object') visit(v, depth + 1);
      }
    };
    visit(mod, 0);
    for (const c of candidates) {
      const r = restoreScenario(c);
      if (r.ok && r.scenario.nodes.length > 0 && !found.some((s) => JSON.stringify(s) === JSON.stringify(r.scenario))) found.push(r.scenario);
    }
  }
  return found.length > 0 ? found : [notesTopicScenario()];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brokerlab-rabbitmq-'));
fs.chmodSync(dir, 0o755);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let files = 0;
function importIntoBroker(definitions: unknown): void {
  const file = path.join(dir, `definitions-${files++}.json`);
  fs.writeFileSync(file, JSON.stringify(definitions, null, 2), { mode: 0o644 });
  ctl('import_definitions', file);
}

function brokerDefinitions(vhost = '/') {
  const text = ctl('export_definitions', '-');
  const all = JSON.parse(text) as { queues: { vhost: string }[]; exchanges: { vhost: string }[]; bindings: { vhost: string }[] };
  return {
    text,
    queues: all.queues.filter((q) => q.vhost === vhost),
    exchanges: all.exchanges.filter((x) => x.vhost === vhost),
    bindings: all.bindings.filter((b) => b.vhost === vhost),
  };
}

type Table = Record<string, unknown>;
const argsTable = (list: unknown): Table => Object.fromEntries((Array.isArray(list) ? list : []).map((a) => [String((a as unknown[])[0]), (a as unknown[])[2]]));
const listJson = (vhost: string, what: string, ...fields: string[]): Table[] => JSON.parse(ctl(what, '-p', vhost, ...fields, '--formatter', 'json')) as Table[];

/** What the broker holds (rabbitmqctl list_*), in the definitions shape; predeclared exchanges left out. */
function brokerTopology(vhost: string) {
  return {
    exchanges: listJson(vhost, 'list_exchanges', 'name', 'type', 'durable', 'auto_delete', 'internal', 'arguments')
      .filter((x) => x.name !== '' && !String(x.name).startsWith('amq.'))
      .map((x): Table => ({ ...x, arguments: argsTable(x.arguments) })),
    queues: listJson(vhost, 'list_queues', 'name', 'durable', 'auto_delete', 'arguments').map((q): Table => ({ ...q, arguments: argsTable(q.arguments) })),
    bindings: listJson(vhost, 'list_bindings', 'source_name', 'destination_name', 'destination_kind', 'routing_key', 'arguments')
      .filter((b) => b.source_name !== '')
      .map((b) => ({ source: b.source_name, destination: b.destination_name, destination_type: b.destination_kind, routing_key: b.routing_key, arguments: argsTable(b.arguments) })),
  };
}

/** Queue → messages (ready + unacked) on the broker. */
function brokerDepths(vhost: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of ctl('list_queues', '-p', vhost, '--no-table-headers', 'name', 'messages').split('\n')) {
    const m = /^(.*)\t(\d+)$/.exec(line.trim());
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

/** Where the simulator puts the program's messages: the same publishes, no consumers. */
function simulatedDepths(doc: Scenario): Record<string, number> {
  const quiet: Scenario = {
    ...doc,
    nodes: doc.nodes.filter((n) => n.kind !== 'consumer').map((n) => (n.kind === 'producer' ? { ...n, schedule: { ...n.schedule, enabled: false } } : n)),
    edges: doc.edges.filter((e) => e.kind !== 'subscription'),
  };
  const sim = new AmqpSimulation(quiet);
  const plan = buildPlan(doc);
  for (const p of plan.producers) {
    const node = quiet.nodes.find((n) => n.kind === 'producer' && n.name === p.name);
    if (node) for (let i = 0; i < p.messages.length; i++) sim.publishNow(node.id);
  }
  sim.advanceTo(60_000);
  const out: Record<string, number> = {};
  for (const q of sim.broker.snapshot().queues) out[q.name] = q.ready.length + q.unacked;
  return out;
}

function runProgram(doc: Scenario, vhost: string, env: Record<string, string>): string {
  const file = path.join(dir, `${vhost}.cjs`);
  fs.writeFileSync(file, scenarioToNodeProgram(doc));
  return execFileSync(process.execPath, [file], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), AMQP_URL: `${URL.replace(/\/+$/, '')}/${encodeURIComponent(vhost)}`, ...env },
  });
}

/** Exchanges and queues of every kind a student meets, with producers that send to each. */
function routingMix(): Scenario {
  const r = definitionsToScenario(example, { title: 'routing mix' });
  if (!r.ok) throw new Error('example did not import');
  const doc = r.scenario;
  const id = (name: string) => doc.nodes.find((n) => n.name === name)?.id ?? '';
  const producer = (n: number, target: string, keys: string[], headers: HeaderEntry[] = []) => ({
    id: `p${n}`,
    kind: 'producer' as const,
    position: { x: 0, y: n * 120 },
    name: `producer-${n}`,
    app: `app-${n}`,
    message: { routingKey: keys[0], headers, payloadKind: 'text' as const, payload: `message from ${n}`, mandatory: false, properties: { deliveryMode: 2 as const } },
    schedule: { enabled: true, ratePerSec: 1, burst: 1, keys, limit: 0 },
    confirm: n % 2 === 0,
    target: id(target),
  });
  const producers = [
    producer(1, 'orders', ['order.eu.paid', 'order.us.ny.paid', 'order.br.paid', 'order.eu.a.b']),
    producer(2, 'by-headers', ['x'], [{ key: 'format', value: { kind: 'string', value: 'pdf' } }, { key: 'type', value: { kind: 'string', value: 'report' } }]),
    producer(3, 'by-headers', ['x'], [{ key: 'priority', value: { kind: 'string', value: 'high' } }]),
    producer(4, 'transient', ['k', 'other']),
    producer(5, 'orders.dead', ['ignored', 'ignored']),
  ];
  return {
    ...doc,
    nodes: [...doc.nodes, ...producers.map(({ target: _t, ...p }) => p)],
    edges: [...doc.edges, ...producers.map((p) => ({ id: `pe${p.id}`, kind: 'publish' as const, source: p.id, target: p.target }))],
  };
}

describe.skipIf(URL === '')(
  URL === '' ? 'real RabbitMQ (skipped: set RABBITMQ_URL, e.g. amqp://guest:guest@127.0.0.1, with rabbitmqctl on PATH; .ci/run does)' : 'real RabbitMQ',
  () => {
    beforeAll(() => {
      ctl('await_startup', '--timeout', '60');
    }, 120_000);

    it('imports the definitions exported from every preset (rabbitmqctl import_definitions), and holds exactly that topology', async () => {
      const list = await presets();
      expect(list.length).toBeGreaterThan(0);
      console.log(`definitions of ${list.length} preset(s) through rabbitmqctl import_definitions`);
      // Each preset's file as exported, except that its vhost "/" is renamed to one of its own
      // (the import creates it), so the presets cannot clash and one export reads them all back.
      const vhostOf = (i: number) => `bl-preset-${i}`;
      const exported = list.map((doc) => scenarioToDefinitions(doc).definitions);
      const existing = new Set(ctl('list_vhosts', '--no-table-headers', 'name').split('\n').map((l) => l.trim()));
      exported.forEach((definitions, i) => {
        const vhost = vhostOf(i);
        if (existing.has(vhost)) ctl('delete_vhost', vhost); // left by an earlier local run
        const moved = JSON.parse(JSON.stringify(definitions).replaceAll('"vhost":"/"', `"vhost":${JSON.stringify(vhost)}`)) as unknown;
        importIntoBroker({ ...(moved as object), vhosts: [{ name: vhost }] });
      });
      const all = JSON.parse(ctl('export_definitions', '-')) as { queues: Table[]; exchanges: Table[]; bindings: Table[] };
      exported.forEach((definitions, i) => {
        const vhost = vhostOf(i);
        const inVhost = (x: Table) => x.vhost === vhost;
        // RabbitMQ 3.10's export leaves internal exchanges out: those are checked with list_exchanges.
        const internal = definitions.exchanges.filter((x) => x.internal);
        const held = internal.length ? brokerTopology(vhost).exchanges.filter((x) => x.internal === true) : [];
        expect(topologyLines({ exchanges: held }), `preset "${list[i].title}": internal exchanges`).toEqual(topologyLines({ exchanges: internal }));
        expect(
          topologyLines({ exchanges: all.exchanges.filter(inVhost), queues: all.queues.filter(inVhost), bindings: all.bindings.filter(inVhost) }),
          `preset "${list[i].title}"`,
        ).toEqual(topologyLines({ ...definitions, exchanges: definitions.exchanges.filter((x) => !x.internal) }));
      });
    }, 600_000);

    it('round trip: the broker\'s own export imports into a scenario that exports to the same topology', () => {
      // The real management API example, through BrokerLab, into the broker, back out of it.
      freshVhost('/');
      const first = definitionsToScenario(example);
      if (!first.ok) throw new Error('example did not import');
      importIntoBroker(scenarioToDefinitions(first.scenario).definitions);
      const held = brokerTopology('/');
      expect(topologyLines(held)).toEqual(topologyLines(example));
      const exported = brokerDefinitions('/');
      const scenario = definitionsFromJsonText(exported.text);
      if (!scenario.ok) throw new Error(JSON.stringify(scenario.error));
      const again = scenarioToDefinitions(scenario.scenario).definitions;
      // RabbitMQ 3.10's export_definitions leaves internal exchanges out (here orders.audit) but
      // keeps their bindings: the importer says so instead of inventing an exchange it cannot type.
      const internal = new Set(held.exchanges.filter((x) => x.internal === true).map((x) => x.name));
      expect([...internal]).toEqual(['orders.audit']);
      const touchesInternal = (b: { source: unknown; destination: unknown }) => internal.has(b.source) || internal.has(b.destination);
      expect(scenario.notes.filter((n) => n.code === 'import.binding-missing-end')).toHaveLength(2);
      expect(topologyLines(again)).toEqual(
        topologyLines({ exchanges: held.exchanges.filter((x) => !internal.has(x.name)), queues: held.queues, bindings: held.bindings.filter((b) => !touchesInternal(b)) }),
      );
      // The same file imported again changes nothing: a real broker accepts it as it is.
      importIntoBroker(JSON.parse(definitionsToJsonText(again)));
      expect(topologyLines(brokerTopology('/'))).toEqual(topologyLines(held));
    }, 120_000);

    it('the generated Node.js program leaves messages where the simulator does (notes example and a routing mix)', () => {
      for (const [vhost, doc] of [
        ['bl-notes', notesTopicScenario()],
        ['bl-mix', routingMix()],
      ] as const) {
        freshVhost(vhost);
        const output = runProgram(doc, vhost, { CONSUME: '0', RUN_SECONDS: '1' });
        const expected = simulatedDepths(doc);
        expect(Object.values(expected).reduce((a, b) => a + b, 0), `${vhost}: the simulator routed something`).toBeGreaterThan(0);
        expect(brokerDepths(vhost), `${vhost}\n${output}`).toEqual(expected);
        const printed = /QUEUE_DEPTHS (.*)/.exec(output)?.[1];
        expect(JSON.parse(printed ?? '{}'), 'the program\'s own report').toEqual(expected);
      }
    }, 180_000);

    it('the generated consumers take their messages with their prefetch and ack', () => {
      const base = notesTopicScenario();
      const doc: Scenario = { ...base, nodes: base.nodes.map((n) => (n.kind === 'consumer' ? { ...n, processingMs: 50 } : n)) };
      freshVhost('bl-consume');
      const output = runProgram(doc, 'bl-consume', { RUN_SECONDS: '2' });
      expect(output.match(/\[filial-worker\] received/g)).toHaveLength(2);
      expect(output.match(/\[compras-worker\] received/g)).toHaveLength(2);
      expect(output.match(/\] ack$/gm)).toHaveLength(4);
      expect(brokerDepths('bl-consume')).toEqual({ filial: 0, compras: 0 });
    }, 120_000);
  },
);
