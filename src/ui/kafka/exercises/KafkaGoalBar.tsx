import { useStore } from 'zustand';
import { useT } from '../../../app/context';
import { Rich } from '../../log/Rich';
import { useKEditorStore } from '../context';
import type { KafkaExerciseStore } from './store';

/**
 * Above the canvas while an exercise from a link is open: its title, the way back to its goal and
 * Check, and the way out (the canvas stays as it is; its locks are lifted).
 */
export function KafkaGoalBar({ exercises, onOpen }: { exercises: KafkaExerciseStore; onOpen: () => void }) {
  const t = useT();
  const editor = useKEditorStore();
  const linked = useStore(exercises, (s) => s.linked);
  if (!linked) return null;
  const leave = () => {
    exercises.getState().openLinked(null);
    editor.getState().setGuard(null);
  };
  return (
    <div className="kf-goal-bar" role="region" aria-label={t('kafka.goal.label')}>
      <span className="kf-goal-title">
        {t('kafka.goal.exercise')} <strong><Rich text={linked.document.title} /></strong>
      </span>
      <button type="button" className="insp-button kf-primary" onClick={onOpen}>
        {t('kafka.goal.open')}
      </button>
      <button type="button" className="insp-button" onClick={leave}>
        {t('kafka.goal.leave')}
      </button>
    </div>
  );
}
