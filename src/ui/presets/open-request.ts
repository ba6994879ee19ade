/**
 * How the gallery (a side sheet outside the workspace, loaded lazily) tells the workspace what
 * to do once a preset has replaced the document: frame it, maybe start playing, and say that
 * Undo brings the old canvas back. The gallery leaves a request for the editor store it is about
 * to change; the workspace takes it when the document is replaced. Kept per store, not global, so
 * two editors (tests) never see each other's requests.
 */
import type { MessageKey } from '../../i18n/en';
import type { EditorStore } from '../../store/editor';

export interface OpenRequest {
  readonly title: MessageKey;
  readonly tryThis: readonly MessageKey[];
  readonly play: boolean;
}

const pending = new WeakMap<EditorStore, OpenRequest>();

export function requestOpen(editor: EditorStore, request: OpenRequest): void {
  pending.set(editor, request);
}

/** The request left for this store, once: a later replacement (New canvas, a link) finds none. */
export function takeOpenRequest(editor: EditorStore): OpenRequest | null {
  const r = pending.get(editor) ?? null;
  pending.delete(editor);
  return r;
}

/** Whether the gallery should start playing: remembered for the session, on by default. */
let autoplay = true;
export const getAutoplay = (): boolean => autoplay;
export const setAutoplay = (on: boolean): void => {
  autoplay = on;
};
