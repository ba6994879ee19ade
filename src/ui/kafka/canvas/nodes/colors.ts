import { messageColor } from '../../../canvas/colors';

/** A record's colour: the same for the same key in the partition, the token, the log and the inspector. */
export const recordColor = messageColor;

/** A consumer group's colour (its committed-offset markers): stable per name. */
export function groupColor(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0;
  return `hsl(${(h >>> 0) % 360} 55% 42%)`;
}
