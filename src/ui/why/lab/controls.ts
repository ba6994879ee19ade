import type { LabCommand, TimedCommand } from '../../../engine/integration';

/** What the lab's controls show: the state the scripted and the user's commands have left B in. */
export interface ControlState {
  readonly bSpeed: number;
  readonly bDown: boolean;
  readonly bInstances: number | null;
  readonly loadMultiplier: number;
  readonly schemaChanged: boolean;
}

export const INITIAL_CONTROLS: ControlState = {
  bSpeed: 1,
  bDown: false,
  bInstances: null,
  loadMultiplier: 1,
  schemaChanged: false,
};

export function applyControl(s: ControlState, cmd: LabCommand): ControlState {
  switch (cmd.type) {
    case 'set-b-speed':
      return { ...s, bSpeed: cmd.factor };
    case 'set-b-down':
      return { ...s, bDown: cmd.down };
    case 'set-b-instances':
      return { ...s, bInstances: Math.max(1, Math.floor(cmd.count)) };
    case 'set-load-multiplier':
      return { ...s, loadMultiplier: cmd.factor };
    case 'schema-change':
      return { ...s, schemaChanged: true };
    case 'schema-fix':
      return { ...s, schemaChanged: false };
    default:
      return s;
  }
}

/**
 * The controls after every command due by `now`, in time order. The engine does not report
 * workload changes as events, so the state is folded from the commands themselves.
 */
export function controlsAt(commands: readonly TimedCommand[], now: number): ControlState {
  return [...commands]
    .filter((c) => c.at <= now && c.only === undefined)
    .sort((a, b) => a.at - b.at)
    .reduce((s, c) => applyControl(s, c.cmd), INITIAL_CONTROLS);
}
