/**
 * A stable, distinct colour per message (its first id), the same in the queue, the token, the log
 * and the inspector. The golden angle spreads consecutive ids around the wheel.
 */
export function messageColor(colorId: number): string {
  if (colorId <= 0) return 'hsl(0 0% 55%)';
  const hue = Math.round((colorId * 137.508) % 360);
  return `hsl(${hue} 70% 48%)`;
}
