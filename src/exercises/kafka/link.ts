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
import { packJsonFrame, unpackJsonFrame } from '../../scenario/url-codec-bytes';
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

const fail = (code: LinkErrorCode, params?: KafkaExerciseLinkError['params']): KafkaExerciseLinkResult => ({ ok: false, error: params ? { code, params } : { code } });

/** Accepts `#kx1....`, `kx1....` or a whole URL. */
export function decodeKafkaExerciseFromHash(input: string): KafkaExerciseLinkResult {
  try {
    return decode(input);
  } catch {
    return fail('corrupted');
  }
}

function decode(input: unknown): KafkaExerciseLinkResult {
  if (typeof input !== 'string') return fail('not-a-scenario-link');
  const text = input.slice(input.indexOf('#') + 1).trim();
  if (text.length > MAX_KAFKA_EXERCISE_HASH_CHARS) return fail('too-large', { max: MAX_KAFKA_EXERCISE_HASH_CHARS });
  const head = /^kx(\d{1,6})\./.exec(text);
  if (!head) return fail('not-a-scenario-link');
  const version = Number(head[1]);
  if (version !== KAFKA_EXERCISE_LINK_VERSION) return version > KAFKA_EXERCISE_LINK_VERSION ? fail('unknown-version', { version }) : fail('not-a-scenario-link');
  const body = text.slice(head[0].length);
  const frame = unpackJsonFrame(body, MAX_KAFKA_EXERCISE_JSON_BYTES);
  if (!frame.ok) return frame.code === 'too-large' ? fail('too-large', { max: frame.max }) : fail(frame.code);
  const restored = restoreKafkaExercise(frame.value);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, id: `link-${body.slice(body.lastIndexOf('.') + 1)}`, document: restored.document, warnings: restored.warnings };
}
