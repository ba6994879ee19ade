import { fail, ok, type KafkaResult } from './errors';
import { emit, type Ctx } from './state';

/**
 * The simulated filesystem the file connectors read and write; the UI watches it grow through
 * `file.appended` events and the files snapshot. Text only ([SIM]: positions count UTF-16 code
 * units, which equal bytes for ASCII, as Kafka's FileStreamSource counts chars).
 */
export function appendFile(ctx: Ctx, path: string, text: string, connector: string | null): KafkaResult<{ size: number }> {
  if (typeof path !== 'string' || path.length === 0) return fail('INVALID_COMMAND', { field: 'path' });
  if (typeof text !== 'string') return fail('INVALID_COMMAND', { field: 'text' });
  const next = (ctx.files.get(path) ?? '') + text;
  ctx.files.set(path, next);
  emit(ctx, { type: 'file.appended', path, text, size: next.length, by: connector === null ? 'user' : 'connector', connector });
  return ok({ size: next.length });
}

export interface ReadLine {
  readonly line: string;
  /** Position just after this line's terminator: the source offset {position}. */
  readonly position: number;
}

/**
 * FileStreamSourceTask.extractLine: a line ends at \n, \r\n or a lone \r; the terminator is not
 * part of the value; an empty line is "". A last line without terminator waits, and so does a
 * trailing \r, because the next character could turn it into \r\n.
 */
export function extractLines(content: string, from: number, max: number): ReadLine[] {
  const out: ReadLine[] = [];
  let start = from;
  let i = from;
  while (i < content.length && out.length < max) {
    const c = content.charCodeAt(i);
    if (c === 10) {
      out.push({ line: content.slice(start, i), position: i + 1 });
      start = i = i + 1;
    } else if (c === 13) {
      if (i + 1 >= content.length) break;
      const end = content.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      out.push({ line: content.slice(start, i), position: end });
      start = i = end;
    } else i++;
  }
  return out;
}
