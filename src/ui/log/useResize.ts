import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

const MIN = 80;
const MAX = 640;
const clamp = (h: number) => Math.max(MIN, Math.min(MAX, Math.round(h)));

/** A horizontal splitter above the panel: drag it, or focus it and use the arrow keys. */
export function useResize(initial: number) {
  const [height, setHeight] = useState(initial);
  const drag = useRef<{ y: number; h: number } | null>(null);

  const handleProps = {
    role: 'separator' as const,
    tabIndex: 0,
    'aria-orientation': 'horizontal' as const,
    'aria-valuenow': height,
    'aria-valuemin': MIN,
    'aria-valuemax': MAX,
    onPointerDown: (e: PointerEvent<HTMLDivElement>) => {
      drag.current = { y: e.clientY, h: height };
      e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => {
      if (drag.current) setHeight(clamp(drag.current.h + drag.current.y - e.clientY));
    },
    onPointerUp: () => {
      drag.current = null;
    },
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key === 'ArrowUp') setHeight((h) => clamp(h + 20));
      else if (e.key === 'ArrowDown') setHeight((h) => clamp(h - 20));
      else return;
      e.preventDefault();
    },
  };
  return { height, handleProps };
}
