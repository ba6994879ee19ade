import { messageColor } from '../../../canvas/colors';

/** A record's colour: the same for the same key in the partition, the token, the log and the inspector. */
export const recordColor = messageColor;

/** A consumer group's colour (its committed-offset markers): stable per name. */
export function groupColor(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return `hsl(${(h >>> 0) % 360} 55% 42%)`;
}

/**
 * Readable text on a record chip: white on dark hues, near-black on light ones (yellows and
 * greens at the same lightness are much brighter), by the WCAG relative luminance.
 */
export function chipText(colorId: number): string {
  const m = /hsl\((\d+(?:\.\d+)?) (\d+)% (\d+)%\)/.exec(messageColor(colorId));
  if (!m) return '#ffffff';
  const [h, s, l] = [Number(m[1]), Number(m[2]) / 100, Number(m[3]) / 100];
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * f(0) + 0.7152 * f(8) + 0.0722 * f(4);
  // Contrast with white vs with #111: whichever is higher.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0556 ? '#ffffff' : '#111111';
}
