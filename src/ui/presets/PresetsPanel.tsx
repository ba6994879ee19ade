import { registerMessages } from '../../i18n/translate';
import { presetsEn, presetsPt } from '../../i18n/parts/presets';
import { useT } from '../../app/context';

// Loaded the first time the panel opens; its words come with it.
registerMessages(presetsEn, presetsPt);

export default function Panel({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <div className="bl-panel-placeholder">
      <p>{t('placeholder.comingSoon')}</p>
      <button type="button" className="bl-btn" onClick={onClose}>
        {t('startup.dismiss')}
      </button>
    </div>
  );
}
