import { usePrefs, useT } from '../../../app/context';
import type { StyleKind, StyleMetrics } from '../../../engine/integration';
import type { MessageKey } from '../../../i18n/en';
import { durationParts, formatDuration, formatNumber } from '../format';
import { styleLabel } from '../labels';
import { useLab } from './context';
import { looksFor, type StyleLook } from './palette';
import { Picture } from './Picture';

/** The side-by-side figures: one card per style, big numbers a class can read from the back. */
export function StyleCards() {
  const styles = useLab((s) => s.session.setup.config.styles);
  const looks = looksFor(styles);
  return (
    <div className="why-cards" style={{ ['--n' as string]: styles.length }}>
      {styles.map((s) => (
        <StyleCard key={s.id} id={s.id} kind={s.kind} look={looks[s.id]} />
      ))}
    </div>
  );
}

const EXTRA_KEYS: Record<string, MessageKey> = {
  unacked: 'why.x.unacked',
  redeliveries: 'why.x.redeliveries',
  consumersUp: 'why.x.consumersUp',
  lockWaitMs: 'why.x.lockWaitMs',
  lockTimeouts: 'why.x.lockTimeouts',
  schemaErrors: 'why.x.schemaErrors',
  pollersWaitingOnLock: 'why.x.pollersWaitingOnLock',
  filesInInbox: 'why.x.filesInInbox',
  partialReads: 'why.x.partialReads',
  parseFailures: 'why.x.parseFailures',
  requestsWaitingAtB: 'why.x.requestsWaitingAtB',
};

export function Swatch({ look }: { look: StyleLook }) {
  return (
    <svg className="why-swatch" viewBox="0 0 40 10" aria-hidden="true">
      <line
        x1="0"
        y1="5"
        x2="40"
        y2="5"
        style={{ stroke: `var(${look.colorVar})` }}
        strokeWidth={look.width}
        strokeDasharray={look.dash.join(' ') || undefined}
      />
    </svg>
  );
}

function StyleCard({ id, kind, look }: { id: string; kind: StyleKind; look: StyleLook }) {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const m = useLab((s) => s.metrics[id]) as StyleMetrics | undefined;
  const bDown = useLab((s) => s.controls.bDown);
  const bSpeed = useLab((s) => s.controls.bSpeed);
  const playing = useLab((s) => s.playing);
  if (m === undefined) return null;
  const n = (v: number) => formatNumber(lang, v, 0);
  const lat = (v: number | null) => (v === null ? { num: '—', unit: '' } : durationParts(lang, v));
  const count = (v: number) => ({ num: n(v), unit: '' });
  const headingId = `why-card-${id}`;
  const figs: {
    name: string;
    label: MessageKey;
    value: { num: string; unit: string };
    tone?: string;
  }[] = [
    { name: 'sent', label: 'why.fig.sent', value: count(m.sent) },
    { name: 'completed', label: 'why.fig.completed', value: count(m.completed), tone: 'good' },
    {
      name: 'failed',
      label: 'why.fig.failed',
      value: count(m.failed),
      tone: m.failed > 0 ? 'bad' : undefined,
    },
    {
      name: 'lost',
      label: 'why.fig.lost',
      value: count(m.lost),
      tone: m.lost > 0 ? 'bad' : undefined,
    },
    { name: 'p50', label: 'why.fig.p50', value: lat(m.latencyP50Ms) },
    { name: 'p95', label: 'why.fig.p95', value: lat(m.latencyP95Ms) },
    {
      name: 'blocked',
      label: 'why.fig.blocked',
      value: durationParts(lang, m.aBlockedMs),
      tone: m.aBlockedMs > 0 ? 'warn' : undefined,
    },
    {
      name: 'backlog',
      label: `why.backlog.${kind}`,
      value: count(m.backlog),
      tone: m.backlog > 0 ? 'warn' : undefined,
    },
  ];
  const extras = [
    ...(m.inFlight > 0 ? [t('why.x.inFlight', { n: n(m.inFlight) })] : []),
    ...(m.duplicates > 0 ? [t('why.x.duplicates', { n: n(m.duplicates) })] : []),
    ...(m.inconsistent > 0 ? [t('why.x.inconsistent', { n: n(m.inconsistent) })] : []),
    ...Object.entries(m.extra)
      .filter(([k, v]) => k in EXTRA_KEYS && v > 0)
      .map(([k, v]) => t(EXTRA_KEYS[k], { n: k.endsWith('Ms') ? formatDuration(lang, v) : n(v) })),
  ];

  return (
    <article
      className="why-card"
      aria-labelledby={headingId}
      data-style={id}
      style={{ ['--c' as string]: `var(${look.colorVar})` }}
    >
      <header className="why-card-head">
        <Swatch look={look} />
        <h3 id={headingId}>{styleLabel(t, id, kind)}</h3>
        {bDown ? (
          <span className="why-badge is-bad">{t('why.badge.down')}</span>
        ) : bSpeed < 1 ? (
          <span className="why-badge is-warn">
            {t('why.badge.slow', { factor: formatNumber(lang, bSpeed) })}
          </span>
        ) : null}
      </header>
      <Picture
        kind={kind}
        backlog={m.backlog}
        aWaiting={m.aWaiting}
        bBusy={m.bBusy}
        bDown={bDown}
        moving={playing}
      />
      <dl className="why-figs">
        {figs.map((f) => (
          <div key={f.name} className={`why-fig${f.tone ? ` is-${f.tone}` : ''}`}>
            <dt>{t(f.label)}</dt>
            <dd data-testid={`why-fig-${id}-${f.name}`}>
              {f.value.num}
              {f.value.unit && <span className="why-unit"> {f.value.unit}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {extras.length > 0 && <p className="why-extras">{extras.join(' · ')}</p>}
    </article>
  );
}
