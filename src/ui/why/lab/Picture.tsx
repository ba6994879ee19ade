import { useT } from '../../../app/context';
import type { StyleKind } from '../../../engine/integration';

interface Props {
  kind: StyleKind;
  backlog: number;
  aWaiting: number;
  bBusy: number;
  bDown: boolean;
  moving: boolean;
}

const CHIPS = 8;

/**
 * A → medium → B, drawn small: what sits in the middle (a wire, a table, a file, a queue),
 * how much waits there, and whether B is down. The arrows flow only while time runs.
 */
export function Picture({ kind, backlog, aWaiting, bBusy, bDown, moving }: Props) {
  const t = useT();
  const flowIn = moving ? ' is-moving' : '';
  const flowOut = moving && !bDown ? ' is-moving' : '';
  return (
    <svg
      className="why-picture"
      viewBox="0 0 300 64"
      role="img"
      aria-label={t('why.pic.label', { medium: t(`why.medium.${kind}`) })}
    >
      <g className={`why-pic-a${aWaiting > 0 && kind === 'rest' ? ' is-waiting' : ''}`}>
        <rect x="2" y="14" width="44" height="36" rx="6" />
        <text x="24" y="37" textAnchor="middle">
          A
        </text>
        {kind === 'rest' && aWaiting > 0 && (
          <text className="why-pic-note" x="2" y="63">
            {t('why.pic.waiting', { n: aWaiting })}
          </text>
        )}
      </g>
      <line className={`why-pic-flow${flowIn}`} x1="48" y1="32" x2="92" y2="32" />
      <Medium
        kind={kind}
        backlog={backlog}
        label={backlog > 0 ? `${t(`why.medium.${kind}`)} · ${backlog}` : t(`why.medium.${kind}`)}
      />
      <line className={`why-pic-flow${flowOut}`} x1="208" y1="32" x2="252" y2="32" />
      <g className={`why-pic-b${bDown ? ' is-down' : ''}`}>
        <rect x="254" y="14" width="44" height="36" rx="6" />
        <text x="276" y="37" textAnchor="middle">
          {bDown ? '✕' : 'B'}
        </text>
        {!bDown && bBusy > 0 && (
          <text className="why-pic-note" x="298" y="63" textAnchor="end">
            {t('why.pic.busy', { n: bBusy })}
          </text>
        )}
      </g>
    </svg>
  );
}

function Medium({ kind, backlog, label }: { kind: StyleKind; backlog: number; label: string }) {
  const shown = Math.min(CHIPS, backlog);
  return (
    <g className="why-pic-medium">
      {kind === 'rest' && <line x1="94" y1="32" x2="206" y2="32" className="why-pic-wire" />}
      {kind === 'shared-db' && (
        <>
          <path d="M110 16 a40 6 0 0 0 80 0 v32 a40 6 0 0 1 -80 0 z" />
          <ellipse cx="150" cy="16" rx="40" ry="6" />
        </>
      )}
      {kind === 'file-transfer' && <path d="M128 12 h36 l10 10 v28 h-46 z" />}
      {kind === 'broker' && (
        <>
          <rect x="94" y="18" width="112" height="28" rx="4" />
          {Array.from({ length: shown }, (_, i) => (
            <rect
              key={i}
              className="why-pic-chip"
              x={194 - i * 13}
              y="23"
              width="10"
              height="18"
              rx="2"
            />
          ))}
        </>
      )}
      <text
        className="why-pic-label"
        x="150"
        y={kind === 'broker' ? 12 : kind === 'rest' ? 24 : 62}
        textAnchor="middle"
      >
        {label}
      </text>
    </g>
  );
}
