/**
 * Kafka's murmur2 (`org.apache.kafka.common.utils.Utils.murmur2`), byte for byte.
 * Java does the arithmetic on signed 32-bit ints; Math.imul and `| 0` give the same bits.
 * Spec: broker-semantics.md H.2.
 */
export function murmur2(b: Uint8Array, len: number = b.length): number {
  const m = 0x5bd1e995;
  let h = (0x9747b28c ^ len) | 0;
  const blocks = len & ~3;
  for (let i = 0; i < blocks; i += 4) {
    let k = b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  // The tail: Java's switch falls through 3 -> 2 -> 1; written as ifs (the build forbids fallthrough).
  const tail = len & 3;
  if (tail === 3) h ^= b[blocks + 2] << 16;
  if (tail >= 2) h ^= b[blocks + 1] << 8;
  if (tail >= 1) {
    h ^= b[blocks];
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's `Utils.toPositive`: masks the sign bit. Math.abs would put "21" in p2 of 3 instead of p0. */
export const toPositive = (h: number): number => h & 0x7fffffff;

/**
 * UTF-8 bytes of a string, as Kafka's StringSerializer produces them. Written by hand because the
 * engine compiles without DOM/Node typings (no TextEncoder); lone surrogates become U+FFFD like
 * TextEncoder does.
 */
export function utf8Encode(s: string): Uint8Array {
  const out = new Uint8Array(utf8Length(s));
  utf8EncodeInto(s, out);
  return out;
}

/** Encodes into `out` (large enough: utf8Length(s) bytes); returns the byte count. */
function utf8EncodeInto(s: string, out: Uint8Array): number {
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[j++] = c;
      continue;
    }
    if (c < 0x800) {
      out[j++] = 0xc0 | (c >> 6);
      out[j++] = 0x80 | (c & 63);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[j++] = 0xf0 | (c >> 18);
        out[j++] = 0x80 | ((c >> 12) & 63);
        out[j++] = 0x80 | ((c >> 6) & 63);
        out[j++] = 0x80 | (c & 63);
        continue;
      }
      c = 0xfffd;
    }
    out[j++] = 0xe0 | (c >> 12);
    out[j++] = 0x80 | ((c >> 6) & 63);
    out[j++] = 0x80 | (c & 63);
  }
  return j;
}

/** Byte length of the UTF-8 encoding, without allocating (used for batch.size and retention.bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

// Reused scratch buffer: hashing a key on the produce hot path allocates nothing.
let scratch = new Uint8Array(256);

/** murmur2 of the key's UTF-8 bytes (what StringSerializer sends). */
export function hashKey(key: string): number {
  if (key.length * 3 > scratch.length) scratch = new Uint8Array(key.length * 3);
  return murmur2(scratch, utf8EncodeInto(key, scratch));
}

/** The keyed choice: over ALL partitions of the topic, available or not (BuiltInPartitioner.partitionForKey). */
export function partitionForKey(key: string, numPartitions: number): number {
  return toPositive(hashKey(key)) % numPartitions;
}
