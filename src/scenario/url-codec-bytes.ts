// Byte helpers for share links: strict base64url, CRC-32 and a deflate reader with a hard cap.

import { deflateSync, Inflate } from 'fflate';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** base64url without padding (RFC 4648 §5), the form that survives in a URL unescaped. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (left > 1) out += ALPHABET[(n >> 6) & 63];
    if (left > 2) out += ALPHABET[n & 63];
  }
  return out;
}

/** Strict: any character outside the alphabet, padding, or an impossible length gives null. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? DECODE[code] : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two texts would decode to the same bytes.
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE, as in zip and PNG) as 8 lowercase hex digits. */
export function crc32Hex(bytes: Uint8Array): string {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/**
 * Input is fed to the inflater this many bytes at a time. Deflate expands at most ~1032:1, so one
 * step can produce at most ~530 KB before the cap is checked again: a bomb is stopped after
 * about cap + 530 KB of output, never the gigabytes it claims.
 */
export const INFLATE_STEP = 512;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'corrupted'; produced: number };

class TooLarge extends Error {}

/** Raw DEFLATE (RFC 1951) decompression that refuses to produce more than `maxBytes`. */
export function inflateCapped(data: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  try {
    if (data.length === 0) return { ok: false, reason: 'corrupted', produced };
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (e) {
    return { ok: false, reason: e instanceof TooLarge ? 'too-large' : 'corrupted', produced };
  }
  const bytes = new Uint8Array(produced);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes };
}

/** Why a link's body did not unpack: the codes every link format reports. */
export type FrameFailure =
  | { readonly code: 'truncated' | 'corrupted' }
  | { readonly code: 'too-large'; readonly max: number };

/**
 * The frame all BrokerLab links share after their `<letter><version>.` prefix:
 * `<base64url(deflate(json))>.<crc32 of the json, 8 hex digits>`. The check goes last so a cut
 * link reads as truncated, not damaged. Inflating stops at `maxJsonBytes` (deflate bombs).
 */
export function packJsonFrame(value: unknown): string {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return `${toBase64Url(deflateSync(json, { level: 9 }))}.${crc32Hex(json)}`;
}

/** Unpacks a frame into parsed JSON (unknown: the caller restores it), or says what is wrong. */
export function unpackJsonFrame(body: string, maxJsonBytes: number): { ok: true; value: unknown } | ({ ok: false } & FrameFailure) {
  const dot = body.lastIndexOf('.');
  // No check at the end, or part of one: the link was cut.
  if (dot < 0) return { ok: false, code: 'truncated' };
  const check = body.slice(dot + 1);
  if (/^[0-9a-f]{0,7}$/.test(check)) return { ok: false, code: 'truncated' };
  if (!/^[0-9a-f]{8}$/.test(check)) return { ok: false, code: 'corrupted' };
  const compressed = fromBase64Url(body.slice(0, dot));
  if (!compressed) return { ok: false, code: 'corrupted' };
  const inflated = inflateCapped(compressed, maxJsonBytes);
  if (!inflated.ok) return inflated.reason === 'too-large' ? { ok: false, code: 'too-large', max: maxJsonBytes } : { ok: false, code: 'corrupted' };
  if (crc32Hex(inflated.bytes) !== check) return { ok: false, code: 'corrupted' };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes)) };
  } catch {
    return { ok: false, code: 'corrupted' };
  }
}

/** What reading a link's head and frame can report, before its document is restored. */
export type LinkFrameResult =
  | { readonly ok: true; readonly letters: string; readonly value: unknown; readonly check: string }
  | {
      readonly ok: false;
      readonly code: 'not-a-link' | 'unknown-version' | 'truncated' | 'corrupted' | 'too-large';
      readonly params?: Readonly<Record<string, number>>;
    };

/**
 * Reads `#<letters><version>.<frame>` (or the same without `#`, or a whole URL) for one link
 * format: `letters` is a regular-expression alternative such as `s|p|e`. Bounded before it starts
 * (text length), while inflating (JSON size), and never throws. An older version number than the
 * format's is not this format's link; a newer one is a link "made by a newer BrokerLab".
 */
export function readLinkFrame(input: unknown, letters: string, version: number, caps: { readonly maxChars: number; readonly maxJsonBytes: number }): LinkFrameResult {
  try {
    if (typeof input !== 'string') return { ok: false, code: 'not-a-link' };
    const text = input.slice(input.indexOf('#') + 1).trim();
    // Measured before any decoding: everything after this is proportional to the length.
    if (text.length > caps.maxChars) return { ok: false, code: 'too-large', params: { max: caps.maxChars } };
    const head = new RegExp(`^(${letters})(\\d{1,6})\\.`).exec(text);
    if (!head) return { ok: false, code: 'not-a-link' };
    const found = Number(head[2]);
    if (found !== version) return found > version ? { ok: false, code: 'unknown-version', params: { version: found } } : { ok: false, code: 'not-a-link' };
    const body = text.slice(head[0].length);
    const frame = unpackJsonFrame(body, caps.maxJsonBytes);
    if (!frame.ok) return frame.code === 'too-large' ? { ok: false, code: 'too-large', params: { max: frame.max } } : { ok: false, code: frame.code };
    return { ok: true, letters: head[1], value: frame.value, check: body.slice(body.lastIndexOf('.') + 1) };
  } catch {
    return { ok: false, code: 'corrupted' };
  }
}
