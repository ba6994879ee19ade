import { useRef } from 'react';
import { useT } from '../../app/context';
import { shareEn, sharePt } from '../../i18n/parts/share';
import { registerMessages } from '../../i18n/translate';
import { CodeSection } from './CodeSection';
import { DefinitionsSection } from './DefinitionsSection';
import { FileSection, type FileSectionHandle } from './FileSection';
import { LinkSection } from './LinkSection';
import './share.css';

// Loaded the first time the panel opens; its words come with it.
registerMessages(shareEn, sharePt);

/** Share: a link (edit, play, embed), a scenario file, RabbitMQ definitions, and code. */
export default function SharePanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const file = useRef<FileSectionHandle>(null);
  return (
    <div className="bl-share">
      <div className="bl-share-head">
        <h2 className="bl-share-title">{t('share.title')}</h2>
        <button type="button" className="bl-btn" onClick={onClose}>
          {t('share.close')}
        </button>
      </div>
      <LinkSection onExportFile={() => file.current?.exportFile()} />
      <FileSection ref={file} />
      <DefinitionsSection />
      <CodeSection />
    </div>
  );
}
