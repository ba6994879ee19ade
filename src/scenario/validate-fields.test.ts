import { describe, expect, it } from 'vitest';
import { checkJson } from './json-check';
import {
  convertPayload,
  decodeBase64,
  parseExpiration,
  parseInteger,
  parseKeyList,
  parseName,
  parseNumber,
  parseOptionalInteger,
  parsePayload,
  parseTableKey,
  parseTypedValue,
  queueShapeError,
  RANGES,
  retypeValue,
} from './validate-fields';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('parseName', () => {
  const queue = { kind: 'queue' as const, current: 'orders', taken: ['billing'] };
  const exchange = { kind: 'exchange' as const, current: 'notas', taken: ['logs'] };

  it('accepts a new unique name and keeps the current one', () => {
    expect(parseName('shipping', queue)).toEqual({ ok: true, value: 'shipping' });
    expect(parseName('orders', queue)).toEqual({ ok: true, value: 'orders' });
    expect(code(parseName('amq.topic', { ...exchange, current: 'amq.topic' }))).toBe('ok');
  });

  it('refuses empty, duplicate, reserved and over-long names', () => {
    expect(code(parseName('', queue))).toBe('required');
    expect(code(parseName('', exchange))).toBe('default-exchange-name');
    expect(code(parseName('billing', queue))).toBe('duplicate-queue');
    expect(code(parseName('logs', exchange))).toBe('duplicate-exchange');
    expect(code(parseName('amq.x', queue))).toBe('reserved-amq');
    expect(code(parseName('amq.x', exchange))).toBe('reserved-amq');
    expect(code(parseName('a'.repeat(255), queue))).toBe('ok');
    expect(code(parseName('a'.repeat(256), queue))).toBe('too-long');
    // 128 two-byte characters = 256 bytes: bytes count, not characters.
    expect(code(parseName('é'.repeat(128), queue))).toBe('too-long');
  });

  it('lets consumers and producers share names and use amq.', () => {
    expect(code(parseName('amq.worker', { kind: 'other', current: 'c', taken: ['amq.worker'] }))).toBe('ok');
  });
});

describe('numbers', () => {
  it('parses integers within ranges', () => {
    expect(parseInteger('42', RANGES.count)).toEqual({ ok: true, value: 42 });
    expect(code(parseInteger('-1', RANGES.count))).toBe('below-min');
    expect(code(parseInteger('abc', RANGES.count))).toBe('not-integer');
    expect(code(parseInteger('1.5', RANGES.count))).toBe('not-integer');
    expect(code(parseInteger('1e3', RANGES.count))).toBe('not-integer');
    expect(code(parseInteger('0', RANGES.expires))).toBe('below-min');
    expect(code(parseInteger('256', RANGES.maxPriority))).toBe('above-max');
    expect(code(parseInteger('0', RANGES.maxPriority))).toBe('below-min');
    expect(parseInteger('-5', RANGES.consumerPriority)).toEqual({ ok: true, value: -5 });
    expect(parseInteger('-1', RANGES.deliveryLimit)).toEqual({ ok: true, value: -1 });
  });

  it('treats empty optional numbers as not set', () => {
    expect(parseOptionalInteger('', RANGES.count)).toEqual({ ok: true, value: undefined });
    expect(parseOptionalInteger('  ', RANGES.count)).toEqual({ ok: true, value: undefined });
    expect(code(parseInteger('', RANGES.count))).toBe('required');
  });

  it('parses decimals for rates', () => {
    expect(parseNumber('0.5', { positive: true })).toEqual({ ok: true, value: 0.5 });
    expect(code(parseNumber('0', { positive: true }))).toBe('not-positive');
    expect(code(parseNumber('1001', { max: 1000 }))).toBe('above-max');
    expect(code(parseNumber('fast'))).toBe('not-number');
  });

  it('expiration is digits only', () => {
    expect(parseExpiration('60000')).toEqual({ ok: true, value: '60000' });
    expect(parseExpiration('')).toEqual({ ok: true, value: undefined });
    expect(code(parseExpiration('-1'))).toBe('not-digits');
    expect(code(parseExpiration('1.5'))).toBe('not-digits');
    expect(code(parseExpiration(' 10'))).toBe('not-digits');
  });
});

describe('payloads', () => {
  it('measures JSON and text as UTF-8 bytes', () => {
    expect(parsePayload('json', '{"a": "é"}')).toEqual({ ok: true, value: { bytes: 11 } });
    expect(parsePayload('text', 'héllo')).toEqual({ ok: true, value: { bytes: 6 } });
    expect(parsePayload('json', '')).toEqual({ ok: true, value: { bytes: 0 } });
  });

  it('reports where JSON breaks', () => {
    const r = parsePayload('json', '{\n  "a": 1,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: 'json', params: { problem: 'unexpected-char', line: 3, column: 1, char: '}' } });
    const end = parsePayload('json', '{"a": ');
    if (!end.ok) expect(end.error.params?.problem).toBe('unexpected-end');
    else expect.fail('should not parse');
  });

  it('decodes Base64 and measures the bytes', () => {
    expect(parsePayload('base64', 'aGVsbG8=')).toEqual({ ok: true, value: { bytes: 5 } });
    expect(Array.from(decodeBase64('AAEC/w==') ?? [])).toEqual([0, 1, 2, 255]);
    expect(code(parsePayload('base64', 'abc'))).toBe('base64');
    expect(code(parsePayload('base64', 'ab$='))).toBe('base64');
  });

  it('keeps the bytes when the form changes', () => {
    expect(convertPayload('text', 'base64', 'hello')).toEqual({ ok: true, value: 'aGVsbG8=' });
    expect(convertPayload('base64', 'text', 'aGVsbG8=')).toEqual({ ok: true, value: 'hello' });
    expect(convertPayload('json', 'text', '{"a":1}')).toEqual({ ok: true, value: '{"a":1}' });
    expect(code(convertPayload('text', 'json', 'hello'))).toBe('json');
    expect(code(convertPayload('base64', 'text', '/w=='))).toBe('not-utf8');
  });
});

describe('checkJson agrees with JSON.parse', () => {
  const samples = ['{}', '[]', '1', '-0.5e+3', '"a\\u00e9"', 'true', ' null ', '{"a":[1,{"b":false}]}',
    '{,}', '[1,]', '01', '1.', '"\\x"', '"a\nb"', 'tru', '{"a" 1}', '', '1 2', "'a'", '{"a":1}}'];
  it.each(samples)('%j', (text) => {
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    expect(checkJson(text) === null).toBe(parses);
  });
});

describe('typed values and table keys', () => {
  it('reads typed values', () => {
    expect(parseTypedValue('int', '7')).toEqual({ ok: true, value: { kind: 'int', value: 7 } });
    expect(code(parseTypedValue('int', '7.5'))).toBe('not-integer');
    expect(parseTypedValue('float', '7.5')).toEqual({ ok: true, value: { kind: 'float', value: 7.5 } });
    expect(parseTypedValue('bool', 'false')).toEqual({ ok: true, value: { kind: 'bool', value: false } });
    expect(parseTypedValue('void', 'x')).toEqual({ ok: true, value: { kind: 'void' } });
  });

  it('retypes with the old text when it still reads', () => {
    expect(retypeValue({ kind: 'string', value: '12' }, 'int')).toEqual({ kind: 'int', value: 12 });
    expect(retypeValue({ kind: 'string', value: 'pdf' }, 'int')).toEqual({ kind: 'int', value: 0 });
    expect(retypeValue({ kind: 'int', value: 3 }, 'string')).toEqual({ kind: 'string', value: '3' });
    expect(retypeValue({ kind: 'int', value: 3 }, 'void')).toEqual({ kind: 'void' });
  });

  it('keys are required and unique', () => {
    expect(code(parseTableKey('', []))).toBe('required');
    expect(code(parseTableKey('format', ['format']))).toBe('duplicate-key');
    expect(code(parseTableKey('format', ['type']))).toBe('ok');
  });
});

describe('queueShapeError', () => {
  it('applies quorum rules only to quorum queues', () => {
    expect(queueShapeError({ durable: false, exclusive: true, quorum: false })).toBeNull();
    expect(queueShapeError({ durable: false, exclusive: false, quorum: true })?.code).toBe('quorum-durable');
    expect(queueShapeError({ durable: true, exclusive: true, quorum: true })?.code).toBe('quorum-exclusive');
    expect(queueShapeError({ durable: true, exclusive: false, quorum: true, overflow: 'reject-publish-dlx' })?.code).toBe(
      'quorum-overflow',
    );
    expect(queueShapeError({ durable: true, exclusive: false, quorum: true, overflow: 'drop-head' })).toBeNull();
  });
});

describe('parseKeyList', () => {
  it('reads one key per line and drops blank lines', () => {
    expect(parseKeyList('a.b\n\nc.d\r\n')).toEqual({ ok: true, value: ['a.b', 'c.d'] });
    expect(parseKeyList('')).toEqual({ ok: true, value: [] });
    expect(code(parseKeyList(`ok\n${'x'.repeat(256)}`))).toBe('too-long');
  });
});
