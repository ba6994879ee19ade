import { useT, useUi, useUiStore } from '../../app/context';
import { emptyKafkaScenario } from '../../scenario/kafka/defaults';
import { useKEditor, useKEditorStore } from './context';

export type KafkaPanel = 'presets' | 'exercises' | 'share' | 'export';
const PANELS: readonly KafkaPanel[] = ['presets', 'exercises', 'share', 'export'];

/** Document actions above the canvas, and the Kafka mode's own panels (presets, exercises, sharing, going to a real Kafka). */
export function KafkaToolbar({ panel, onPanel }: { panel: KafkaPanel | null; onPanel: (p: KafkaPanel | null) => void }) {
  const t = useT();
  const editor = useKEditorStore();
  const canUndo = useKEditor((s) => s.history.past.length > 0);
  const canRedo = useKEditor((s) => s.history.future.length > 0);
  const presenter = useUi((s) => s.presenter);
  const ui = useUiStore();
  return (
    <div className="bl-canvas-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" className="bl-btn" onClick={() => editor.getState().replace(emptyKafkaScenario())} title={t('kafka.toolbar.newHint')}>
        {t('toolbar.new')}
      </button>
      <button type="button" className="bl-btn" disabled={!canUndo} onClick={() => editor.getState().undo()} aria-keyshortcuts="Control+Z">
        ↶ {t('toolbar.undo')}
      </button>
      <button type="button" className="bl-btn" disabled={!canRedo} onClick={() => editor.getState().redo()} aria-keyshortcuts="Control+Shift+Z">
        ↷ {t('toolbar.redo')}
      </button>
      <span className="bl-toolbar-sep" aria-hidden="true" />
      {PANELS.map((p) => (
        <button key={p} type="button" className="bl-btn" aria-pressed={panel === p} onClick={() => onPanel(panel === p ? null : p)}>
          {t(`kafka.panel.${p}`)}
        </button>
      ))}
      <button type="button" className="bl-btn" aria-pressed={presenter} onClick={() => ui.getState().setPresenter(!presenter)} title={t('panel.presenterHint')}>
        {t('panel.presenter')}
      </button>
    </div>
  );
}
