import { useT } from '../../../app/context';
import { KAFKA_PRESETS } from '../../../scenario/kafka/presets';
import { useKEditorStore, useKSimBundle } from '../context';

/** The Kafka mode's ready-made scenarios: one click replaces the canvas (Undo brings it back). */
export function KafkaPresetsPanel({ onClose }: { onClose: () => void }) {
  const t = useT();
  const editor = useKEditorStore();
  const { store } = useKSimBundle();
  return (
    <>
      <h2 className="kf-sheet-title">{t('kafka.panel.presets')}</h2>
      <p className="insp-hint">{t('kafka.presets.hint')}</p>
      <ul className="kf-cards">
        {KAFKA_PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="kf-card"
              onClick={() => {
                editor.getState().replace(p.build());
                store.getState().play();
                onClose();
              }}
            >
              <strong>{t(`kafka.preset.${p.id}.title`)}</strong>
              <span>{t(`kafka.preset.${p.id}.text`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
