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
import { packJsonFrame, readLinkFrame } from './url-codec-bytes';
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

/** Accepts `#s1....`, `s1....` or a whole URL; never throws. */
export function decodeScenarioFromHash(hash: string): DecodeResult {
  const frame = readLinkFrame(hash, 's|p|e', LINK_FORMAT_VERSION, { maxChars: MAX_HASH_CHARS, maxJsonBytes: MAX_INFLATED_BYTES });
  if (!frame.ok) return { ok: false, error: { code: frame.code === 'not-a-link' ? 'not-a-scenario-link' : frame.code, ...(frame.params && { params: frame.params }) } };
  const restored = restoreScenario(frame.value);
  if (!restored.ok) return { ok: false, error: { code: 'invalid', issues: restored.errors } };
  return { ok: true, scenario: restored.scenario, variant: LETTER_VARIANTS[frame.letters], warnings: restored.warnings };
}

export type LinkAdvice = 'ok' | 'long' | 'too-long';

/** Whether a share URL is safe to paste anywhere, may be cut by chat tools, or needs a file. */
export function linkLengthAdvice(url: string): LinkAdvice {
  if (url.length > TOO_LONG_LINK_CHARS) return 'too-long';
  if (url.length > LONG_LINK_CHARS) return 'long';
  return 'ok';
}
