import { lazy, Suspense } from 'react';
import { useT, useUi, useUiStore } from '../../app/context';
import type { PanelName } from '../../store/ui';
import { useSheetFocus } from './useSheetFocus';

// Each panel's code (and words) loads the first time it opens.
const PANELS: Record<PanelName, ReturnType<typeof lazy<(p: { onClose: () => void }) => React.JSX.Element | null>>> = {
  presets: lazy(() => import('../presets/PresetsPanel')),
  exercises: lazy(() => import('../exercises/ExercisesPanel')),
  share: lazy(() => import('../share/SharePanel')),
};

/** The side sheet where presets, exercises and sharing open, over the workspace. */
export function PanelHost() {
  const t = useT();
  const panel = useUi((s) => s.panel);
  const ui = useUiStore();
  const ref = useSheetFocus<HTMLDivElement>(panel);
  if (!panel) return null;
  const Panel = PANELS[panel];
  const close = () => ui.getState().closePanel();
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="bl-sheet"
      role="dialog"
      aria-modal="false"
      aria-label={t(`panel.${panel}`)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <Suspense fallback={<p>{t('app.loading')}</p>}>
        <Panel onClose={close} />
      </Suspense>
    </div>
  );
}
