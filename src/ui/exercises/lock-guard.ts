// Enforces an exercise's locked parts in the editor without changing the editor store's code: the
// store's edit actions are wrapped so that an edit is first tried on a scratch copy of the store
// (same code, same document, same selection) and refused, with a reason, if it would change or
// delete a locked part. Edits that do not touch them go through untouched, as one undo step as
// usual. Replacing the whole document (a preset, a file, undo) is never refused: that is the
// student leaving the exercise, which the goal bar notices.
//
// A guard hook in the editor store itself would be cleaner; until one exists this keeps the
// exercises feature inside its own files. Uninstalling puts the original actions back.

import { lockViolations } from '../../exercises/locks';
import type { Failure, Locks } from '../../exercises/types';
import type { Scenario } from '../../scenario/types';
import { createEditorStore, type EditorState, type EditorStore } from '../../store/editor';

type Guarded = 'updateNode' | 'updateEdge' | 'connect' | 'deleteSelection';
const GUARDED: readonly Guarded[] = ['updateNode', 'updateEdge', 'connect', 'deleteSelection'];

export interface LockGuardOptions {
  readonly start: Scenario;
  readonly locked: Locks;
  /** Told why an edit was refused. */
  readonly onRefuse: (reason: Failure) => void;
}

/** What a refused edit would have broken, worded as a refusal rather than a failed check. */
function refusal(f: Failure): Failure {
  if (f.code === 'ex.fail.locked.edge-changed' || f.code === 'ex.fail.locked.edge-deleted')
    return { code: 'ex.lock.refusedEdge', params: f.params };
  return { code: 'ex.lock.refusedNode', params: f.params };
}

export function installLockGuard(editor: EditorStore, options: LockGuardOptions): () => void {
  const { start, locked, onRefuse } = options;
  if (locked.nodes.length === 0 && locked.edges.length === 0) return () => {};
  const s0 = editor.getState();
  const original: Pick<EditorState, Guarded> = {
    updateNode: s0.updateNode,
    updateEdge: s0.updateEdge,
    connect: s0.connect,
    deleteSelection: s0.deleteSelection,
  };

  /** Runs the action on a scratch store holding the same state; returns the lock it would break. */
  const wouldBreak = (run: (s: EditorState) => void): Failure | null => {
    const current = editor.getState();
    // Already broken (the student opened something else): nothing left to protect.
    if (lockViolations(start, current.doc, locked).length > 0) return null;
    const scratch = createEditorStore(current.doc);
    scratch.setState({
      selection: current.selection,
      nextId: current.nextId,
      clipboard: current.clipboard,
    });
    run(scratch.getState());
    const broken = lockViolations(start, scratch.getState().doc, locked);
    return broken.length > 0 ? refusal(broken[0]) : null;
  };

  const wrapped: Pick<EditorState, Guarded> = {
    updateNode: (id, patch) => {
      const broken = wouldBreak((s) => s.updateNode(id, patch));
      if (broken) onRefuse(broken);
      else original.updateNode(id, patch);
    },
    updateEdge: (id, patch) => {
      const broken = wouldBreak((s) => s.updateEdge(id, patch));
      if (broken) onRefuse(broken);
      else original.updateEdge(id, patch);
    },
    connect: (source, target) => {
      const broken = wouldBreak((s) => {
        s.connect(source, target);
      });
      if (!broken) return original.connect(source, target);
      onRefuse(broken);
      return null;
    },
    deleteSelection: () => {
      const broken = wouldBreak((s) => s.deleteSelection());
      if (broken) onRefuse(broken);
      else original.deleteSelection();
    },
  };
  editor.setState(wrapped);
  return () => {
    // Only put the originals back if nobody replaced our wrappers meanwhile.
    const now = editor.getState();
    if (GUARDED.every((k) => now[k] === wrapped[k])) editor.setState(original);
  };
}
