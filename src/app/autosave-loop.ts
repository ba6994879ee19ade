// Saving an editor's document in the browser, for both editors (AMQP and Kafka): a moment after
// each edit (one write for a burst of edits), and at once when the page is hidden or closed, so a
// reload or a closed tab loses nothing.

interface DocStore<D> {
  getState: () => { doc: D };
  subscribe: (listener: (state: { doc: D }, prev: { doc: D }) => void) => () => void;
}

/** Starts saving; the returned function stops it. */
export function startAutosaveLoop<D>(editor: DocStore<D>, save: (doc: D) => void, delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    save(editor.getState().doc);
  };
  const unsubscribe = editor.subscribe((s, prev) => {
    if (s.doc === prev.doc) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onHide = () => {
    if (timer !== undefined) flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
