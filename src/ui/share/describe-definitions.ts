import type { Translate } from '../../app/context';
import type { DefinitionsError } from '../../scenario/definitions/import';
import type { DefinitionsNote } from '../../scenario/definitions/types';
import { describeIssue } from '../../scenario/restore-issues';

/** One sentence per note, in the user's language. */
export function describeDefinitionsNote(note: DefinitionsNote, t: Translate): string {
  return t(`share.defs.${note.code}`, note.params);
}

/** A refused definitions file as lines: what is wrong, then each restore problem. */
export function describeDefinitionsError(error: DefinitionsError, t: Translate): string[] {
  return [t(`share.defs.error.${error.code}`, error.params), ...(error.issues ?? []).slice(0, 8).map((i) => describeIssue(i, t))];
}
