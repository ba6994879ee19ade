import type { Translate } from '../../app/context';
import type { Preset } from '../../scenario/presets';
import { Rich } from '../log/Rich';

interface Props {
  preset: Preset;
  t: Translate;
  onOpen: (preset: Preset) => void;
}

/** One preset: what it shows, what to try, and the button that opens it. */
export function PresetCard({ preset, t, onOpen }: Props) {
  const titleId = `bl-preset-${preset.id}`;
  const title = t(preset.title);
  return (
    <li className="bl-preset" aria-labelledby={titleId} data-preset={preset.id}>
      <div className="bl-preset-head">
        <h4 id={titleId} className="bl-preset-title">
          {title}
        </h4>
        <button
          type="button"
          className="bl-btn bl-btn-primary bl-preset-open"
          aria-label={t('presets.openLabel', { title })}
          onClick={() => onOpen(preset)}
        >
          {t('presets.open')}
        </button>
      </div>
      <p className="bl-preset-explain">
        <Rich text={t(preset.explanation)} />
      </p>
      <details className="bl-preset-try">
        <summary>{t('presets.try')}</summary>
        <ul>
          {preset.tryThis.map((k) => (
            <li key={k}>
              <Rich text={t(k)} />
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
