import { useRef, useState } from 'react';
import { useEditorStore, useT } from '../../app/context';
import { definitionsToJsonText, fileBaseName, scenarioToDefinitions } from '../../scenario/definitions/export';
import { downloadText, readFileText } from './browser-io';
import { describeDefinitionsNote } from './describe-definitions';
import { importDefinitionsFile } from './importing';
import { Status, type StatusMessage } from './Status';

/** RabbitMQ's definitions.json: export the topology, or import one, each saying what did not carry over. */
export function DefinitionsSection() {
  const t = useT();
  const editor = useEditorStore();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const exportDefinitions = () => {
    const doc = editor.getState().doc;
    const { definitions, notes } = scenarioToDefinitions(doc);
    const name = downloadText(definitionsToJsonText(definitions), `${fileBaseName(doc.title, 'brokerlab')}.definitions.json`);
    setStatus({
      tone: 'ok',
      lines: [t('share.file.exported', { name }), ...(notes.length ? [t('share.defs.notesExport')] : []), ...notes.map((n) => describeDefinitionsNote(n, t))],
    });
  };

  const importDefinitions = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file);
    if (!read.ok) {
      const line = read.reason === 'too-big' ? t('share.file.tooBig', { name: file.name, size: file.size }) : t('share.file.unreadable', { name: file.name });
      setStatus({ tone: 'error', lines: [line, t('share.file.refused')] });
      return;
    }
    setStatus(importDefinitionsFile(editor, read.text, file.name, t));
  };

  return (
    <section className="bl-share-section" aria-labelledby="bl-share-defs">
      <h3 id="bl-share-defs">{t('share.defs.heading')}</h3>
      <p className="bl-share-intro">{t('share.defs.intro')}</p>
      <div className="bl-share-actions">
        <button type="button" className="bl-btn" onClick={exportDefinitions}>
          {t('share.defs.export')}
        </button>
        <button type="button" className="bl-btn" onClick={() => picker.current?.click()}>
          {t('share.defs.import')}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="share-defs-input"
          onChange={(e) => {
            void importDefinitions(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <Status status={status} testId="share-defs-status" />
    </section>
  );
}
