// The exercise a student is working on, next to the editor it edits: what is open, the last
// check's result, hints revealed, progress (saved in the browser), a refused edit's reason, and
// the instructor's draft. One session per editor store, created on first use; it lives as long
// as the app, so the goal bar and the panel share it and closing the panel loses nothing.

import { createStore } from 'zustand/vanilla';
import type { AuthorDraft } from '../../exercises/capture';
import { checkExercise } from '../../exercises/check';
import { canonical, lockViolations } from '../../exercises/locks';
import {
  hintsShown,
  loadProgress,
  markDone,
  saveProgress,
  setHints,
  type Progress,
  type ProgressNotice,
  type ProgressStorage,
} from '../../exercises/progress';
import type { CheckResult, Exercise, Failure, TestMessage } from '../../exercises/types';
import type { Scenario } from '../../scenario/types';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { EditorState, EditorStore } from '../../store/editor';
import { installLockGuard } from './lock-guard';

export type View = 'list' | 'exercise' | 'create';

export interface Checked {
  readonly doc: Scenario;
  readonly result: CheckResult;
}

export interface AuthorState extends AuthorDraft {
  /** Test messages being edited (the capture keeps the ones it was made with). */
  readonly messages: readonly TestMessage[];
  /** The canvas the outcomes were captured from: the exercise's reference solution. */
  readonly solution: Scenario | null;
}

export interface SessionState {
  exercise: Exercise | null;
  /** An exercise waiting for the student to confirm that it may replace their canvas. */
  pending: Exercise | null;
  view: View;
  checked: Checked | null;
  progress: Progress;
  progressNotice: ProgressNotice | null;
  saveError: 'quota' | 'unavailable' | null;
  refusal: Failure | null;
  barCollapsed: boolean;
  /** Exercises opened from links in this visit, listed above the catalogue. */
  fromLinks: Exercise[];
  author: AuthorState;

  open: (exercise: Exercise) => void;
  /** Opens at once when nothing would be lost, else leaves it pending for the student to confirm. */
  request: (exercise: Exercise) => void;
  cancelPending: () => void;
  leave: () => void;
  setView: (view: View) => void;
  check: () => CheckResult | null;
  showHint: () => void;
  setBarCollapsed: (collapsed: boolean) => void;
  clearRefusal: () => void;
  updateAuthor: (patch: Partial<AuthorState>) => void;
}

export const EMPTY_AUTHOR: AuthorState = {
  title: '',
  goal: '',
  level: 'easy',
  hints: '',
  capture: null,
  requireNotLost: false,
  start: null,
  locked: { nodes: [], edges: [] },
  messages: [],
  solution: null,
};

export interface SessionOptions {
  storage?: ProgressStorage;
  /** The wall clock, for when an exercise was solved (the browser's, injected for tests). */
  now?: () => number;
}

export function createSession(editor: EditorStore, options: SessionOptions = {}) {
  const loaded = loadProgress(options.storage);
  const canSave = loaded.canSave;
  const now = options.now ?? (() => Date.now());
  let uninstall: () => void = () => {};

  const store = createStore<SessionState>()((set, get) => {
    const persist = (progress: Progress) => {
      set({ progress });
      if (!canSave || !options.storage) return;
      const saved = saveProgress(options.storage, progress);
      set({ saveError: saved.ok ? null : saved.error });
    };

    return {
      exercise: null,
      pending: null,
      view: 'list',
      checked: null,
      progress: loaded.progress,
      progressNotice: loaded.notice,
      saveError: null,
      refusal: null,
      barCollapsed: false,
      fromLinks: [],
      author: EMPTY_AUTHOR,

      open: (exercise) => {
        uninstall();
        // Undoable: the student's previous canvas is one Ctrl+Z away.
        editor.getState().replace(exercise.start);
        uninstall = installLockGuard(editor, {
          start: exercise.start,
          locked: exercise.locked,
          onRefuse: (refusal) => set({ refusal }),
        });
        const fromLinks =
          exercise.section === null && !get().fromLinks.some((e) => e.id === exercise.id)
            ? [exercise, ...get().fromLinks]
            : get().fromLinks;
        set({
          exercise,
          pending: null,
          view: 'exercise',
          checked: null,
          refusal: null,
          barCollapsed: false,
          fromLinks,
        });
      },

      request: (exercise) => {
        if (needsConfirm(editor.getState(), get())) set({ pending: exercise });
        else get().open(exercise);
      },

      cancelPending: () => set({ pending: null }),

      leave: () => {
        uninstall();
        uninstall = () => {};
        set({ exercise: null, view: 'list', checked: null, refusal: null });
      },

      setView: (view) => set({ view }),

      check: () => {
        const { exercise } = get();
        if (!exercise) return null;
        const doc = editor.getState().doc;
        const result = checkExercise(exercise, doc);
        set({ checked: { doc, result }, refusal: null });
        if (result.passed) persist(markDone(get().progress, exercise.id, now()));
        return result;
      },

      showHint: () => {
        const { exercise, progress } = get();
        if (!exercise) return;
        const n = Math.min(exercise.hints.length, hintsShown(progress, exercise.id) + 1);
        persist(setHints(progress, exercise.id, n));
      },

      setBarCollapsed: (barCollapsed) => set({ barCollapsed }),
      clearRefusal: () => set({ refusal: null }),
      updateAuthor: (patch) => set({ author: { ...get().author, ...patch } }),
    };
  });
  return store;
}

export type SessionStore = ReturnType<typeof createSession>;

const sessions = new WeakMap<EditorStore, SessionStore>();

function browserStorage(): ProgressStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The session of this editor, made on first use with the browser's storage. */
export function sessionFor(editor: EditorStore): SessionStore {
  let s = sessions.get(editor);
  if (!s) {
    s = createSession(editor, { storage: browserStorage() });
    sessions.set(editor, s);
  }
  return s;
}

/** For tests: use this session for this editor. */
export function setSessionFor(editor: EditorStore, session: SessionStore): void {
  sessions.set(editor, session);
}

/** True when opening an exercise would replace work the student might want: ask first. */
export function needsConfirm(
  editor: Pick<EditorState, 'doc' | 'history'>,
  session: Pick<SessionState, 'checked' | 'exercise'>,
): boolean {
  const { doc, history } = editor;
  if (doc.nodes.length === 0) return false;
  // A solved exercise's canvas is safe to leave: it is recorded as done.
  if (session.checked?.doc === doc && session.checked.result.passed) return false;
  if (history.past.length > 0) return true;
  const text = canonical(doc);
  return (
    text !== canonical(notesTopicScenario()) &&
    (!session.exercise || text !== canonical(session.exercise.start))
  );
}

/** Whether the canvas still holds the open exercise (its locked parts are all there). */
export function stillOnExercise(exercise: Exercise, doc: Scenario): boolean {
  if (exercise.locked.nodes.length === 0 && exercise.locked.edges.length === 0)
    return exercise.start.nodes.every((n) =>
      doc.nodes.some((m) => m.id === n.id && m.kind === n.kind),
    );
  return lockViolations(exercise.start, doc, exercise.locked).length === 0;
}
