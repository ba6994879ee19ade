// Sharing a Kafka scenario by link. Same building blocks as the AMQP links (../url-codec.ts:
// base64url of raw DEFLATE of the JSON, CRC-32 last so a cut link is told apart from a damaged
// one), with its own prefix so neither mode mistakes the other's link for its own:
//
//     #k1.<data>.<check>
//
// Decoding is bounded at every step and ends in restoreKafkaScenario(), like every other load.

import type { LinkErrorCode } from '../url-codec';
import { packJsonFrame, unpackJsonFrame } from '../url-codec-bytes';
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
  return `#${KAFKA_LINK_PREFIX}${KAFKA_LINK_VERSION}.${packJsonFrame(kafkaScenarioToPlain(s))}`;
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
  const frame = unpackJsonFrame(text.slice(head[0].length), MAX_KAFKA_INFLATED_BYTES);
  if (!frame.ok) return frame.code === 'too-large' ? fail('too-large', { max: frame.max }) : fail(frame.code);
  const restored = restoreKafkaScenario(frame.value);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, scenario: restored.scenario, warnings: restored.warnings };
}
