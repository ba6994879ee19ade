import type { CoreKey } from './en';
import { canvasPt } from './parts/canvas';
import { inspectorPt } from './parts/inspector';
import { logPt } from './parts/log';
import { shellPt } from './parts/shell';
import { simPt } from './parts/sim';

// Typed as a complete record: a core key missing here is a compile error.
export const corePt: Record<CoreKey, string> = {
  ...shellPt,
  ...canvasPt,
  ...inspectorPt,
  ...simPt,
  ...logPt,
};
