// Every cap a loaded document must respect, in one place so the inspector, the link codec and
// the file import agree. Sizes are UTF-8 bytes unless the name says otherwise.

import { RANGES, SHORTSTR_MAX } from './validate-fields';

export const LIMITS = {
  nodes: 500,
  edges: 2000,
  /** Node and edge ids are ours (n1, e7), never shown; short keeps links short. */
  idChars: 64,
  /** AMQP short strings: names, routing and binding keys, header keys, properties. */
  shortString: SHORTSTR_MAX,
  title: 255,
  headers: 64,
  scheduleKeys: 64,
  /**
   * A message body. The inspector only warns above 128 KiB (validate-fields LARGE_PAYLOAD_BYTES),
   * so this hard cap sits above that: a draft the editor could hold must load again.
   */
  payloadBytes: 256 * 1024,
  /** Table strings (header values) are AMQP long strings; this is our cap, not the protocol's. */
  headerStringBytes: 64 * 1024,
} as const;

/** Number ranges; the integer ones reuse the inspector's (broker-semantics C and D). */
export const NUMBER_RANGES = {
  coordinate: { min: -1_000_000, max: 1_000_000 },
  ratePerSec: { min: 0, max: 10_000 },
  burst: { min: 1, max: 10_000 },
  limit: { min: 0, max: 1_000_000_000 },
  processingMs: { min: 0, max: 86_400_000 },
  speed: { min: 0.01, max: 1000 },
  messagePriority: RANGES.messagePriority,
  timestamp: { min: 0, max: Number.MAX_SAFE_INTEGER },
  uint32: RANGES.uint32,
  expires: RANGES.expires,
  count: { min: 0, max: Number.MAX_SAFE_INTEGER },
  maxPriority: RANGES.maxPriority,
  deliveryLimit: { min: -1, max: Number.MAX_SAFE_INTEGER },
  prefetch: RANGES.prefetch,
  consumerPriority: RANGES.consumerPriority,
} as const;

export const VALUE_LIMITS = {
  keyBytes: LIMITS.shortString,
  stringValueBytes: LIMITS.headerStringBytes,
  entries: LIMITS.headers,
} as const;
