import { useEffect } from 'react';
import { useSimBundle, useUiStore } from '../../app/context';
import { SPEEDS } from '../../store/sim';

function isTyping(el: HTMLElement): boolean {
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** Space on these presses them, as everywhere else: presenter keys leave them alone. */
function pressesItself(el: HTMLElement): boolean {
  return (
    el.closest(
      'button, a[href], summary, [role="button"], [role="checkbox"], [role="treeitem"], [role="option"]',
    ) !== null
  );
}

/** Places with their own arrow keys or Escape: the canvas nodes, the side sheet, the message drawer. */
const OWN_KEYS =
  '.react-flow__node, .react-flow__edge, .bl-sheet, .bl-details, [role="dialog"], [role="tree"]';

export function nextSpeed(speed: number, direction: 1 | -1): number {
  const i = SPEEDS.findIndex((s) => s >= speed);
  const at = i < 0 ? SPEEDS.length - 1 : i;
  return SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, at + direction))];
}

/**
 * Presenter mode's keyboard: Space plays or pauses, → runs one step, + and − change the speed,
 * Esc leaves. Never while the focus is in a field, and never with Ctrl, Alt or ⌘ held.
 */
export function usePresenterKeys(): void {
  const { store } = useSimBundle();
  const ui = useUiStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target && isTyping(target)) return;
      const inOwn = target?.closest(OWN_KEYS) != null;
      const s = store.getState();
      switch (e.key) {
        case ' ':
          if (e.repeat || (target && pressesItself(target))) return;
          if (s.playing) s.pause();
          else s.play();
          break;
        case 'ArrowRight':
          if (inOwn) return;
          s.step();
          break;
        case '+':
        case '=':
          s.setSpeed(nextSpeed(s.speed, 1));
          break;
        case '-':
        case '_':
          s.setSpeed(nextSpeed(s.speed, -1));
          break;
        case 'Escape':
          if (inOwn) return;
          ui.getState().setPresenter(false);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    // Capture: React Flow claims Space on the window (hold to pan) and marks it handled first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, ui]);
}
