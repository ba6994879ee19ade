import { describe, expect, it } from 'vitest';
import { messageColor } from '../../../canvas/colors';
import { chipText, groupColor } from './colors';

/** Contrast ratio of two sRGB colours given as luminances. */
const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

function luminance(css: string): number {
  const ctx = /hsl\((\d+(?:\.\d+)?) (\d+)% (\d+)%\)/.exec(css);
  if (!ctx) return css === '#ffffff' ? 1 : 0.0056;
  const [h, s, l] = [Number(ctx[1]), Number(ctx[2]) / 100, Number(ctx[3]) / 100];
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(0) + 0.7152 * f(8) + 0.0722 * f(4);
}

describe('record chip colours', () => {
  it('pick the text colour with the better contrast for every hue the app uses', () => {
    for (let id = 1; id < 200; id++) {
      const bg = luminance(messageColor(id));
      const text = chipText(id) === '#ffffff' ? 1 : luminance('#111111');
      const other = chipText(id) === '#ffffff' ? luminance('#111111') : 1;
      expect(ratio(bg, text)).toBeGreaterThanOrEqual(ratio(bg, other));
      expect(ratio(bg, text)).toBeGreaterThan(3);
    }
  });

  it('gives each group a stable colour', () => {
    expect(groupColor('analytics')).toBe(groupColor('analytics'));
    expect(groupColor('analytics')).not.toBe(groupColor('billing'));
  });
});
