import { canvasEn } from './parts/canvas';
import { inspectorEn } from './parts/inspector';
import { logEn } from './parts/log';
import { scenarioEn } from './parts/scenario';
import { shellEn } from './parts/shell';
import { simEn } from './parts/sim';

// The English dictionary defines the keys; every other language must cover all of them
// (a compile error in pt-BR.ts and a test in i18n.test.ts). Placeholders look like {name}.
// Each feature keeps its words in parts/<feature>.ts, English and Portuguese side by side.
export const en = {
  ...shellEn,
  ...canvasEn,
  ...inspectorEn,
  ...scenarioEn,
  ...simEn,
  ...logEn,
} as const;

export type MessageKey = keyof typeof en;
