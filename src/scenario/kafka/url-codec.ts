// Sharing a Kafka scenario by link. Same building blocks as the AMQP links (../url-codec.ts:
// base64url of raw DEFLATE of the JSON, CRC-32 last so a cut link is told apart from a damaged
// one), with its own prefix so neither mode mistakes the other's link for its own:
//
//     #k1.<data>.<check>
//
// Decoding is bounded at every step and ends in restoreKafkaScenario(), like every other load.

import { deflateSync } from 'fflate';
import type { LinkErrorCode } from '../url-codec';
import { crc32Hex, fromBase64Url, inflateCapped, toBase64Url } from '../url-codec-bytes';
import type { KafkaIssue } from './issues';
import { kafkaScenarioToPlain, restoreKafkaScenario } from './restore';
import type { KafkaScenario } from './types';

export const KAFKA_LINK_PREFIX = 'k';
export const KAFKA_LINK_VERSION = 1;
export const MAX_KAFKA_HASH_CHARS = 64 * 1024;
export const MAX_KAFKA_INFLATED_BYTES = 1024 * 1024;

export interface KafkaLinkError {
  code: LinkErrorCode;
  params?: Readonly<Record<string, string | number>>;
  issues?: KafkaIssue[];
}

export type KafkaDecodeResult = { ok: true; scenario: KafkaScenario; warnings: KafkaIssue[] } | { ok: false; error: KafkaLinkError };

export function encodeKafkaScenarioToHash(s: KafkaScenario): string {
  const json = new TextEncoder().encode(JSON.stringify(kafkaScenarioToPlain(s)));
  return `#${KAFKA_LINK_PREFIX}${KAFKA_LINK_VERSION}.${toBase64Url(deflateSync(json, { level: 9 }))}.${crc32Hex(json)}`;
}

/** True when a fragment is meant to be a Kafka scenario link. */
export function looksLikeKafkaHash(hash: string): boolean {
  return /^#?k\d+\./.test(hash);
}

const fail = (code: LinkErrorCode, params?: KafkaLinkError['params']): KafkaDecodeResult => ({ ok: false, error: params ? { code, params } : { code } });

/** Accepts `#k1....`, `k1....` or a whole URL; never throws. */
export function decodeKafkaScenarioFromHash(input: string): KafkaDecodeResult {
  try {
    return decode(input);
  } catch {
    return fail('corrupted');
  }
}

function decode(input: string): KafkaDecodeResult {
  if (typeof input !== 'string') return fail('not-a-scenario-link');
  const text = input.slice(input.indexOf('#') + 1).trim();
  if (text.length > MAX_KAFKA_HASH_CHARS) return fail('too-large', { max: MAX_KAFKA_HASH_CHARS });
  const head = /^k(\d{1,6})\./.exec(text);
  if (!head) return fail('not-a-scenario-link');
  const version = Number(head[1]);
  if (version !== KAFKA_LINK_VERSION) return version > KAFKA_LINK_VERSION ? fail('unknown-version', { version }) : fail('not-a-scenario-link');
  const body = text.slice(head[0].length);
  const dot = body.lastIndexOf('.');
  if (dot < 0) return fail('truncated');
  const check = body.slice(dot + 1);
  if (/^[0-9a-f]{0,7}$/.test(check)) return fail('truncated');
  if (!/^[0-9a-f]{8}$/.test(check)) return fail('corrupted');
  const compressed = fromBase64Url(body.slice(0, dot));
  if (!compressed) return fail('corrupted');
  const inflated = inflateCapped(compressed, MAX_KAFKA_INFLATED_BYTES);
  if (!inflated.ok) return inflated.reason === 'too-large' ? fail('too-large', { max: MAX_KAFKA_INFLATED_BYTES }) : fail('corrupted');
  if (crc32Hex(inflated.bytes) !== check) return fail('corrupted');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch {
    return fail('corrupted');
  }
  const restored = restoreKafkaScenario(parsed);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, scenario: restored.scenario, warnings: restored.warnings };
}
