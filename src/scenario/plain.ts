// The saved shape of a scenario, with no validation code: what autosave writes on every edit.
// Reading goes through restore.ts, which only loads when there is something to read.
import type { Scenario } from './types';

export const FILE_FORMAT = 'brokerlab-scenario';

/** The saved shape, keys in a stable order; shared by files, links and autosave. */
export function scenarioToPlain(s: Scenario) {
  return { version: s.version, mode: s.mode, title: s.title, playback: { speed: s.playback.speed }, nodes: s.nodes, edges: s.edges };
}
