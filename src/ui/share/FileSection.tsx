import { forwardRef, useImperativeHandle, useRef, useState, type DragEvent } from 'react';
import { useEditorStore, useT } from '../../app/context';
import { fileBaseName } from '../../scenario/definitions/export';
import { FILE_EXTENSION, scenarioToJsonFile } from '../../scenario/file-io';
import { downloadText, readFileText } from './browser-io';
import { importAnyFile } from './importing';
import { Status, type StatusMessage } from './Status';

export interface FileSectionHandle {
  exportFile: () => void;
}

/** Export the scenario file; import one (or a definitions file) by picker or drag and drop. */
export const FileSection = forwardRef<FileSectionHandle>(function FileSection(_props, ref) {
  const t = useT();
  const editor = useEditorStore();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);

  const exportFile = () => {
    const doc = editor.getState().doc;
    const name = downloadText(scenarioToJsonFile(doc), `${fileBaseName(doc.title)}${FILE_EXTENSION}`);
    setStatus({ tone: 'ok', lines: [t('share.file.exported', { name })] });
  };
  useImperativeHandle(ref, () => ({
    exportFile: () => {
      exportButton.current?.scrollIntoView?.({ block: 'nearest' });
      exportButton.current?.focus();
      exportFile();
    },
  }));

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ tone: 'info', lines: [t('share.file.reading', { name: file.name })] });
    const read = await readFileText(file);
    if (!read.ok) {
      const line = read.reason === 'too-big' ? t('share.file.tooBig', { name: file.name, size: file.size }) : t('share.file.unreadable', { name: file.name });
      setStatus({ tone: 'error', lines: [line, t('share.file.refused')] });
      return;
    }
    setStatus(importAnyFile(editor, read.text, file.name, t));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void importFile(e.dataTransfer.files[0]);
  };

  return (
    <section className="bl-share-section" aria-labelledby="bl-share-file">
      <h3 id="bl-share-file">{t('share.file.heading')}</h3>
      <p className="bl-share-intro">{t('share.file.intro')}</p>
      <div
        className={`bl-share-drop${dragging ? ' is-dragging' : ''}`}
        data-testid="share-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <div className="bl-share-actions">
          <button ref={exportButton} type="button" className="bl-btn bl-btn-primary" onClick={exportFile}>
            {t('share.file.export')}
          </button>
          <button type="button" className="bl-btn" onClick={() => picker.current?.click()}>
            {t('share.file.import')}
          </button>
          <input
            ref={picker}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="share-file-input"
            onChange={(e) => {
              void importFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </div>
        <p className="bl-share-drop-hint">{dragging ? t('share.file.dropActive') : t('share.file.drop')}</p>
      </div>
      <Status status={status} testId="share-file-status" />
    </section>
  );
});
