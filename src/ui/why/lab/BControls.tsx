import { useId, useState } from 'react';
import { usePrefs, useT } from '../../../app/context';
import { formatNumber } from '../format';
import { useLab, useLabStore } from './context';

const SPEEDS = [0.1, 0.25, 0.5, 1, 2] as const;
const LOADS = [1, 2, 5, 10] as const;
const BURSTS = [50, 100, 300] as const;

/** What the user can do to B and to the load, live; every control applies to every style at once. */
export function BControls() {
  const t = useT();
  const lang = usePrefs((s) => s.lang);
  const store = useLabStore();
  const controls = useLab((s) => s.controls);
  const upAt = useLab((s) => s.upAt);
  const now = useLab((s) => s.now);
  const styles = useLab((s) => s.session.setup.config.styles);
  const defaultInstances = useLab((s) => {
    const first = s.session.setup.config.styles[0]?.config;
    return first !== undefined && 'instances' in first && typeof first.instances === 'number'
      ? first.instances
      : 1;
  });
  const [downSeconds, setDownSeconds] = useState(30);
  const [burst, setBurst] = useState<number>(100);
  const secondsId = useId();
  const s = store.getState();
  const instances = controls.bInstances ?? defaultInstances;
  const hasDb = styles.some((x) => x.kind === 'shared-db');

  return (
    <section className="why-controls" aria-label={t('why.ctl.label')}>
      <div className="why-control-group" role="group" aria-label={t('why.ctl.bGroup')}>
        <span
          className={`why-b-state${controls.bDown ? ' is-down' : ''}`}
          role="status"
          data-testid="why-b-state"
        >
          {controls.bDown
            ? upAt !== null
              ? t('why.ctl.bDownUntil', { s: Math.ceil((upAt - now) / 1000) })
              : t('why.ctl.bIsDown')
            : t('why.ctl.bIsUp')}
        </span>
        {controls.bDown ? (
          <button
            type="button"
            className="bl-btn why-danger-off"
            onClick={() => s.command({ type: 'set-b-down', down: false })}
          >
            {t('why.ctl.bringUp')}
          </button>
        ) : (
          <button
            type="button"
            className="bl-btn why-danger"
            onClick={() => s.command({ type: 'set-b-down', down: true })}
          >
            {t('why.ctl.takeDown')}
          </button>
        )}
        <span className="why-down-for">
          <button
            type="button"
            className="bl-btn why-danger"
            onClick={() => s.downFor(downSeconds * 1000)}
          >
            {t('why.ctl.downFor', { s: downSeconds })}
          </button>
          <label htmlFor={secondsId} className="visually-hidden">
            {t('why.ctl.downSeconds')}
          </label>
          <input
            id={secondsId}
            type="number"
            min={1}
            max={600}
            value={downSeconds}
            onChange={(e) => {
              const v = Math.round(Number(e.target.value));
              if (Number.isFinite(v) && v >= 1 && v <= 600) setDownSeconds(v);
            }}
          />
        </span>
        <label className="why-inline">
          <span>{t('why.ctl.bSpeed')}</span>
          <select
            value={controls.bSpeed}
            onChange={(e) => s.command({ type: 'set-b-speed', factor: Number(e.target.value) })}
          >
            {[...new Set([...SPEEDS, controls.bSpeed])]
              .sort((a, b) => a - b)
              .map((v) => (
                <option key={v} value={v}>
                  {formatNumber(lang, v)}×
                </option>
              ))}
          </select>
        </label>
        <label className="why-inline">
          <span>{t('why.ctl.instances')}</span>
          <select
            value={instances}
            onChange={(e) => s.command({ type: 'set-b-instances', count: Number(e.target.value) })}
          >
            {[1, 2, 3, 4, 6, 8].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="bl-btn"
          onClick={() => s.command({ type: 'crash-b' })}
          title={t('why.ctl.crashHint')}
        >
          {t('why.ctl.crash')}
        </button>
      </div>
      <div className="why-control-group" role="group" aria-label={t('why.ctl.loadGroup')}>
        <label className="why-inline">
          <span>{t('why.ctl.load')}</span>
          <select
            value={controls.loadMultiplier}
            onChange={(e) =>
              s.command({ type: 'set-load-multiplier', factor: Number(e.target.value) })
            }
          >
            {[...new Set([...LOADS, controls.loadMultiplier])]
              .sort((a, b) => a - b)
              .map((v) => (
                <option key={v} value={v}>
                  ×{formatNumber(lang, v)}
                </option>
              ))}
          </select>
        </label>
        <span className="why-down-for">
          <button
            type="button"
            className="bl-btn"
            onClick={() => s.command({ type: 'burst', count: burst })}
          >
            {t('why.ctl.burst', { count: burst })}
          </button>
          <select
            aria-label={t('why.ctl.burstSize')}
            value={burst}
            onChange={(e) => setBurst(Number(e.target.value))}
          >
            {BURSTS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </span>
        {hasDb &&
          (controls.schemaChanged ? (
            <button
              type="button"
              className="bl-btn"
              onClick={() => s.command({ type: 'schema-fix' })}
            >
              {t('why.ctl.schemaFix')}
            </button>
          ) : (
            <button
              type="button"
              className="bl-btn"
              onClick={() => s.command({ type: 'schema-change' })}
              title={t('why.ctl.schemaHint')}
            >
              {t('why.ctl.schemaChange')}
            </button>
          ))}
      </div>
    </section>
  );
}
