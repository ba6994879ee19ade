import {
  DEFAULT_BROKER,
  DEFAULT_FILE_TRANSFER,
  DEFAULT_REST,
  DEFAULT_SHARED_DB,
  type StyleKind,
  type StyleSpec,
} from '../../../engine/integration';

/** A setting the student may change. B's own speed is not one: the exercises are about how A and B talk. */
export type Field =
  | {
      readonly key: string;
      readonly type: 'int';
      readonly min: number;
      readonly max: number;
      readonly step?: number;
    }
  | { readonly key: string; readonly type: 'choice'; readonly options: readonly string[] }
  | { readonly key: string; readonly type: 'bool' };

export type SettingValue = number | string | boolean;
export type Settings = Readonly<Record<string, SettingValue>>;

export const FIELDS = {
  rest: [
    { key: 'instances', type: 'int', min: 1, max: 8 },
    { key: 'timeoutMs', type: 'int', min: 500, max: 30_000, step: 500 },
    { key: 'maxRetries', type: 'int', min: 0, max: 10 },
  ],
  'shared-db': [
    { key: 'instances', type: 'int', min: 1, max: 8 },
    { key: 'pollIntervalMs', type: 'int', min: 500, max: 30_000, step: 500 },
    { key: 'batchSize', type: 'int', min: 1, max: 100 },
    { key: 'lockMode', type: 'choice', options: ['wait', 'skip-locked'] },
    { key: 'badRow', type: 'choice', options: ['mark-failed', 'retry'] },
  ],
  'file-transfer': [
    { key: 'instances', type: 'int', min: 1, max: 8 },
    { key: 'batchIntervalMs', type: 'int', min: 1000, max: 60_000, step: 1000 },
    { key: 'pickupIntervalMs', type: 'int', min: 500, max: 30_000, step: 500 },
    { key: 'safeHandoff', type: 'bool' },
    { key: 'consumeMode', type: 'choice', options: ['move', 'reread-if-changed'] },
    { key: 'format', type: 'choice', options: ['lines', 'document'] },
  ],
  broker: [
    { key: 'instances', type: 'int', min: 1, max: 8 },
    { key: 'ackMode', type: 'choice', options: ['manual', 'auto'] },
    { key: 'prefetch', type: 'int', min: 0, max: 100 },
    // 0 stands for "no limit" (the engine's undefined).
    { key: 'maxLength', type: 'int', min: 0, max: 10_000, step: 10 },
    { key: 'overflow', type: 'choice', options: ['reject-publish', 'drop-head'] },
  ],
} as const satisfies Record<StyleKind, readonly Field[]>;

export type FieldKey = (typeof FIELDS)[StyleKind][number]['key'];

const DEFAULTS: Record<StyleKind, object> = {
  rest: DEFAULT_REST,
  'shared-db': DEFAULT_SHARED_DB,
  'file-transfer': DEFAULT_FILE_TRANSFER,
  broker: DEFAULT_BROKER,
};

/** A value made valid for its field, or undefined when it cannot be. */
export function validValue(f: Field, v: unknown): SettingValue | undefined {
  if (f.type === 'int') {
    if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
    return Math.min(f.max, Math.max(f.min, Math.round(v)));
  }
  if (f.type === 'bool') return typeof v === 'boolean' ? v : undefined;
  return typeof v === 'string' && f.options.includes(v) ? v : undefined;
}

/** The settings a style starts with: the engine's defaults, then the given config, each field checked. */
export function settingsFor(
  kind: StyleKind,
  config: Readonly<Record<string, unknown>> = {},
): Settings {
  const base = { ...(DEFAULTS[kind] as Record<string, unknown>), ...config };
  const out: Record<string, SettingValue> = {};
  for (const f of FIELDS[kind] as readonly Field[]) {
    const raw = f.key === 'maxLength' && base.maxLength === undefined ? 0 : base[f.key];
    const v = validValue(f, raw);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

/** Keeps only the known fields of a kind, each valid; anything else falls back to `fallback`. */
export function cleanSettings(kind: StyleKind, raw: unknown, fallback: Settings): Settings {
  const rec = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, SettingValue> = {};
  for (const f of FIELDS[kind] as readonly Field[]) {
    const v = validValue(f, rec[f.key]);
    const fb = fallback[f.key];
    if (v !== undefined) out[f.key] = v;
    else if (fb !== undefined) out[f.key] = fb;
  }
  return out;
}

/**
 * The spec the engine runs for the student's choice: the exercise's own starting config for
 * that kind (which may fix things the student does not choose, like how slowly A writes a
 * file), overridden by the student's settings.
 */
export function specFor(
  kind: StyleKind,
  settings: Settings,
  base: Readonly<Record<string, unknown>> = {},
): StyleSpec {
  const config: Record<string, unknown> = { ...base, ...settings };
  if (kind === 'broker' && config.maxLength === 0) config.maxLength = undefined;
  return { id: 'mine', kind, config };
}
