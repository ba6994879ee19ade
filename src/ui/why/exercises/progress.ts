import { EXERCISES, type ExerciseId, type StyleKind } from '../../../engine/integration';
import { cleanSettings, settingsFor, type Settings } from './settings';

/** A student's record for one exercise: kept in the browser, read back field by field. */
export interface ExerciseProgress {
  readonly solved: boolean;
  readonly attempts: number;
  readonly kind?: StyleKind;
  readonly settings?: Settings;
}

export type Progress = Readonly<Partial<Record<ExerciseId, ExerciseProgress>>>;

export const PROGRESS_KEY = 'brokerlab.why.progress.v1';

export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KINDS: readonly StyleKind[] = ['rest', 'shared-db', 'file-transfer', 'broker'];

function readOne(id: ExerciseId, raw: unknown): ExerciseProgress | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const ex = EXERCISES.find((e) => e.id === id);
  const attempts =
    typeof r.attempts === 'number' && Number.isFinite(r.attempts)
      ? Math.max(0, Math.floor(r.attempts))
      : 0;
  const out: { -readonly [K in keyof ExerciseProgress]: ExerciseProgress[K] } = {
    solved: r.solved === true,
    attempts,
  };
  // A kind the exercise does not allow (an older catalogue) is dropped, not trusted.
  if (
    typeof r.kind === 'string' &&
    KINDS.includes(r.kind as StyleKind) &&
    ex?.allowed.includes(r.kind as StyleKind)
  ) {
    const kind = r.kind as StyleKind;
    out.kind = kind;
    const base =
      ex.starting.kind === kind
        ? (ex.starting.config as Record<string, unknown> | undefined)
        : undefined;
    out.settings = cleanSettings(kind, r.settings, settingsFor(kind, base));
  }
  return out;
}

/** Never throws: unreadable storage, broken JSON or odd shapes give an empty record for what is wrong. */
export function loadProgress(storage: ProgressStorage | undefined): Progress {
  let raw: unknown;
  try {
    const text = storage?.getItem(PROGRESS_KEY);
    raw = text ? JSON.parse(text) : undefined;
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1)
    return {};
  const exercises = (raw as { exercises?: unknown }).exercises;
  if (typeof exercises !== 'object' || exercises === null) return {};
  const out: Partial<Record<ExerciseId, ExerciseProgress>> = {};
  for (const ex of EXERCISES) {
    const one = readOne(ex.id, (exercises as Record<string, unknown>)[ex.id]);
    if (one !== undefined) out[ex.id] = one;
  }
  return out;
}

/** Returns false when the browser refused (private mode, full quota): progress then lasts for this visit only. */
export function saveProgress(storage: ProgressStorage | undefined, progress: Progress): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, exercises: progress }));
    return true;
  } catch {
    return false;
  }
}

/** The record after one check: a solved exercise stays solved. */
export function recordAttempt(
  progress: Progress,
  id: ExerciseId,
  kind: StyleKind,
  settings: Settings,
  passed: boolean,
): Progress {
  const prev = progress[id];
  return {
    ...progress,
    [id]: {
      solved: passed || prev?.solved === true,
      attempts: (prev?.attempts ?? 0) + 1,
      kind,
      settings,
    },
  };
}

export function browserStorage(): ProgressStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
