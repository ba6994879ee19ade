import { useEffect } from 'react';
import './lab.css';
import './cards.css';
import './feed.css';
import { BControls } from './BControls';
import { Charts } from './Charts';
import { useLabStore } from './context';
import { EventFeed } from './EventFeed';
import { LabPlayback } from './LabPlayback';
import { ScenePicker, Story, StyleChooser } from './Scenes';
import { StyleCards } from './StyleCards';
import { useLabDriver } from './useLabDriver';

/** Keys for the instructor at the projector: Space plays/pauses, "." steps, F fast-forwards. */
function useLabKeys() {
  const store = useLabStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        el?.closest('input, select, textarea, dialog, [contenteditable]')
      )
        return;
      const s = store.getState();
      // Space on a focused button presses that button; the shortcut is for the page itself.
      if (e.key === ' ' && el?.closest('button, a, [role="tab"]')) return;
      if (e.key === ' ') {
        e.preventDefault();
        if (s.playing) s.pause();
        else s.play();
      } else if (e.key === '.') s.step();
      else if (e.key === 'f' || e.key === 'F') s.fastForward();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function LabView() {
  const store = useLabStore();
  useLabDriver(store);
  useLabKeys();
  return (
    <div className="why-lab">
      <div className="why-lab-top">
        <LabPlayback />
        <ScenePicker />
        <StyleChooser />
      </div>
      <Story />
      <BControls />
      <div className="why-lab-body">
        <div className="why-lab-main">
          <StyleCards />
          <Charts />
        </div>
        <EventFeed />
      </div>
    </div>
  );
}
