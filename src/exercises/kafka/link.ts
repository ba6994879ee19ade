// Sharing a Kafka exercise by link: the same frame as every other link (url-codec-bytes.ts:
// base64url of raw DEFLATE of the JSON, CRC-32 last), with its own prefix so no other decoder
// takes it for its own:
//
//     #kx1.<data>.<check>
//
// Decoding is bounded (text length, inflated size) and ends in restoreKafkaExercise(), which
// checks every field and cap. It never throws. The checksum names the exercise, so the same link
// always keeps the same progress.

import type { KafkaIssue } from '../../scenario/kafka/issues';
import type { LinkErrorCode } from '../../scenario/url-codec';
import { packJsonFrame, readLinkFrame } from '../../scenario/url-codec-bytes';
import { kafkaExerciseToPlain, restoreKafkaExercise, type KafkaExerciseDocument } from './document';

export const KAFKA_EXERCISE_LINK_VERSION = 1;
export const MAX_KAFKA_EXERCISE_HASH_CHARS = 64 * 1024;
export const MAX_KAFKA_EXERCISE_JSON_BYTES = 1024 * 1024;

export interface KafkaExerciseLinkError {
  code: LinkErrorCode;
  params?: Readonly<Record<string, string | number>>;
  issues?: KafkaIssue[];
}

export type KafkaExerciseLinkResult =
  | { ok: true; id: string; document: KafkaExerciseDocument; warnings: KafkaIssue[] }
  | { ok: false; error: KafkaExerciseLinkError };

export function encodeKafkaExerciseToHash(d: KafkaExerciseDocument): string {
  return `#kx${KAFKA_EXERCISE_LINK_VERSION}.${packJsonFrame(kafkaExerciseToPlain(d))}`;
}

/** True when a fragment is meant to be a Kafka exercise link. */
export function looksLikeKafkaExerciseHash(hash: string): boolean {
  return typeof hash === 'string' && /^#?kx\d+\./.test(hash);
}

/** Accepts `#kx1....`, `kx1....` or a whole URL; never throws. */
export function decodeKafkaExerciseFromHash(input: string): KafkaExerciseLinkResult {
  const frame = readLinkFrame(input, 'kx', KAFKA_EXERCISE_LINK_VERSION, { maxChars: MAX_KAFKA_EXERCISE_HASH_CHARS, maxJsonBytes: MAX_KAFKA_EXERCISE_JSON_BYTES });
  if (!frame.ok) return { ok: false, error: { code: frame.code === 'not-a-link' ? 'not-a-scenario-link' : frame.code, ...(frame.params && { params: frame.params }) } };
  const restored = restoreKafkaExercise(frame.value);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, id: `link-${frame.check}`, document: restored.document, warnings: restored.warnings };
}
