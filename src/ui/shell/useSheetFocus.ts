import { useEffect, useRef } from 'react';

/**
 * Keyboard users land in a side sheet when it opens (it comes last in the page, after the canvas
 * and the inspector) and go back to what opened it when it closes. `key` is the open sheet's
 * name, or null when none is open; the sheet element gets the ref and tabIndex={-1}.
 */
export function useSheetFocus<T extends HTMLElement>(key: string | null) {
  const ref = useRef<T>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (key === null) return;
    if (!opener.current && document.activeElement instanceof HTMLElement && !ref.current?.contains(document.activeElement)) opener.current = document.activeElement;
    ref.current?.focus();
    return undefined;
  }, [key]);
  useEffect(() => {
    if (key !== null) return;
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
  }, [key]);
  return ref;
}
