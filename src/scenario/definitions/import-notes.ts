// The notes a definitions import gives about what a scenario cannot hold (import.ts), and the
// small text helpers they are written with.

import { LIMITS } from '../restore-limits';
import { utf8Length } from '../validate-fields';
import { note, type DefinitionsNote, type DefinitionsNoteCode } from './types';

/** Notes listed one by one; the rest are counted. */
export const MAX_NOTES = 60;

export class Notes {
  readonly list: DefinitionsNote[] = [];
  private dropped = 0;
  private readonly once = new Set<string>();
  add(code: DefinitionsNoteCode, params?: DefinitionsNote['params']): void {
    if (this.list.length >= MAX_NOTES) {
      this.dropped++;
      return;
    }
    this.list.push(note(code, params));
  }
  /** A note that would repeat for every entry (an unknown field) is given once. */
  addOnce(code: DefinitionsNoteCode, params: Readonly<Record<string, string | number>>): void {
    const key = JSON.stringify([code, params]);
    if (this.once.has(key)) return;
    this.once.add(key);
    this.add(code, params);
  }
  done(): DefinitionsNote[] {
    return this.dropped > 0 ? [...this.list, note('import.more-notes', { count: this.dropped })] : this.list;
  }
}

export const short = (value: unknown, max = 80): string => {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = '?';
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

export const isName = (v: unknown): v is string => typeof v === 'string' && utf8Length(v) <= LIMITS.shortString;
