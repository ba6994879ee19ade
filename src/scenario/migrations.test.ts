import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, type MigrationTable, type RawDocument } from './migrations';
import { restoreScenario } from './restore';

// A made-up version 0, to exercise the mechanism before a real version 2 exists: the topology sat
// under `topology` and the title was called `name`.
const fakeTable: MigrationTable = {
  0: (doc) => {
    const topology = typeof doc.topology === 'object' && doc.topology !== null ? doc.topology : {};
    const { topology: _t, name, ...rest } = doc;
    return { ...rest, ...topology, title: name, version: 1 };
  },
};

const versionZero = (): RawDocument => ({
  version: 0,
  name: 'old one',
  topology: { nodes: [{ id: 'q', kind: 'queue', name: 'jobs' }], edges: [] },
});

describe('migrations', () => {
  it('has no steps while version 1 is the only version', () => {
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('upgrades an old document through the table, then validates it', () => {
    const input = versionZero();
    const r = restoreScenario(input, { migrations: fakeTable });
    expect(r.ok && r.scenario).toMatchObject({ version: 1, title: 'old one', nodes: [{ id: 'q', kind: 'queue', name: 'jobs' }] });
    expect(input).toEqual(versionZero()); // the caller's data is untouched
  });

  it('a migrated document is validated like any other', () => {
    const bad = { ...versionZero(), name: 7 };
    const r = restoreScenario(bad, { migrations: fakeTable });
    expect(r.ok ? [] : r.errors).toEqual([{ code: 'value.not-string', path: 'title' }]);
  });

  it('refuses a version it has no path from', () => {
    expect(restoreScenario(versionZero())).toEqual({
      ok: false,
      errors: [{ code: 'doc.version.unsupported', path: 'version', params: { version: 0, from: 0 } }],
    });
  });

  it('reports a step that throws or returns garbage, instead of throwing', () => {
    const throwing: MigrationTable = { 0: () => { throw new Error('bug'); } };
    const garbage: MigrationTable = { 0: () => [] as unknown as RawDocument };
    for (const migrations of [throwing, garbage]) {
      const r = restoreScenario(versionZero(), { migrations });
      expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['doc.migration.failed']);
    }
  });

  it('runs steps in order, one per version', () => {
    const seen: number[] = [];
    const table: MigrationTable = {
      0: (d) => (seen.push(0), { ...d, a: 1 }),
      1: (d) => (seen.push(1), { ...d, b: d.a }),
      2: (d) => (seen.push(2), { ...d, c: d.b }),
    };
    const r = migrate({ version: 0 }, 0, table, 3);
    expect(seen).toEqual([0, 1, 2]);
    expect(r).toEqual({ ok: true, doc: { version: 0, a: 1, b: 1, c: 1 } });
    expect(migrate({}, 1, { 0: (d) => d }, 3)).toEqual({ ok: false, code: 'doc.version.unsupported', from: 1 });
  });
});
