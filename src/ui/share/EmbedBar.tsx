import { useEditor, useT } from '../../app/context';
import { scenarioEn, scenarioPt } from '../../i18n/parts/scenario';
import { registerMessages } from '../../i18n/translate';
import './link.css';

registerMessages(scenarioEn, scenarioPt);

/** Above an embedded canvas: what it shows, and a way to open it in the full editor. */
export default function EmbedBar() {
  const t = useT();
  const title = useEditor((s) => s.doc.title);
  // The same scenario as an edit link: `#e1.` → `#s1.` (the data and check stay the same).
  const editHref = typeof location === 'undefined' ? '#' : location.href.replace(/#e(\d+\.)/, '#s$1');
  return (
    <header className="bl-embed-bar">
      <span>{t('link.embed.label', { title: title || t('link.untitled') })}</span>
      <a href={editHref} target="_blank" rel="noopener noreferrer">
        {t('link.embed.open')} ↗
      </a>
    </header>
  );
}
