import type { Translate } from '../../app/context';
import type { Line } from './explain';
import { renderPhrase } from './render';
import { Rich } from './Rich';

/** The "why" of one entry: one line per step, ✔/✘ where a test passed or failed. */
export function ExplanationLines({ lines, t }: { lines: readonly Line[]; t: Translate }) {
  if (lines.length === 0) return null;
  return (
    <ul className="bl-log-why">
      {lines.map((l, i) => (
        <li key={i} className="bl-log-why-line" data-depth={l.depth ?? 0} data-ok={l.ok === undefined ? undefined : String(l.ok)}>
          {l.ok !== undefined && (
            <span className="bl-log-mark" aria-hidden="true">
              {l.ok ? '✔' : '✘'}
            </span>
          )}
          {l.dest && (
            <span className="bl-log-dest">
              → <Rich text={renderPhrase(t, l.dest)} />:{' '}
            </span>
          )}
          <Rich text={renderPhrase(t, l.phrase)} />
        </li>
      ))}
    </ul>
  );
}
