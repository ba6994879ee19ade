import type { Translate } from '../../app/context';
import type { ExerciseLinkError } from '../../exercises/link';
import { describeIssue } from '../../scenario/restore-issues';
import { exercisesEn, exercisesPt } from '../../i18n/parts/exercises';
import { registerMessages } from '../../i18n/translate';

// Boot may load this before the panel: the exercises' words come with it.
registerMessages(exercisesEn, exercisesPt);

/** The words for a refused exercise link: what went wrong, each problem inside, and that nothing changed. */
export function describeExerciseLinkError(error: ExerciseLinkError, t: Translate): string[] {
  const params = error.code === 'too-large' ? { max: `${error.params?.max ?? ''}` } : error.params;
  return [
    t(`ex.link.${error.code}`, params),
    ...(error.issues ?? []).slice(0, 10).map((i) => describeIssue(i, t)),
    t('ex.link.keptWork'),
  ];
}
