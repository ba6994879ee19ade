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
