// Sharing a scenario by link. The scenario travels in the URL fragment (after `#`), which browsers
// never send to a server, so a static site can share without one (excalidraw's `#json=` links).
//
// Link format, version 1:
//
//     #<v>1.<data>.<check>
//
//   <v>      what the link opens: `s` edit (the full editor), `p` play (the canvas read-only,
//            playback controls), `e` embed (canvas only, for a slide or an iframe)
//   1        the link format version; a later format gets a new number and this decoder says
//            "made by a newer BrokerLab" instead of guessing
//   <data>   base64url, no padding, of raw DEFLATE of the UTF-8 JSON of the scenario
//   <check>  CRC-32 of that JSON, 8 hex digits. It comes last on purpose: a link cut short by a
//            chat tool loses it, so a cut link is told apart from a damaged one
//
// Decoding is bounded at every step: the text is capped before anything is decoded, inflation
// stops at MAX_INFLATED_BYTES (deflate bombs), every failure becomes a coded error, and the
// result goes through restoreScenario() like every other load.

import type { RestoreIssue } from './restore-issues';
import { restoreScenario } from './restore';
import { packJsonFrame, unpackJsonFrame } from './url-codec-bytes';
import type { Scenario } from './types';
import { scenarioToPlain } from './file-io';

export type ShareVariant = 'edit' | 'play' | 'embed';

export const LINK_FORMAT_VERSION = 1;
const VARIANT_LETTERS: Readonly<Record<ShareVariant, string>> = { edit: 's', play: 'p', embed: 'e' };
const LETTER_VARIANTS: Readonly<Record<string, ShareVariant>> = { s: 'edit', p: 'play', e: 'embed' };

/** Longest fragment we try to read (characters). Longer ones are refused before decoding. */
export const MAX_HASH_CHARS = 64 * 1024;
/** Most JSON a link may inflate to (bytes). */
export const MAX_INFLATED_BYTES = 1024 * 1024;
/** Above this many characters some chat tools and mail clients cut links. */
export const LONG_LINK_CHARS = 2000;
/** Above this, browsers and servers start refusing URLs: export a file instead. */
export const TOO_LONG_LINK_CHARS = 8000;

export type LinkErrorCode = 'not-a-scenario-link' | 'unknown-version' | 'truncated' | 'corrupted' | 'too-large' | 'invalid';

export interface LinkError {
  code: LinkErrorCode;
  params?: Readonly<Record<string, string | number>>;
  /** For `invalid`: why restore refused the document. */
  issues?: RestoreIssue[];
}

export type DecodeResult =
  | { ok: true; scenario: Scenario; variant: ShareVariant; warnings: RestoreIssue[] }
  | { ok: false; error: LinkError };

export function encodeScenarioToHash(s: Scenario, variant: ShareVariant): string {
  return `#${VARIANT_LETTERS[variant]}${LINK_FORMAT_VERSION}.${packJsonFrame(scenarioToPlain(s))}`;
}

/** True when a fragment is meant to be a scenario link (so `#about` is simply not one). */
export function looksLikeScenarioHash(hash: string): boolean {
  return /^#?[spe]\d+\./.test(hash);
}

const fail = (code: LinkErrorCode, params?: LinkError['params']): DecodeResult => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** Accepts `#s1....`, `s1....` or a whole URL; never throws. */
export function decodeScenarioFromHash(hash: string): DecodeResult {
  try {
    return decode(hash);
  } catch {
    return fail('corrupted');
  }
}

function decode(input: string): DecodeResult {
  if (typeof input !== 'string') return fail('not-a-scenario-link');
  const text = input.slice(input.indexOf('#') + 1).trim();
  // Measured before any decoding: everything after this is proportional to the length.
  if (text.length > MAX_HASH_CHARS) return fail('too-large', { max: MAX_HASH_CHARS });

  const head = /^([a-z])(\d{1,6})\./.exec(text);
  if (!head || !Object.hasOwn(LETTER_VARIANTS, head[1])) return fail('not-a-scenario-link');
  const variant = LETTER_VARIANTS[head[1]];
  const version = Number(head[2]);
  if (version !== LINK_FORMAT_VERSION) {
    return version > LINK_FORMAT_VERSION ? fail('unknown-version', { version }) : fail('not-a-scenario-link');
  }

  const frame = unpackJsonFrame(text.slice(head[0].length), MAX_INFLATED_BYTES);
  if (!frame.ok) return frame.code === 'too-large' ? fail('too-large', { max: frame.max }) : fail(frame.code);
  const restored = restoreScenario(frame.value);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, scenario: restored.scenario, variant, warnings: restored.warnings };
}

export type LinkAdvice = 'ok' | 'long' | 'too-long';

/** Whether a share URL is safe to paste anywhere, may be cut by chat tools, or needs a file. */
export function linkLengthAdvice(url: string): LinkAdvice {
  if (url.length > TOO_LONG_LINK_CHARS) return 'too-long';
  if (url.length > LONG_LINK_CHARS) return 'long';
  return 'ok';
}
