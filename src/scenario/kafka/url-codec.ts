// Sharing a Kafka scenario by link. Same building blocks as the AMQP links (../url-codec.ts:
// base64url of raw DEFLATE of the JSON, CRC-32 last so a cut link is told apart from a damaged
// one), with its own prefix so neither mode mistakes the other's link for its own:
//
//     #k1.<data>.<check>
//
// Decoding is bounded at every step and ends in restoreKafkaScenario(), like every other load.

import type { LinkErrorCode } from '../url-codec';
import { packJsonFrame, readLinkFrame } from '../url-codec-bytes';
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

/** Accepts `#k1....`, `k1....` or a whole URL; never throws. */
export function decodeKafkaScenarioFromHash(input: string): KafkaDecodeResult {
  const frame = readLinkFrame(input, KAFKA_LINK_PREFIX, KAFKA_LINK_VERSION, { maxChars: MAX_KAFKA_HASH_CHARS, maxJsonBytes: MAX_KAFKA_INFLATED_BYTES });
  if (!frame.ok) return { ok: false, error: { code: frame.code === 'not-a-link' ? 'not-a-scenario-link' : frame.code, ...(frame.params && { params: frame.params }) } };
  const restored = restoreKafkaScenario(frame.value);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, scenario: restored.scenario, warnings: restored.warnings };
}
