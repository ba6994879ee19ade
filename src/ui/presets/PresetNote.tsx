import { useT } from '../../app/context';
import { Rich } from '../log/Rich';
import type { OpenRequest } from './open-request';
import './opened.css';

/** The note after a preset opens (see PresetOpened): what it is, what to try, and Undo. */
export default function PresetNote({ opened, onUndo, onDismiss }: { opened: OpenRequest; onUndo: () => void; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="bl-preset-opened" role="status">
      <p className="bl-preset-opened-line">
        <Rich text={t('presets.opened', { title: t(opened.title) })} />
      </p>
      <details className="bl-preset-opened-try">
        <summary>{t('presets.try')}</summary>
        <ul>
          {opened.tryThis.map((k) => (
            <li key={k}>
              <Rich text={t(k)} />
            </li>
          ))}
        </ul>
      </details>
      <div className="bl-preset-opened-actions">
        <button
          type="button"
          className="bl-btn"
          onClick={onUndo}
          aria-keyshortcuts="Control+Z"
        >
          ↶ {t('presets.undo')}
        </button>
        <button
          type="button"
          className="bl-btn"
          onClick={onDismiss}
          aria-label={t('presets.dismiss')}
          title={t('presets.dismiss')}
        >
          ×
        </button>
      </div>
    </div>
  );
}
