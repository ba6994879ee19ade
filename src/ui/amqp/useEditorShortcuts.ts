import { useEffect } from 'react';
import { useEditorStore } from '../../app/context';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Undo, redo, delete, copy, paste and duplicate, wherever the focus is in the workspace (also
 * after clicking the empty canvas, which takes no focus), unless the user is typing in a field.
 */
export function useEditorShortcuts(enabled = true): void {
  const store = useEditorStore();
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      // Text selected on the page (a log line, a message body): let the browser copy it.
      if ((e.key === 'c' || e.key === 'C') && window.getSelection()?.toString()) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const s = store.getState();
      if (mod && key === 'z' && !e.shiftKey) s.undo();
      else if (mod && (key === 'y' || (key === 'z' && e.shiftKey))) s.redo();
      else if (mod && key === 'c') s.copySelection();
      else if (mod && key === 'v') s.paste();
      else if (mod && key === 'd') {
        s.copySelection();
        s.paste();
      } else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) s.deleteSelection();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, enabled]);
}
