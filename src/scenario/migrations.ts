// Upgrades of older saved documents, one step per version (excalidraw's LegacyAppStateMigrations,
// tldraw's migration sequences). A step receives the raw, not yet validated document of version N
// and returns the raw document of version N + 1; restore() validates only the final result, so a
// step reads fields defensively and must not mutate its input (it is the caller's data).
//
// Version 1 is the first version, so the table is empty. To add version 2: bump SCENARIO_VERSION in
// types.ts, add `1: (doc) => ({ ...doc, version: 2, ...what changed })` here and a test that a
// version-1 file from before the change still loads.

import { isRecord } from './restore-values';
import { SCENARIO_VERSION } from './types';

export type RawDocument = Readonly<Record<string, unknown>>;
export type Migration = (doc: RawDocument) => RawDocument;
/** Keyed by the version a step upgrades from. */
export type MigrationTable = Readonly<Partial<Record<number, Migration>>>;

export const MIGRATIONS: MigrationTable = {};

export type MigrationResult =
  | { ok: true; doc: RawDocument }
  | { ok: false; code: 'doc.version.unsupported' | 'doc.migration.failed'; from: number };

/** Runs every step from `from` up to `to` (the current version by default). */
export function migrate(doc: RawDocument, from: number, table: MigrationTable = MIGRATIONS, to: number = SCENARIO_VERSION): MigrationResult {
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = Object.hasOwn(table, version) ? table[version] : undefined;
    if (!step) return { ok: false, code: 'doc.version.unsupported', from: version };
    try {
      const next: unknown = step(current);
      if (!isRecord(next)) return { ok: false, code: 'doc.migration.failed', from: version };
      current = next;
    } catch {
      return { ok: false, code: 'doc.migration.failed', from: version };
    }
  }
  return { ok: true, doc: current };
}
