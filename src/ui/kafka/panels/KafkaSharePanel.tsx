import { useMemo, useState } from 'react';
import { useT } from '../../../app/context';
import { describeKafkaIssue } from '../../../scenario/kafka/issues';
import { kafkaScenarioToPlain, restoreKafkaScenario } from '../../../scenario/kafka/restore';
import { decodeKafkaScenarioFromHash, encodeKafkaScenarioToHash } from '../../../scenario/kafka/url-codec';
import { useKEditor, useKEditorStore } from '../context';
import { CopyBox } from './CopyBox';

/** A link that opens this Kafka scenario (it travels in the URL fragment, never to a server), and opening one. */
export function KafkaSharePanel() {
  const t = useT();
  const doc = useKEditor((s) => s.doc);
  const editor = useKEditorStore();
  const url = useMemo(() => `${location.origin}${location.pathname}${encodeKafkaScenarioToHash(doc)}`, [doc]);
  const json = useMemo(() => `${JSON.stringify(kafkaScenarioToPlain(doc), null, 2)}\n`, [doc]);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string[] | null>(null);
  const open = () => {
    const r = decodeKafkaScenarioFromHash(pasted);
    if (!r.ok) {
      const head = t(`scenario.link.${r.error.code}`, r.error.params);
      setProblem([head, ...(r.error.issues ?? []).slice(0, 5).map((i) => describeKafkaIssue(i, t)), t('scenario.link.keptWork')]);
      return;
    }
    setProblem(null);
    setPasted('');
    editor.getState().replace(r.scenario);
  };
  // A file is read like every other load: parsed, then restored field by field (never cast).
  const openFile = (text: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setProblem([t('kafka.share.notJson'), t('scenario.link.keptWork')]);
      return;
    }
    const r = restoreKafkaScenario(parsed);
    if (!r.ok) {
      setProblem([t('kafka.share.badFile'), ...r.errors.slice(0, 5).map((i) => describeKafkaIssue(i, t)), t('scenario.link.keptWork')]);
      return;
    }
    setProblem(null);
    editor.getState().replace(r.scenario);
  };
  return (
    <>
      <h2 className="kf-sheet-title">{t('kafka.panel.share')}</h2>
      <p className="insp-hint">{t('kafka.share.hint')}</p>
      <CopyBox label={t('kafka.share.link')} text={url} filename={null} />
      {url.length > 8000 && <p className="insp-warning">{t('kafka.share.tooLong')}</p>}
      <CopyBox label={t('kafka.share.file')} text={json} filename="scenario.kafka.brokerlab.json" rows={6} />
      <h3 className="kf-details-sub">{t('kafka.share.openTitle')}</h3>
      <div className="kf-button-row">
        <input type="text" className="insp-mono kf-grow" aria-label={t('kafka.share.paste')} placeholder="#k1.…" value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <button type="button" className="insp-button" disabled={pasted.trim() === ''} onClick={open}>
          {t('kafka.share.open')}
        </button>
      </div>
      <h3 className="kf-details-sub">{t('kafka.share.importTitle')}</h3>
      <input
        type="file"
        accept=".json,application/json"
        aria-label={t('kafka.share.import')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then(openFile);
        }}
      />
      {problem && (
        <div role="alert">
          <ul className="kf-problem">
            {problem.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
