import { describe, expect, it } from 'vitest';
import { presetsEn } from '../../i18n/parts/presets';
import { scenarioFromJsonText, scenarioToJsonFile, scenarioToPlain } from '../file-io';
import { restoreScenario } from '../restore';
import type { Scenario, ScenarioNode } from '../types';
import { decodeScenarioFromHash, encodeScenarioToHash } from '../url-codec';
import { PresetRun } from './harness';
import { PRESET_GROUPS, PRESETS, type PresetId } from './index';

/** Presets that are about an error: the exact error their run must show (and no other). */
const EXPECTED_ERRORS: Partial<Record<PresetId, { command: string; code: number; text: RegExp }>> =
  {
    'connections-channels': {
      command: 'basic.publish',
      code: 406,
      text: /^PRECONDITION_FAILED - user_id property set to 'admin' but authenticated user was 'guest'$/,
    },
  };

describe('the preset registry', () => {
  it('has one entry per preset worded in the dictionary, with unique ids, in known groups', () => {
    const worded = Object.keys(presetsEn)
      .filter((k) => /^presets\.[^.]+\.title$/.test(k) && !k.startsWith('presets.group.'))
      .map((k) => k.slice('presets.'.length, -'.title'.length));
    expect(PRESETS.map((p) => p.id).sort()).toEqual(worded.sort());
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) expect(PRESET_GROUPS).toContain(p.group);
    for (const g of PRESET_GROUPS) expect(PRESETS.some((p) => p.group === g)).toBe(true);
  });

  it('points only at words that exist', () => {
    const keys = new Set(Object.keys(presetsEn));
    for (const p of PRESETS)
      for (const k of [p.title, p.explanation, p.tags, ...p.tryThis])
        expect(keys.has(k), k).toBe(true);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s: builds a fresh document titled with its id each time',
    (id, p) => {
      const a = p.create();
      const b = p.create();
      expect(a.title).toBe(id);
      expect(a).toStrictEqual(b);
      expect(a).not.toBe(b);
      expect(a.nodes[0]).not.toBe(b.nodes[0]);
    },
  );
});

describe.each(PRESETS.map((p) => [p.id, p] as const))('preset %s', (id, p) => {
  it('restores through restoreScenario unchanged, with no errors or warnings', () => {
    const doc = p.create();
    const result = restoreScenario(JSON.parse(JSON.stringify(doc)));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    expect(result.scenario).toStrictEqual(doc);
  });

  it('round-trips through a share link and a file unchanged', () => {
    const doc = p.create();
    const link = decodeScenarioFromHash(encodeScenarioToHash(doc, 'edit'));
    if (!link.ok) throw new Error(JSON.stringify(link.error));
    expect(link.warnings).toEqual([]);
    expect(link.scenario).toStrictEqual(doc);
    const file = scenarioFromJsonText(scenarioToJsonFile(doc));
    if (!file.ok) throw new Error(JSON.stringify(file.error));
    expect(file.warnings).toEqual([]);
    expect(JSON.stringify(scenarioToPlain(file.scenario))).toBe(
      JSON.stringify(scenarioToPlain(doc)),
    );
  });

  it('runs 30 simulated seconds without a failed command, unless it is about that error', () => {
    const run = new PresetRun(p.create()).until(30_000);
    const failures = run
      .commandFailures()
      .map((f) => ({ command: f.command, code: f.error.code, text: f.error.text }));
    const expected = EXPECTED_ERRORS[id];
    if (!expected) {
      expect(failures).toEqual([]);
    } else {
      expect(failures.length).toBeGreaterThan(0);
      for (const f of failures) {
        expect(f.command).toBe(expected.command);
        expect(f.code).toBe(expected.code);
        expect(f.text).toMatch(expected.text);
      }
    }
    // Something moves in the first ten seconds (ux principle 1), unless the user is meant to act first.
    expect(run.broker('published').filter((e) => e.time <= 10_000).length).toBeGreaterThan(0);
  });

  it('is laid out left to right without overlaps, small enough to read on a small screen', () => {
    const doc = p.create();
    const byId = new Map(doc.nodes.map((n) => [n.id, n]));
    for (const e of doc.edges) {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      expect(s && t && s.position.x < t.position.x, `${e.id} ${s?.name} -> ${t?.name}`).toBe(true);
    }
    const ROLE: Record<ScenarioNode['kind'], number> = {
      producer: 0,
      exchange: 1,
      queue: 2,
      consumer: 3,
    };
    for (const e of doc.edges) {
      const s = byId.get(e.source)!;
      const t = byId.get(e.target)!;
      expect(ROLE[s.kind] <= ROLE[t.kind], `${s.name} -> ${t.name}`).toBe(true);
    }
    // Nodes are at most 240 wide and about 110 high (queues with their contents).
    for (const a of doc.nodes)
      for (const b of doc.nodes)
        if (a !== b) {
          const apart =
            Math.abs(a.position.x - b.position.x) >= 245 ||
            Math.abs(a.position.y - b.position.y) >= 140;
          expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
        }
    const xs = doc.nodes.map((n) => n.position.x);
    const ys = doc.nodes.map((n) => n.position.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(1050);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(450);
  });

  it('names only exchanges and queues it has (alternate and dead-letter exchanges, dead-letter keys)', () => {
    const doc: Scenario = p.create();
    const exchanges = new Set(doc.nodes.flatMap((n) => (n.kind === 'exchange' ? [n.name] : [])));
    const queues = new Set(doc.nodes.flatMap((n) => (n.kind === 'queue' ? [n.name] : [])));
    for (const n of doc.nodes) {
      if (n.kind === 'exchange' && n.alternateExchange)
        expect(exchanges.has(n.alternateExchange)).toBe(true);
      if (n.kind !== 'queue' || n.args.deadLetterExchange === undefined) continue;
      if (n.args.deadLetterExchange === '')
        expect(queues.has(n.args.deadLetterRoutingKey ?? '')).toBe(true);
      else expect(exchanges.has(n.args.deadLetterExchange)).toBe(true);
    }
  });
});
