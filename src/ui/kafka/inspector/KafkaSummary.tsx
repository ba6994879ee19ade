import { useT } from '../../../app/context';
import { KAFKA_EXERCISES } from '../../../exercises/kafka/catalogue';
import { KAFKA_PRESETS } from '../../../scenario/kafka/presets';
import { useKEditor, useKEditorStore } from '../context';
import { KCheck } from './KField';

/** Nothing selected: what to do, what the scenario holds, and the document's own settings. */
export function KafkaSummary() {
  const t = useT();
  const doc = useKEditor((s) => s.doc);
  const store = useKEditorStore();
  // Presets and exercises are titled by their id: shown in the user's language.
  const preset = KAFKA_PRESETS.find((p) => p.id === doc.title);
  const exercise = KAFKA_EXERCISES.find((x) => `exercise:${x.id}` === doc.title);
  const title = preset ? t(`kafka.preset.${preset.id}.title`) : exercise ? t(`kafka.ex.${exercise.id}.title`) : doc.title;
  const count = (kind: string) => doc.nodes.filter((n) => n.kind === kind).length;
  const rows = [
    [t('kafka.summary.producers'), count('producer')],
    [t('kafka.summary.topics'), count('topic')],
    [t('kafka.summary.groups'), count('group')],
    [t('kafka.summary.connectors'), count('connector')],
    [t('kafka.summary.files'), count('file')],
  ] as const;
  return (
    <>
      {doc.title && <h3 className="insp-subtitle">{title}</h3>}
      <p className="insp-text">{t('kafka.summary.hint')}</p>
      <dl className="insp-summary">
        {rows.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <KCheck label={t('kafka.summary.compare')} checked={doc.compare} onChange={(compare) => store.getState().updateDoc({ compare })} hint={t('kafka.summary.compareHint')} />
    </>
  );
}
