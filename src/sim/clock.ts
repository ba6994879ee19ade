/**
 * The simulated clock. Time only moves when someone advances it; nothing reads the wall clock.
 * A browser driver (requestAnimationFrame) lives in the UI and calls advanceTo.
 */
export class ManualClock {
  private t: number;
  constructor(start = 0) {
    this.t = start;
  }
  now(): number {
    return this.t;
  }
  advanceTo(t: number): void {
    if (t > this.t) this.t = t;
  }
  advanceBy(ms: number): void {
    this.advanceTo(this.t + ms);
  }
}
