/**
 * Opening a shared link (`#s1.…`, `#p1.…`, `#e1.…`), at boot and when the hash changes.
 *
 * - A link that does not decode (cut, damaged, too large, hostile) changes nothing and says why.
 * - When the work on the canvas is neither the untouched example nor the link's own scenario,
 *   the user is asked first; opening the link then keeps the work twice over: a copy in browser
 *   storage (see keepAside) and one Undo away (the link replaces the document as one edit).
 * - `play` links start playback; `embed` links boot into a read-only canvas that never touches
 *   the saved draft (see boot.ts).
 * - Once an edit or play link has been handled its hash is removed, so a reload shows the user's
 *   work (autosaved) instead of asking again; an embed link keeps its hash (the iframe reloads it).
 */
import { createStore } from 'zustand/vanilla';
import type { DraftStorage } from '../scenario/draft-save';
import type { RestoreIssue } from '../scenario/restore-issues';
import type { Scenario } from '../scenario/types';
import type { LinkError, ShareVariant } from '../scenario/url-codec';
import type { EditorStore } from '../store/editor';
import type { LinkDecision } from './link-decide';

/** A fragment meant as an AMQP scenario link; checked without loading the codec. */
export const SCENARIO_LINK_HASH = /^#?[spe]\d+\./;
export const EMBED_LINK_HASH = /^#?e\d+\./;

export type LinkPromptState =
  | { kind: 'idle' }
  | { kind: 'ask'; scenario: Scenario; variant: ShareVariant; warnings: RestoreIssue[] }
  | { kind: 'error'; error: LinkError }
  | { kind: 'opened'; title: string; warnings: RestoreIssue[]; undoable: boolean; keptAside: boolean };

export interface LinkOpenerState {
  prompt: LinkPromptState;
  /** Bumped each time a `play` link was opened: the workspace starts playback. */
  playToken: number;
  /** Reads a hash (boot or hashchange); resolves to what it decided. */
  handle: (hash: string) => Promise<LinkDecision['action']>;
  /** The user chose "Open the link". */
  openPending: () => void;
  /** The user chose "Keep my work". */
  keepWork: () => void;
  dismiss: () => void;
}

export interface LinkOpenerOptions {
  editor: EditorStore;
  storage: DraftStorage | undefined;
  /** Removes the hash from the address bar without a new history entry. */
  clearHash: () => void;
}

export function createLinkOpener({ editor, storage, clearHash }: LinkOpenerOptions) {
  return createStore<LinkOpenerState>()((set, get) => {
    let keep: ((storage: DraftStorage | undefined, s: Scenario) => boolean) | null = null;
    const open = (scenario: Scenario, variant: ShareVariant, warnings: RestoreIssue[], undoable: boolean) => {
      const current = editor.getState().doc;
      const keptAside = undoable && keep ? keep(storage, current) : false;
      // One undoable edit: Undo brings back exactly what was on the canvas.
      editor.getState().replace(scenario);
      set({
        prompt: { kind: 'opened', title: scenario.title, warnings, undoable, keptAside },
        playToken: variant === 'play' ? get().playToken + 1 : get().playToken,
      });
    };
    return {
      prompt: { kind: 'idle' },
      playToken: 0,
      handle: async (hash) => {
        if (!SCENARIO_LINK_HASH.test(hash)) return 'none';
        const { decideLink, isUntouchedExample, keepAside } = await import('./link-decide');
        keep = keepAside;
        const current = editor.getState().doc;
        const decision = decideLink(hash, current);
        switch (decision.action) {
          case 'none':
            return 'none';
          case 'error':
            set({ prompt: { kind: 'error', error: decision.error } });
            break;
          case 'same':
            if (decision.variant === 'play') set({ playToken: get().playToken + 1 });
            break;
          case 'open':
            open(decision.scenario, decision.variant, decision.warnings, !isUntouchedExample(current) && current.nodes.length > 0);
            break;
          case 'ask':
            set({ prompt: { kind: 'ask', scenario: decision.scenario, variant: decision.variant, warnings: decision.warnings } });
            break;
        }
        clearHash();
        return decision.action;
      },
      openPending: () => {
        const p = get().prompt;
        if (p.kind === 'ask') open(p.scenario, p.variant, p.warnings, true);
      },
      keepWork: () => set({ prompt: { kind: 'idle' } }),
      dismiss: () => set({ prompt: { kind: 'idle' } }),
    };
  });
}

export type LinkOpener = ReturnType<typeof createLinkOpener>;
