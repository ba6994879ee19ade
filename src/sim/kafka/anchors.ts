/**
 * Handle names shared by the simulation (where tokens go) and the canvas (where it draws the
 * handles): one place, so a token always finds the row it is meant for.
 */
export const IN = 'in';
export const OUT = 'out';
export const partitionIn = (p: number): string => `p${p}-in`;
export const partitionOut = (p: number): string => `p${p}-out`;
export const memberIn = (consumerId: string): string => `m-${consumerId}`;
