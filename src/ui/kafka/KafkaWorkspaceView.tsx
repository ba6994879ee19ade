import { useEffect, useState } from 'react';
import { useT, useUi } from '../../app/context';
import { KafkaCanvas } from './canvas/KafkaCanvas';
import { KafkaPalette } from './canvas/KafkaPalette';
import { CompareView } from './CompareView';
import { useKEditor, useKSim } from './context';
import { KafkaInspector } from './inspector/KafkaInspector';
import { KafkaNoticeBanner } from './KafkaNoticeBanner';
import { KafkaRefusal } from './KafkaRefusal';
import { KafkaToolbar, type KafkaPanel } from './KafkaToolbar';
import { KafkaGoalBar } from './exercises/KafkaGoalBar';
import { createKafkaExerciseStore, type KafkaExerciseStore } from './exercises/store';
import { KafkaEventLog } from './log/KafkaEventLog';
import { Appear } from '../motion/Appear';
import { useSheetFocus } from '../shell/useSheetFocus';
import { KafkaRecordDetails } from './log/KafkaRecordDetails';
import { KafkaExercisesPanel } from './panels/KafkaExercisesPanel';
import { KafkaExportPanel } from './panels/KafkaExportPanel';
import { KafkaPresetsPanel } from './panels/KafkaPresetsPanel';
import { KafkaSharePanel } from './panels/KafkaSharePanel';
import { KafkaPlaybackBar } from './playback/KafkaPlaybackBar';
import { KafkaPresenterBand } from './presenter/KafkaPresenterBand';
import { useKafkaDriver } from './playback/useKafkaDriver';
import type { KafkaNotice } from './session';
import { useKafkaShortcuts } from './useKafkaShortcuts';

/** The Kafka workspace inside its stores' providers (and a ReactFlowProvider). */
export function KafkaWorkspaceView(props: { firstVisit: boolean; notice: KafkaNotice | null; exercises?: KafkaExerciseStore }) {
  const { firstVisit, notice } = props;
  const t = useT();
  useKafkaDriver();
  useKafkaShortcuts();
  const [exercises] = useState(() => props.exercises ?? createKafkaExerciseStore());
  // An exercise opened from a link shows its goal at once (and again when another link opens one).
  const [panel, setPanel] = useState<KafkaPanel | null>(() => (exercises.getState().linked ? 'exercises' : null));
  useEffect(() => exercises.subscribe((s, prev) => s.linked !== prev.linked && s.linked && setPanel('exercises')), [exercises]);
  const sheet = useSheetFocus<HTMLDivElement>(panel);
  const compare = useKEditor((s) => s.doc.compare);
  const presenter = useUi((s) => s.presenter);
  const playing = useKSim((s) => s.playing);
  const [hinted, setHinted] = useState(!firstVisit);
  if (playing && !hinted) setHinted(true);
  const close = () => setPanel(null);
  return (
    <div className="bl-workspace kf-workspace" data-testid="kafka-workspace">
      <KafkaPalette />
      <div className="bl-center">
        {/* An exercise that opened cleanly says so in its own sheet (the sheet would hide this banner's button). */}
        {notice && !(notice.kind === 'exercise-loaded' && notice.issues.length === 0) && <KafkaNoticeBanner notice={notice} />}
        <KafkaToolbar panel={panel} onPanel={setPanel} />
        <KafkaGoalBar exercises={exercises} onOpen={() => setPanel('exercises')} />
        {compare && <CompareView />}
        <div className="bl-canvas-wrap">
          <KafkaCanvas />
          <KafkaRefusal />
          {!hinted && (
            <p className="bl-play-hint" role="note">
              <span aria-hidden="true">▶</span> {t('kafka.hint.play')}
            </p>
          )}
          <KafkaRecordDetails />
        </div>
        <KafkaPlaybackBar />
        {presenter ? <KafkaPresenterBand /> : <KafkaEventLog />}
      </div>
      <KafkaInspector />
      {panel && (
        <Appear ref={sheet} tabIndex={-1} from="right" className="bl-sheet kf-sheet" role="dialog" aria-modal="false" aria-label={t(`kafka.panel.${panel}`)} onKeyDown={(e) => e.key === 'Escape' && close()}>
          <button type="button" className="kf-icon-btn kf-sheet-close" onClick={close} aria-label={t('kafka.panel.close')} title={t('kafka.panel.close')}>
            ×
          </button>
          {panel === 'presets' && <KafkaPresetsPanel onClose={close} />}
          {panel === 'exercises' && <KafkaExercisesPanel exercises={exercises} />}
          {panel === 'share' && <KafkaSharePanel />}
          {panel === 'export' && <KafkaExportPanel />}
        </Appear>
      )}
    </div>
  );
}
