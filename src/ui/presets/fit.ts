/**
 * How the canvas frames a whole scenario after a preset opens or presenter mode toggles.
 * Presenter mode allows a closer zoom: nodes, labels and message tokens all grow with it. Right
 * after a preset opens, the note about Undo sits at the top of the canvas: the frame leaves room.
 */
export function fitOptions(presenter: boolean, roomForNote = false) {
  return {
    padding: { top: roomForNote ? '84px' : '6%', bottom: '6%', x: '6%' },
    maxZoom: presenter ? 2 : 1.25,
  } as const;
}

/**
 * Runs `fn` once the next layout has happened: after React has drawn the new nodes (or the
 * presenter layout) and React Flow has read their sizes and its own. Returns a cancel function.
 */
export function afterLayout(fn: () => void): () => void {
  let second = 0;
  const first = requestAnimationFrame(() => {
    second = requestAnimationFrame(fn);
  });
  return () => {
    cancelAnimationFrame(first);
    cancelAnimationFrame(second);
  };
}
