import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../i18n/translate';
import { notesTopicScenario } from './presets/notes-topic';
import { describeLinkError } from './restore-issues';
import { scenarioArb } from './restore.arbitraries';
import { crc32Hex, fromBase64Url, INFLATE_STEP, inflateCapped, toBase64Url } from './url-codec-bytes';
import {
  decodeScenarioFromHash,
  encodeScenarioToHash,
  linkLengthAdvice,
  MAX_HASH_CHARS,
  MAX_INFLATED_BYTES,
  type LinkErrorCode,
  type ShareVariant,
} from './url-codec';

const CODES: readonly LinkErrorCode[] = ['not-a-scenario-link', 'unknown-version', 'truncated', 'corrupted', 'too-large', 'invalid'];

/** A well-formed link around any bytes, as a newer, older or buggy BrokerLab might make one. */
function linkOf(bytes: Uint8Array, prefix = 's1'): string {
  return `#${prefix}.${toBase64Url(deflateSync(bytes))}.${crc32Hex(bytes)}`;
}
const utf8 = (text: string) => new TextEncoder().encode(text);

function codeOf(hash: string): LinkErrorCode | 'ok' {
  const r = decodeScenarioFromHash(hash);
  return r.ok ? 'ok' : r.error.code;
}

afterEach(() => vi.restoreAllMocks());

describe('share links: round trips', () => {
  it.each<[ShareVariant, string]>([
    ['edit', '#s1.'],
    ['play', '#p1.'],
    ['embed', '#e1.'],
  ])('the notes preset as a %s link', (variant, prefix) => {
    const hash = encodeScenarioToHash(notesTopicScenario(), variant);
    expect(hash.startsWith(prefix)).toBe(true);
    expect(hash).toMatch(/^#[spe]1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(decodeScenarioFromHash(hash)).toEqual({ ok: true, scenario: notesTopicScenario(), variant, warnings: [] });
  });

  it('reads the link with or without #, or as a whole URL', () => {
    const hash = encodeScenarioToHash(notesTopicScenario(), 'play');
    for (const form of [hash.slice(1), `https://example.org/brokerlab/${hash}`, ` ${hash}\n`]) expect(codeOf(form)).toBe('ok');
  });

  it('round-trips any valid scenario', () => {
    fc.assert(
      fc.property(scenarioArb(), fc.constantFrom<ShareVariant>('edit', 'play', 'embed'), (s, variant) => {
        const r = decodeScenarioFromHash(encodeScenarioToHash(s, variant));
        expect(r).toEqual({ ok: true, scenario: s, variant, warnings: [] });
      }),
      { numRuns: 100 },
    );
  });
});

describe('share links: every error has a code', () => {
  const good = encodeScenarioToHash(notesTopicScenario(), 'edit');

  it('not-a-scenario-link', () => {
    for (const h of ['', '#', '#about', '#x1.abc.00000000', '#json=abc,def', '#s.abc', '#s0.abc.00000000']) expect(codeOf(h)).toBe('not-a-scenario-link');
  });

  it('unknown-version: a link from a newer BrokerLab', () => {
    expect(decodeScenarioFromHash(good.replace('#s1.', '#s2.'))).toEqual({ ok: false, error: { code: 'unknown-version', params: { version: 2 } } });
  });

  it('truncated: a link cut anywhere after its prefix', () => {
    for (let end = 4; end < good.length; end++) expect(codeOf(good.slice(0, end))).toBe('truncated');
  });

  it('corrupted: any character of the data or check changed', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 4; i < good.length; i++) {
      if (good[i] === '.') continue;
      const replacement = /[0-9a-f]/.test(good[i]) && i > good.lastIndexOf('.') ? (good[i] === '0' ? '1' : '0') : alphabet[(alphabet.indexOf(good[i]) + 1) % 64];
      expect(codeOf(good.slice(0, i) + replacement + good.slice(i + 1))).toBe('corrupted');
    }
    expect(codeOf(good.replace('#s1.', '#s1.*'))).toBe('corrupted'); // not base64url
    expect(codeOf(`${good.slice(0, -8)}ZZZZZZZZ`)).toBe('corrupted'); // not a check
  });

  it('corrupted: a correct check over bytes that are not a scenario text', () => {
    expect(codeOf(linkOf(utf8('{"nodes": [')))).toBe('corrupted');
    expect(codeOf(linkOf(new Uint8Array([0xff, 0xfe, 0x7b])))).toBe('corrupted'); // not UTF-8
  });

  it('too-large: an over-long fragment is refused before it is decoded', () => {
    const spy = vi.spyOn(JSON, 'parse');
    expect(decodeScenarioFromHash(`#s1.${'A'.repeat(MAX_HASH_CHARS)}.00000000`)).toEqual({
      ok: false,
      error: { code: 'too-large', params: { max: MAX_HASH_CHARS } },
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('too-large: a deflate bomb is stopped at the cap, not inflated', () => {
    const bomb = deflateSync(new Uint8Array(24 * 1024 * 1024).fill(0x20), { level: 9 });
    const hash = `#s1.${toBase64Url(bomb)}.00000000`;
    expect(hash.length).toBeLessThan(MAX_HASH_CHARS); // small enough to pass the first gate
    const parse = vi.spyOn(JSON, 'parse');
    expect(decodeScenarioFromHash(hash)).toEqual({ ok: false, error: { code: 'too-large', params: { max: MAX_INFLATED_BYTES } } });
    expect(parse).not.toHaveBeenCalled();
    // How much was inflated before stopping: the cap plus at most one step's worth (deflate ≤ 1032:1).
    const r = inflateCapped(bomb, MAX_INFLATED_BYTES);
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!r.ok && r.produced).toBeLessThanOrEqual(MAX_INFLATED_BYTES + INFLATE_STEP * 1032 + 32 * 1024);
  });

  it('invalid: a well-formed link whose scenario restore refuses, with the reasons', () => {
    const r = decodeScenarioFromHash(linkOf(utf8(JSON.stringify({ version: 9, nodes: [] }))));
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', issues: [{ code: 'doc.version.newer', path: 'version', params: { version: 9, supported: 1 } }] },
    });
  });

  it('passes on restore warnings (a link with a dangling edge still opens)', () => {
    const doc = { version: 1, nodes: [{ id: 'q', kind: 'queue' }], edges: [{ kind: 'publish', source: 'gone', target: 'q' }] };
    const r = decodeScenarioFromHash(linkOf(utf8(JSON.stringify(doc)), 'e1'));
    expect(r.ok && r.variant).toBe('embed');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['edge.missing-node']);
  });
});

describe('share links: hostile input', () => {
  const goodHashes = fc.tuple(scenarioArb(4), fc.constantFrom<ShareVariant>('edit', 'play', 'embed')).map(([s, v]) => encodeScenarioToHash(s, v));

  const mutated = goodHashes.chain((hash) =>
    fc.oneof(
      fc.nat(hash.length).map((n) => hash.slice(0, n)), // truncated
      fc.tuple(fc.nat(hash.length - 1), fc.integer({ min: 0, max: 0xffff })).map(([i, code]) => hash.slice(0, i) + String.fromCharCode(code) + hash.slice(i + 1)), // a character changed
      fc.tuple(fc.nat(hash.length - 1), fc.nat(7)).map(([i, bit]) => hash.slice(0, i) + String.fromCharCode(hash.charCodeAt(i) ^ (1 << bit)) + hash.slice(i + 1)), // a bit flipped
      fc.tuple(fc.nat(hash.length), fc.string({ maxLength: 40 })).map(([i, s]) => hash.slice(0, i) + s + hash.slice(i)), // spliced
      goodHashes.chain((other) => fc.tuple(fc.nat(hash.length), fc.nat(other.length)).map(([i, j]) => hash.slice(0, i) + other.slice(j))), // two links spliced
    ),
  );

  const isCoded = (hash: string) => {
    const r = decodeScenarioFromHash(hash);
    if (r.ok) expect(r.scenario.version).toBe(1);
    else expect(CODES).toContain(r.error.code);
  };

  it('random text never throws and always gets ok or a code', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }).map((s) => `#s1.${s}`)), isCoded), { numRuns: 500 });
  });

  it('truncated, flipped and spliced links never throw and always get ok or a code', () => {
    fc.assert(fc.property(mutated, isCoded), { numRuns: 400 });
  });

  it('random bytes behind a valid prefix and check never throw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        isCoded(`#p1.${toBase64Url(bytes)}.${crc32Hex(bytes)}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('share links: bytes and advice', () => {
  it('base64url round-trips any bytes and refuses non-canonical text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
    expect(fromBase64Url('A')).toBeNull(); // impossible length
    expect(fromBase64Url('AB')).toBeNull(); // leftover bits set
    expect(fromBase64Url('AA==')).toBeNull(); // padding is not used
    expect(fromBase64Url('A+/A')).toBeNull(); // standard, not url, alphabet
  });

  it('CRC-32 is the standard one', () => {
    expect(crc32Hex(utf8('123456789'))).toBe('cbf43926');
  });

  it('advises on link length', () => {
    expect(linkLengthAdvice('x'.repeat(2000))).toBe('ok');
    expect(linkLengthAdvice('x'.repeat(2001))).toBe('long');
    expect(linkLengthAdvice('x'.repeat(8000))).toBe('long');
    expect(linkLengthAdvice('x'.repeat(8001))).toBe('too-long');
  });
});

describe('share links: words', () => {
  it.each(CODES)('%s is worded in both languages and says the current work is kept', (code) => {
    for (const lang of ['en', 'pt-BR'] as const) {
      const lines = describeLinkError(
        { code, params: { max: 1, version: 2 }, issues: code === 'invalid' ? [{ code: 'doc.not-object', path: '' }] : undefined },
        (key, params) => translate(lang, key, params),
      );
      expect(lines.length).toBe(code === 'invalid' ? 3 : 2);
      expect(lines.join(' ')).not.toMatch(/\{\w+\}|scenario\.(link|file|issue)\./);
    }
  });
});
