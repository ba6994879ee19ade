import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { notesTopicScenario } from '../presets/notes-topic';
import { decodeScenarioFromHash, encodeScenarioToHash } from '../url-codec';
import { crc32Hex, toBase64Url } from '../url-codec-bytes';
import { KAFKA_PRESETS } from './presets';
import { restoreKafkaScenario } from './restore';
import { kafkaScenarioArb } from './restore.arbitraries';
import { decodeKafkaScenarioFromHash, encodeKafkaScenarioToHash, looksLikeKafkaHash, MAX_KAFKA_HASH_CHARS } from './url-codec';

const utf8 = (s: string) => new TextEncoder().encode(s);
const linkOf = (bytes: Uint8Array, prefix = 'k1') => `#${prefix}.${toBase64Url(deflateSync(bytes))}.${crc32Hex(bytes)}`;
const code = (hash: string) => {
  const r = decodeKafkaScenarioFromHash(hash);
  return r.ok ? 'ok' : r.error.code;
};

describe('Kafka share links', () => {
  it('round-trip every preset, with their own prefix', () => {
    for (const p of KAFKA_PRESETS) {
      const hash = encodeKafkaScenarioToHash(p.build());
      expect(hash.startsWith('#k1.')).toBe(true);
      expect(looksLikeKafkaHash(hash)).toBe(true);
      const r = decodeKafkaScenarioFromHash(`https://example.org/brokerlab/${hash}`);
      expect(r.ok && r.scenario).toEqual(p.build());
    }
  });

  it('round-trip any valid scenario', () => {
    fc.assert(
      fc.property(kafkaScenarioArb, (doc) => {
        const r = decodeKafkaScenarioFromHash(encodeKafkaScenarioToHash(doc));
        expect(r.ok && r.scenario).toEqual(doc);
      }),
      { numRuns: 100 },
    );
  });

  it('neither mode opens the other’s links', () => {
    const amqp = encodeScenarioToHash(notesTopicScenario(), 'edit');
    expect(code(amqp)).toBe('not-a-scenario-link');
    expect(looksLikeKafkaHash(amqp)).toBe(false);
    const kafka = encodeKafkaScenarioToHash(KAFKA_PRESETS[0].build());
    const r = decodeScenarioFromHash(kafka);
    expect(r.ok).toBe(false);
  });

  it('tells a cut link from a damaged one, and a newer format from garbage', () => {
    const hash = encodeKafkaScenarioToHash(KAFKA_PRESETS[0].build());
    expect(code(hash.slice(0, -3))).toBe('truncated');
    expect(code(hash.slice(0, hash.lastIndexOf('.')))).toBe('truncated');
    expect(code(hash.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).toBe('corrupted');
    expect(code(hash.replace('#k1.', '#k2.'))).toBe('unknown-version');
    expect(code('#about')).toBe('not-a-scenario-link');
    expect(code(`#k1.${'A'.repeat(MAX_KAFKA_HASH_CHARS)}.00000000`)).toBe('too-large');
    expect(code(linkOf(utf8('{"mode":"amqp","version":1}')))).toBe('invalid');
    expect(code(linkOf(utf8('not json')))).toBe('corrupted');
  });

  it('stops a deflate bomb early', () => {
    const bomb = new Uint8Array(4 * 1024 * 1024).fill(32);
    expect(code(linkOf(bomb))).toBe('too-large');
  });

  it('never throws on any text, and any link it accepts holds a valid scenario', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = decodeKafkaScenarioFromHash(`#k1.${s}`);
        if (r.ok) expect(restoreKafkaScenario(JSON.parse(JSON.stringify(r.scenario))).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
