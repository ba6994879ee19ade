import { canvasEn } from './parts/canvas';
import { inspectorEn } from './parts/inspector';
import { logEn } from './parts/log';
import { shellEn } from './parts/shell';
import { simEn } from './parts/sim';
import type { connectionsEn } from './parts/connections';
import type { exercisesEn } from './parts/exercises';
import type { inspectorFormsEn } from './parts/inspector-forms';
import type { kafkaEn } from './parts/kafka';
import type { logDetailsEn } from './parts/log-details';
import type { logRoutingEn } from './parts/log-routing';
import type { logSummaryEn } from './parts/log-summary';
import type { logWhyEn } from './parts/log-why';
import type { presetsEn } from './parts/presets';
import type { scenarioEn } from './parts/scenario';
import type { shareEn } from './parts/share';
import type { whyEn } from './parts/why';

// The English dictionary defines the keys; every other language must cover all of them
// (a compile error in each part's Portuguese Record, and a test in i18n.test.ts).
// Placeholders look like {name}. Each feature keeps its words in parts/<feature>.ts, English
// and Portuguese side by side.
//
// Core parts load with the app. Parts of features that load later (Kafka, the integration lab,
// presets, sharing, exercises...) are imported here only as types, and their modules register
// their words when they load (registerMessages in translate.ts): a first visit downloads only the
// words it shows, and the keys stay checked at compile time.
export const coreEn = {
  ...shellEn,
  ...canvasEn,
  ...inspectorEn,
  ...simEn,
  ...logEn,
} as const;

export type CoreKey = keyof typeof coreEn;
// A union of each part's keys (not keyof of an intersection: literal values that differ between
// parts would collapse an intersection to never).
 
export type LazyKey =
  | keyof typeof kafkaEn
  | keyof typeof logSummaryEn
  | keyof typeof logRoutingEn
  | keyof typeof logWhyEn
  | keyof typeof logDetailsEn
  | keyof typeof inspectorFormsEn
  | keyof typeof whyEn
  | keyof typeof presetsEn
  | keyof typeof scenarioEn
  | keyof typeof shareEn
  | keyof typeof exercisesEn
  | keyof typeof connectionsEn;
 
 
export type MessageKey = CoreKey | LazyKey;
