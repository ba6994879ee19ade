import type { Translate } from '../../app/context';
import { describeFailure } from '../../exercises/describe';
import type { CheckResult } from '../../exercises/types';
import { Appear } from '../motion/Appear';
import { RichText } from './RichText';

/** The result of a check: a success line, or each thing the check saw, worded specifically. */
export function Feedback({
  result,
  t,
  limit,
}: {
  result: CheckResult;
  t: Translate;
  limit?: number;
}) {
  if (result.passed)
    return (
      <Appear from="below" className="bl-ex-result is-passed">
        <span aria-hidden="true">✓ </span>
        {t('ex.result.passed')}
      </Appear>
    );
  const shown = limit === undefined ? result.failures : result.failures.slice(0, limit);
  return (
    <Appear from="below" className="bl-ex-result is-failed">
      <p>{t('ex.result.failed')}</p>
      <ul>
        {shown.map((f, i) => (
          <li key={i}>
            <RichText text={describeFailure(f, t)} />
          </li>
        ))}
      </ul>
      {shown.length < result.failures.length && <p className="bl-ex-more">…</p>}
    </Appear>
  );
}
