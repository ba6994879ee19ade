import { registerMessages } from '../../i18n/translate';
import { whyEn, whyPt } from '../../i18n/parts/why';
import { useT } from '../../app/context';

// Loaded only when the user opens the "Why a broker?" lab: its words come with it.
registerMessages(whyEn, whyPt);

export default function WhyWorkspace() {
  const t = useT();
  return (
    <section className="placeholder">
      <h1>{t('mode.why')}</h1>
      <p>{t('placeholder.comingSoon')}</p>
    </section>
  );
}
