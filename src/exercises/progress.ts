// Which exercises a student solved and how many hints they opened, kept in the browser. Loading
// validates every entry and never throws. A record that does not read cleanly is copied aside
// under a backup key before anything is written over it (the valid entries are kept); if it
// cannot be copied, nothing is saved over it at all.

export const PROGRESS_KEY = 'brokerlab.exercises.v1';
export const PROGRESS_BACKUP_KEYS: readonly string[] = [1, 2, 3, 4, 5].map(
  (n) => `${PROGRESS_KEY}.corrupt${n === 1 ? '' : `-${n}`}`,
);

const MAX_ENTRIES = 1000;
const MAX_ID_CHARS = 200;
const MAX_HINTS = 50;

/** localStorage in the app, a Map-backed fake in tests. */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Progress {
  /** Exercise id -> when it was first solved (ms since 1970, from the browser's clock). */
  readonly done: Readonly<Record<string, number>>;
  /** Exercise id -> hints revealed. */
  readonly hints: Readonly<Record<string, number>>;
}

export const EMPTY_PROGRESS: Progress = { done: {}, hints: {} };

export type ProgressNotice =
  | { kind: 'corrupt'; keptAt: string }
  /** It did not read and could not be copied aside: it stays where it is and is not overwritten. */
  | { kind: 'stuck' }
  | { kind: 'unavailable' };

export interface LoadedProgress {
  progress: Progress;
  notice: ProgressNotice | null;
  canSave: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the valid entries of a map; reports whether anything had to be left out. */
function readMap(
  raw: unknown,
  valid: (v: unknown) => v is number,
): { map: Record<string, number>; clean: boolean } {
  const map: Record<string, number> = Object.create(null) as Record<string, number>;
  if (raw === undefined) return { map, clean: true };
  if (!isRecord(raw)) return { map, clean: false };
  let clean = true;
  const keys = Object.keys(raw);
  if (keys.length > MAX_ENTRIES) return { map, clean: false };
  for (const k of keys) {
    const v = raw[k];
    if (k.length === 0 || k.length > MAX_ID_CHARS || !valid(v)) clean = false;
    else map[k] = v;
  }
  return { map: { ...map }, clean };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isHints = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_HINTS;

/** Parses stored text; `clean` is false when anything in it was not understood. */
export function parseProgress(text: string): { progress: Progress; clean: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { progress: EMPTY_PROGRESS, clean: false };
  }
  if (!isRecord(parsed) || parsed.version !== 1) return { progress: EMPTY_PROGRESS, clean: false };
  const done = readMap(parsed.done, isTime);
  const hints = readMap(parsed.hints, isHints);
  return { progress: { done: done.map, hints: hints.map }, clean: done.clean && hints.clean };
}

export function loadProgress(storage: ProgressStorage | undefined): LoadedProgress {
  if (!storage)
    return { progress: EMPTY_PROGRESS, notice: { kind: 'unavailable' }, canSave: false };
  let text: string | null;
  try {
    text = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: EMPTY_PROGRESS, notice: { kind: 'unavailable' }, canSave: false };
  }
  if (text === null) return { progress: EMPTY_PROGRESS, notice: null, canSave: true };
  const { progress, clean } = parseProgress(text);
  if (clean) return { progress, notice: null, canSave: true };
  const keptAt = keepAside(storage, text);
  return keptAt === null
    ? { progress, notice: { kind: 'stuck' }, canSave: false }
    : { progress, notice: { kind: 'corrupt', keptAt }, canSave: true };
}

/** Copies the text to a free backup key and checks the copy reads back; returns the key. */
function keepAside(storage: ProgressStorage, text: string): string | null {
  for (const key of PROGRESS_BACKUP_KEYS) {
    try {
      const existing = storage.getItem(key);
      if (existing !== null && existing !== text) continue; // an older backup: keep it too
      if (existing === null) storage.setItem(key, text);
      if (storage.getItem(key) === text) return key;
    } catch {
      // Quota or storage errors: try the next slot.
    }
  }
  return null;
}

export type SaveResult = { ok: true } | { ok: false; error: 'quota' | 'unavailable' };

export function saveProgress(storage: ProgressStorage, progress: Progress): SaveResult {
  try {
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, done: progress.done, hints: progress.hints }),
    );
    return { ok: true };
  } catch (e) {
    return { ok: false, error: isQuotaError(e) ? 'quota' : 'unavailable' };
  }
}

export function markDone(p: Progress, id: string, at: number): Progress {
  if (Object.hasOwn(p.done, id)) return p;
  return { ...p, done: { ...p.done, [id]: at } };
}

export function setHints(p: Progress, id: string, n: number): Progress {
  if ((Object.hasOwn(p.hints, id) ? p.hints[id] : 0) >= n) return p;
  return { ...p, hints: { ...p.hints, [id]: Math.min(n, MAX_HINTS) } };
}

export const isDone = (p: Progress, id: string) => Object.hasOwn(p.done, id);
export const hintsShown = (p: Progress, id: string) =>
  Object.hasOwn(p.hints, id) ? p.hints[id] : 0;

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const name = 'name' in e ? e.name : undefined;
  const code = 'code' in e ? e.code : undefined;
  // Chrome/Safari: QuotaExceededError (22); Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}
