import type { CoreKey } from './en';
import { canvasPt } from './parts/canvas.pt';
import { inspectorPt } from './parts/inspector.pt';
import { logPt } from './parts/log.pt';
import { shellPt } from './parts/shell.pt';
import { simPt } from './parts/sim.pt';

// Typed as a complete record: a core key missing here is a compile error.
export const corePt: Record<CoreKey, string> = {
  ...shellPt,
  ...canvasPt,
  ...inspectorPt,
  ...simPt,
  ...logPt,
};
