import { useEffect, useState } from 'react';
import type { Translate } from '../../app/context';
import type { SimLogEntry } from '../../sim/amqp/types';
import type { ExplainContext, Explanation, Line } from './explain';
import { ExplanationLines } from './ExplanationLines';
import type { fullLines as FullLines } from './explain-routing';

let routing: Promise<{ fullLines: typeof FullLines }> | null = null;
/** The routing "why" loads the first time someone opens one; later ones are instant. */
const loadRouting = () => (routing ??= import('./explain-routing'));

/** An entry's "why": shown at once, or (routing decisions) as soon as its code has loaded. */
export function WhyLines({ entry, x, ctx, t }: { entry: SimLogEntry; x: Explanation; ctx: ExplainContext; t: Translate }) {
  const [lines, setLines] = useState<readonly Line[] | null>(x.deferred ? null : x.lines);
  useEffect(() => {
    if (!x.deferred) return;
    let live = true;
    void loadRouting().then((m) => {
      if (live) setLines(m.fullLines(entry, x, ctx));
    });
    return () => {
      live = false;
    };
  }, [entry, x, ctx]);
  if (!x.deferred) return <ExplanationLines lines={x.lines} t={t} />;
  return lines === null ? <p className="bl-log-why">{t('app.loading')}</p> : <ExplanationLines lines={lines} t={t} />;
}
