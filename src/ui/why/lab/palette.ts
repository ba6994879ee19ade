import type { StyleKind } from '../../../engine/integration';

/**
 * Each style keeps one colour and one line pattern everywhere (cards, charts, legend), so it
 * reads on a projector and for colour-blind students: the dash tells the lines apart too.
 */
export interface StyleLook {
  /** CSS custom property holding the colour (set per theme in why.css). */
  readonly colorVar: string;
  /** Canvas/SVG dash pattern; empty for a solid line. */
  readonly dash: readonly number[];
  readonly width: number;
}

const LOOKS: Record<StyleKind, StyleLook> = {
  rest: { colorVar: '--why-c-rest', dash: [], width: 3 },
  'shared-db': { colorVar: '--why-c-db', dash: [12, 6], width: 3 },
  'file-transfer': { colorVar: '--why-c-file', dash: [3, 5], width: 4 },
  broker: { colorVar: '--why-c-broker', dash: [18, 5, 4, 5], width: 3 },
};
const SECOND: StyleLook = { colorVar: '--why-c-alt', dash: [7, 4], width: 3 };

/** Looks for the styles in order; a second style of the same kind gets a look of its own. */
export function looksFor(
  styles: readonly { id: string; kind: StyleKind }[],
): Record<string, StyleLook> {
  const seen = new Set<StyleKind>();
  const out: Record<string, StyleLook> = {};
  for (const s of styles) {
    out[s.id] = seen.has(s.kind) ? SECOND : LOOKS[s.kind];
    seen.add(s.kind);
  }
  return out;
}
