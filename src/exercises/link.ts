// Sharing an exercise by link, built like scenario links (src/scenario/url-codec.ts) from the same
// byte helpers, with its own letter so neither decoder mistakes the other's links:
//
//     #x1.<data>.<check>
//
//   x        an exercise for a student to solve
//   1        the exercise link format; a later one gets a new number and this decoder says
//            "made by a newer BrokerLab" instead of guessing
//   <data>   base64url, no padding, of raw DEFLATE of the UTF-8 JSON of the exercise document
//   <check>  CRC-32 of that JSON, 8 hex digits, last so a link cut short is told apart from a
//            damaged one
//
// Decoding is bounded before it starts (text length), while inflating (output cap), and then the
// document goes through restoreExercise(), which checks every field and every cap. It never throws.

import type { RestoreIssue } from '../scenario/restore-issues';
import { packJsonFrame, readLinkFrame } from '../scenario/url-codec-bytes';
import {
  exerciseFromDocument,
  exerciseToPlain,
  restoreExercise,
  type ExerciseDocument,
} from './document';
import type { Exercise } from './types';

export const EXERCISE_LINK_VERSION = 1;
/** Longest fragment we try to read (characters). */
export const MAX_EXERCISE_HASH_CHARS = 64 * 1024;
/** Most JSON an exercise link may inflate to (bytes): a full scenario plus the words and check. */
export const MAX_EXERCISE_JSON_BYTES = 1024 * 1024;

export type ExerciseLinkErrorCode =
  'not-an-exercise-link' | 'unknown-version' | 'truncated' | 'corrupted' | 'too-large' | 'invalid';

export interface ExerciseLinkError {
  code: ExerciseLinkErrorCode;
  params?: Readonly<Record<string, string | number>>;
  issues?: RestoreIssue[];
}

export type ExerciseLinkResult =
  | { ok: true; exercise: Exercise; document: ExerciseDocument; warnings: RestoreIssue[] }
  | { ok: false; error: ExerciseLinkError };

export function encodeExerciseToHash(d: ExerciseDocument): string {
  return `#x${EXERCISE_LINK_VERSION}.${packJsonFrame(exerciseToPlain(d))}`;
}

/** True when a fragment is meant to be an exercise link (so boot knows to hand it over). */
export function looksLikeExerciseHash(hash: string): boolean {
  return typeof hash === 'string' && /^#?x\d+\./.test(hash);
}

/** Accepts `#x1....`, `x1....` or a whole URL. Pure; never throws. */
export function decodeExerciseFromHash(hash: string): ExerciseLinkResult {
  const frame = readLinkFrame(hash, 'x', EXERCISE_LINK_VERSION, { maxChars: MAX_EXERCISE_HASH_CHARS, maxJsonBytes: MAX_EXERCISE_JSON_BYTES });
  if (!frame.ok) return { ok: false, error: { code: frame.code === 'not-a-link' ? 'not-an-exercise-link' : frame.code, ...(frame.params && { params: frame.params }) } };
  const restored = restoreExercise(frame.value);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  // The checksum names the exercise: the same link always keeps the same progress.
  const exercise = exerciseFromDocument(restored.document, `link-${frame.check}`);
  return { ok: true, exercise, document: restored.document, warnings: restored.warnings };
}
