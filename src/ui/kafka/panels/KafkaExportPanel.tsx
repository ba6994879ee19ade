import { useMemo } from 'react';
import { useT } from '../../../app/context';
import { connectorConfigs, connectorCurl, kafkajsProgram, topicCommands } from '../../../scenario/kafka/export';
import { useKEditor } from '../context';
import { CopyBox } from './CopyBox';

/** Going on to a real Kafka: the topics as kafka-topics.sh commands, the connectors as JSON, the producers as a kafkajs program. */
export function KafkaExportPanel() {
  const t = useT();
  const doc = useKEditor((s) => s.doc);
  const topics = useMemo(() => topicCommands(doc), [doc]);
  const connectors = useMemo(() => connectorConfigs(doc), [doc]);
  const program = useMemo(() => kafkajsProgram(doc), [doc]);
  return (
    <>
      <h2 className="kf-sheet-title">{t('kafka.panel.export')}</h2>
      <p className="insp-hint">{t('kafka.export.hint')}</p>
      <h3 className="kf-details-sub">{t('kafka.export.topics')}</h3>
      {topics ? <CopyBox label="kafka-topics.sh" text={topics} filename="create-topics.sh" rows={6} /> : <p className="kf-muted">{t('kafka.export.noTopics')}</p>}
      <h3 className="kf-details-sub">{t('kafka.export.connectors')}</h3>
      {connectors.length === 0 && <p className="kf-muted">{t('kafka.export.noConnectors')}</p>}
      {connectors.map((c) => (
        <div key={c.name}>
          <CopyBox label={`${c.name}.json`} text={c.json} filename={`${c.name}.json`} rows={8} />
          <CopyBox label={t('kafka.export.curl')} text={connectorCurl(c)} filename={null} rows={2} />
        </div>
      ))}
      {connectors.length > 0 && <p className="insp-hint">{t('kafka.export.pluginPath')}</p>}
      <h3 className="kf-details-sub">{t('kafka.export.program')}</h3>
      <p className="insp-hint">{t('kafka.export.programHint')}</p>
      <CopyBox label="producer.js" text={program} filename="producer.js" rows={14} />
    </>
  );
}
