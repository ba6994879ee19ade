import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_FORMAT, MAX_FILE_CHARS, scenarioFromJsonText, scenarioToJsonFile, type FileErrorCode } from './file-io';
import { translate } from '../i18n/translate';
import { notesTopicScenario } from './presets/notes-topic';
import { describeFileError } from './restore-issues';
import { scenarioArb } from './restore.arbitraries';

const CODES: readonly FileErrorCode[] = ['empty', 'too-large', 'not-json', 'truncated', 'wrong-format', 'rabbitmq-definitions', 'invalid'];

const errorOf = (text: string) => {
  const r = scenarioFromJsonText(text);
  return r.ok ? 'ok' : r.error;
};

describe('scenario files', () => {
  it('writes pretty JSON that names its format and version first', () => {
    const text = scenarioToJsonFile(notesTopicScenario());
    expect(text.startsWith(`{\n  "format": "${FILE_FORMAT}",\n  "version": 1,\n`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips the notes preset and any valid scenario', () => {
    expect(scenarioFromJsonText(scenarioToJsonFile(notesTopicScenario()))).toEqual({ ok: true, scenario: notesTopicScenario(), warnings: [] });
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        expect(scenarioFromJsonText(scenarioToJsonFile(s))).toEqual({ ok: true, scenario: s, warnings: [] });
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a byte-order mark and a file without the format marker', () => {
    expect(scenarioFromJsonText(`\uFEFF${scenarioToJsonFile(notesTopicScenario())}`).ok).toBe(true);
    expect(scenarioFromJsonText('{"version": 1, "nodes": [{"id": "q", "kind": "queue"}]}').ok).toBe(true);
  });

  it('says where the JSON breaks, by line and column', () => {
    expect(errorOf('{\n  "version": 1,\n  nodes: []\n}')).toEqual({ code: 'not-json', params: { line: 3, column: 3 } });
    const cut = scenarioToJsonFile(notesTopicScenario()).slice(0, 300);
    expect(errorOf(cut)).toMatchObject({ code: 'truncated' });
  });

  it('has a code for every other refusal', () => {
    expect(errorOf('  \n')).toEqual({ code: 'empty' });
    expect(errorOf(' '.repeat(MAX_FILE_CHARS + 1))).toEqual({ code: 'too-large', params: { max: MAX_FILE_CHARS } });
    expect(errorOf('{"format": "excalidraw", "version": 2}')).toEqual({ code: 'wrong-format', params: { format: 'excalidraw' } });
    expect(errorOf('{"rabbit_version": "3.13.0", "queues": [], "exchanges": [], "bindings": []}')).toEqual({ code: 'rabbitmq-definitions' });
    expect(errorOf('{"format": "brokerlab-scenario", "version": 2}')).toEqual({
      code: 'invalid',
      issues: [{ code: 'doc.version.newer', path: 'version', params: { version: 2, supported: 1 } }],
    });
    expect(errorOf('[1, 2]')).toEqual({ code: 'invalid', issues: [{ code: 'doc.not-object', path: '' }] });
  });

  it('survives nesting deep enough to break a recursive reader', () => {
    const deep = `${'['.repeat(200_000)}`;
    expect(errorOf(deep)).toMatchObject({ code: expect.stringMatching(/^(truncated|not-json)$/) as unknown });
    expect(errorOf(`{"version": 1, "extra": ${'['.repeat(5000)}${']'.repeat(5000)}}`)).toBe('ok');
  });

  it('random and mutated texts never throw and always get ok or a code', () => {
    const file = scenarioArb(4).map(scenarioToJsonFile);
    const mutated = file.chain((text) =>
      fc.oneof(
        fc.nat(text.length).map((n) => text.slice(0, n)),
        fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 0, max: 0xffff })).map(([i, c]) => text.slice(0, i) + String.fromCharCode(c) + text.slice(i + 1)),
        fc.tuple(fc.nat(text.length), fc.string({ maxLength: 30 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ maxLength: 300 }), fc.json()), (text) => {
        const r = scenarioFromJsonText(text);
        if (r.ok) expect(r.scenario.version).toBe(1);
        else expect(CODES).toContain(r.error.code);
      }),
      { numRuns: 500 },
    );
  });
});

describe('scenario files: words', () => {
  it.each(CODES)('%s is worded in both languages', (code) => {
    for (const lang of ['en', 'pt-BR'] as const) {
      const [first] = describeFileError({ code, params: { max: 1, line: 2, column: 3, format: 'x' } }, (key, params) => translate(lang, key, params));
      expect(first).not.toMatch(/\{\w+\}|scenario\.(link|file|issue)\./);
    }
  });
});
