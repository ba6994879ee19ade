import { useMemo, useRef, useState } from 'react';
import { useEditor, useT } from '../../app/context';
import { scenarioToNodeProgram } from '../../scenario/codegen/node';
import { scenarioToPythonProgram } from '../../scenario/codegen/python';
import { fileBaseName } from '../../scenario/definitions/export';
import { copyText, downloadText } from './browser-io';
import { Status, type StatusMessage } from './Status';

type Language = 'node' | 'python';

/** The scenario as a program for a real RabbitMQ, to read, copy or download. */
export function CodeSection() {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const [language, setLanguage] = useState<Language>('node');
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const code = useMemo(() => (language === 'node' ? scenarioToNodeProgram(doc) : scenarioToPythonProgram(doc)), [doc, language]);
  const file = `${fileBaseName(doc.title, 'brokerlab')}${language === 'node' ? '.cjs' : '.py'}`;

  return (
    <section className="bl-share-section" aria-labelledby="bl-share-code">
      <h3 id="bl-share-code">{t('share.code.heading')}</h3>
      <p className="bl-share-intro">{t('share.code.intro')}</p>
      <div className="bl-share-tabs" role="radiogroup" aria-label={t('share.code.language')}>
        {(['node', 'python'] as const).map((l) => (
          <button
            key={l}
            type="button"
            role="radio"
            aria-checked={language === l}
            className="mode-button"
            onClick={() => {
              setLanguage(l);
              setStatus(null);
            }}
          >
            {t(`share.code.${l}`)}
          </button>
        ))}
      </div>
      <p className="bl-share-intro">{t(language === 'node' ? 'share.code.run.node' : 'share.code.run.python', { file })}</p>
      <textarea
        ref={field}
        className="bl-share-code"
        readOnly
        spellCheck={false}
        rows={14}
        value={code}
        aria-label={`${t('share.code.program')}: ${t(`share.code.${language}`)}`}
        data-testid="share-code"
      />
      <div className="bl-share-actions">
        <button
          type="button"
          className="bl-btn"
          onClick={() =>
            void copyText(code, field.current).then((how) =>
              setStatus({ tone: how === 'copied' ? 'ok' : 'info', lines: [t(how === 'copied' ? 'share.status.copied' : 'share.status.copyFailed')] }),
            )
          }
        >
          {t('share.code.copy')}
        </button>
        <button
          type="button"
          className="bl-btn"
          onClick={() => {
            const name = downloadText(code, file, language === 'node' ? 'text/javascript' : 'text/x-python');
            setStatus({ tone: 'ok', lines: [t('share.file.exported', { name })] });
          }}
        >
          {t('share.code.download', { file })}
        </button>
      </div>
      <Status status={status} />
    </section>
  );
}
