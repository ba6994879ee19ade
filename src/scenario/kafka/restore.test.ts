import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kafkaEn, kafkaPt } from '../../i18n/parts/kafka';
import { registerMessages, translate } from '../../i18n/translate';
import { KAFKA_EXERCISES } from '../../exercises/kafka/catalogue';
import { restoreScenario } from '../restore';
import { describeKafkaIssue } from './issues';
import { KAFKA_PRESETS } from './presets';
import { kafkaScenarioToPlain, restoreKafkaScenario } from './restore';
import { kafkaScenarioArb } from './restore.arbitraries';
import type { KafkaScenario } from './types';

registerMessages(kafkaEn, kafkaPt);

const plain = (doc: KafkaScenario): unknown => JSON.parse(JSON.stringify(kafkaScenarioToPlain(doc)));
const codes = (input: unknown) => {
  const r = restoreKafkaScenario(input);
  return r.ok ? [] : r.errors.map((e) => e.code);
};

describe('restoreKafkaScenario', () => {
  it('every preset comes back unchanged and without warnings', () => {
    for (const p of KAFKA_PRESETS) {
      const r = restoreKafkaScenario(plain(p.build()));
      expect(r.ok && r.warnings).toEqual([]);
      if (r.ok) expect(r.scenario).toEqual(p.build());
    }
  });

  it('round-trips any valid scenario unchanged and without warnings', () => {
    fc.assert(
      fc.property(kafkaScenarioArb, (doc) => {
        const r = restoreKafkaScenario(plain(doc));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.warnings).toEqual([]);
        expect(r.scenario).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, whatever it is given, and either loads a document or says why not', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (input) => {
        const r = restoreKafkaScenario(input);
        if (r.ok) expect(r.scenario.mode).toBe('kafka');
        else expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a damaged field is refused or corrected, never loaded as is', () => {
    const bad: unknown[] = [null, -1, 1e300, 'x', '', true, [], {}, [1, 2], { a: 1 }, 'a b/c'];
    fc.assert(
      fc.property(kafkaScenarioArb, fc.nat(), fc.nat(), fc.constantFrom(...bad), (doc, pick, fieldPick, value) => {
        const json = plain(doc) as { nodes: Record<string, unknown>[] };
        if (json.nodes.length === 0) return;
        const node = json.nodes[pick % json.nodes.length];
        const keys = Object.keys(node);
        node[keys[fieldPick % keys.length]] = value;
        const r = restoreKafkaScenario(json);
        if (!r.ok) return;
        // Whatever loaded is itself a valid document: it comes back the same.
        const again = restoreKafkaScenario(plain(r.scenario));
        expect(again.ok && again.scenario).toEqual(r.scenario);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what is not a Kafka scenario: the wrong mode, a newer version, not an object', () => {
    expect(codes(null)).toEqual(['doc.not-object']);
    expect(codes([])).toEqual(['doc.not-object']);
    expect(codes({ version: 1, mode: 'amqp', nodes: [] })).toEqual(['doc.mode.unsupported']);
    expect(codes({ version: 99, mode: 'kafka' })).toEqual(['doc.version.newer']);
    expect(codes({ version: 1.5, mode: 'kafka' })).toEqual(['doc.version.invalid']);
    expect(codes({ version: 1, mode: 'kafka', nodes: new Array(201).fill({}) })).toEqual(['doc.too-many-nodes']);
  });

  it('the AMQP restore refuses a Kafka document, and this one refuses an AMQP one', () => {
    const k = plain(KAFKA_PRESETS[0].build());
    const a = restoreScenario(k);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.errors[0].code).toBe('doc.mode.unsupported');
  });

  it('refuses illegal topic names, duplicate names and a second brokers node, with Kafka’s words', () => {
    const doc = plain(KAFKA_PRESETS[0].build()) as { nodes: { kind: string; name: string }[] };
    const topic = doc.nodes.find((n) => n.kind === 'topic')!;
    topic.name = 'orders!';
    const r = restoreKafkaScenario(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toContain('kafka.topic-name');
      const t = (k: Parameters<typeof translate>[1], p?: Parameters<typeof translate>[2]) => translate('pt-BR', k, p);
      expect(describeKafkaIssue(r.errors[0], t)).toContain('não é válido no Kafka');
    }
    const twice = plain(KAFKA_PRESETS[0].build()) as { nodes: Record<string, unknown>[] };
    twice.nodes.push({ ...twice.nodes[0], id: 'n99' });
    expect(codes(twice)).toContain('kafka.singleton');
    const dup = plain(KAFKA_PRESETS[0].build()) as { nodes: Record<string, unknown>[] };
    const t2 = dup.nodes.find((n) => n.kind === 'topic')!;
    dup.nodes.push({ ...t2, id: 'n98' });
    expect(codes(dup)).toContain('kafka.duplicate-name');
  });

  it('drops edges that mean nothing, with a warning, and keeps the rest', () => {
    const doc = plain(KAFKA_PRESETS[0].build()) as { edges: Record<string, unknown>[] };
    doc.edges.push({ id: 'x', kind: 'produce', source: 'n3', target: 'n2' }, { id: 'y', kind: 'produce', source: 'nope', target: 'n2' }, 'junk' as never);
    const r = restoreKafkaScenario(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.edges).toHaveLength(2);
    expect(r.warnings.map((w) => w.code)).toEqual(['edge.wrong-kinds', 'edge.missing-node', 'edge.not-object']);
  });

  it('fills defaults for missing fields, as a hand-written file would leave them', () => {
    const r = restoreKafkaScenario({ mode: 'kafka', nodes: [{ id: 't', kind: 'topic', name: 'orders' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toEqual(['doc.version.missing']);
    expect(r.scenario.nodes[0]).toMatchObject({ kind: 'topic', name: 'orders', partitions: 3, cleanupPolicy: 'delete', retentionMs: 604_800_000 });
  });

  it('exercise documents are valid too', () => {
    for (const ex of KAFKA_EXERCISES) expect(restoreKafkaScenario(plain(ex.start())).ok).toBe(true);
  });
});
