// "Check my solution": the locked parts must still be there, then the student's scenario runs
// headless with the check's test messages and the run is judged. Fast (a few milliseconds of
// simulated seconds) and pure, so it can run on every click.

import type { Scenario } from '../scenario/types';
import { judge } from './judge';
import { lockViolations } from './locks';
import { runCheck } from './run';
import type { CheckResult, Exercise } from './types';

export function checkExercise(
  exercise: Pick<Exercise, 'start' | 'locked' | 'check'>,
  doc: Scenario,
): CheckResult {
  const failures = [
    ...lockViolations(exercise.start, doc, exercise.locked),
    ...judge(exercise.check, runCheck(doc, exercise.check)),
  ];
  return { passed: failures.length === 0, failures };
}
