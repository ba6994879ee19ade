import { render } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { PrefsContext, UiContext } from '../../app/context';
import { kafkaEn, kafkaPt } from '../../i18n/parts/kafka';
import { registerMessages, type Language } from '../../i18n/translate';
import { KAFKA_PRESETS, type KafkaPresetId } from '../../scenario/kafka/presets';
import type { KafkaScenario } from '../../scenario/kafka/types';
import { createPrefsStore } from '../../store/prefs';
import { createUiStore } from '../../store/ui';
import { KafkaEditorContext, KafkaSimContext } from './context';
import { KafkaWorkspaceView } from './KafkaWorkspaceView';
import type { KafkaExerciseStore } from './exercises/store';
import { createKafkaEditorStore, type KafkaEditorStore } from './store/editor';
import { createKafkaSimStore } from './store/sim';

registerMessages(kafkaEn, kafkaPt);

export const presetDoc = (id: KafkaPresetId): KafkaScenario => KAFKA_PRESETS.find((p) => p.id === id)!.build();

/** The whole Kafka workspace on its own stores (no session, no storage), in either language. */
export function renderKafka(doc: KafkaScenario, lang: Language = 'en', setup?: { editor?: KafkaEditorStore; exercises?: KafkaExerciseStore }) {
  const editor = setup?.editor ?? createKafkaEditorStore(doc);
  const sim = createKafkaSimStore(doc);
  const prefs = createPrefsStore(undefined, { lang, theme: 'light' });
  const ui = createUiStore();
  const view = render(
    <PrefsContext.Provider value={prefs}>
      <UiContext.Provider value={ui}>
        <KafkaEditorContext.Provider value={editor}>
          <KafkaSimContext.Provider value={sim}>
            <ReactFlowProvider>
              <KafkaWorkspaceView firstVisit={false} notice={null} exercises={setup?.exercises} />
            </ReactFlowProvider>
          </KafkaSimContext.Provider>
        </KafkaEditorContext.Provider>
      </UiContext.Provider>
    </PrefsContext.Provider>,
  );
  return { ...view, editor, sim, prefs };
}
