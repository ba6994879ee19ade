import { useEffect, useState } from 'react';
import type { Translate } from '../../app/context';
import type { SimLogEntry } from '../../sim/amqp/types';
import type { ExplainContext, Explanation, Line } from './explain';
import type * as Why from './explain-why';
import { ExplanationLines } from './ExplanationLines';

type WhyModule = typeof Why;

let loaded: WhyModule | null = null;
let loading: Promise<WhyModule> | null = null;
/** The "why" code and words load the first time someone opens one; later ones are instant. */
const loadWhy = () =>
  (loading ??= import('./explain-why').then((m) => {
    loaded = m;
    return m;
  }));

/** An entry's "why", as soon as its code has loaded (at once after the first time). */
export function WhyLines({ entry, x, ctx, t }: { entry: SimLogEntry; x: Explanation; ctx: ExplainContext; t: Translate }) {
  const [lines, setLines] = useState<readonly Line[] | null>(() => (loaded && x.why ? loaded.whyLines(entry, ctx) : null));
  useEffect(() => {
    if (!x.why) return;
    let live = true;
    void loadWhy().then((m) => {
      if (live) setLines(m.whyLines(entry, ctx));
    });
    return () => {
      live = false;
    };
  }, [entry, x, ctx]);
  if (!x.why) return null;
  return lines === null ? <p className="bl-log-why">{t('app.loading')}</p> : <ExplanationLines lines={lines} t={t} />;
}
