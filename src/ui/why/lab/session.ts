import {
  Comparison,
  type ComparisonConfig,
  type ExerciseId,
  type LabCommand,
  type LabPreset,
  type LabPresetId,
  type Sample,
  type StyleKind,
  type StyleMetrics,
  type TimedCommand,
} from '../../../engine/integration';
import { controlsAt, type ControlState } from './controls';
import { fromEvent, fromNote, isRoutine, Ring, type FeedEntry } from './feed';
import { Narrator, type Note } from './narrator';

/** What the lab is running: the free lab, a preset, or a student's exercise attempt. */
export interface LabSetup {
  readonly kind: 'free' | 'preset' | 'exercise';
  readonly presetId?: LabPresetId;
  readonly exerciseId?: ExerciseId;
  readonly config: ComparisonConfig;
  /** Where the story has been told: playback pauses there once. */
  readonly durationMs?: number;
}

export const ALL_KINDS: readonly StyleKind[] = ['rest', 'shared-db', 'file-transfer', 'broker'];

/** The free lab: orders at 2 a second, Poisson arrivals, through the chosen styles. */
export function freeSetup(kinds: readonly StyleKind[] = ALL_KINDS): LabSetup {
  const chosen = ALL_KINDS.filter((k) => kinds.includes(k));
  return {
    kind: 'free',
    config: {
      seed: 1,
      workload: { ratePerSec: 2, arrival: 'poisson' },
      styles: (chosen.length > 0 ? chosen : ALL_KINDS).map((kind) => ({ id: kind, kind })),
    },
  };
}

export function presetSetup(p: LabPreset): LabSetup {
  return { kind: 'preset', presetId: p.id, config: p.config, durationMs: p.durationMs };
}

/** One advance never covers more than this, so the engine's event buffer never overflows. */
const CHUNK_MS = 1000;
const FEED_SIZE = 400;

/**
 * One run of the lab: the engine's Comparison plus what the screen needs around it: commands
 * scheduled by the user ("B down for 30 s"), the event feed and the notes read off the
 * figures. Pure: it never reads a clock, so tests drive it exactly as the playback bar does.
 */
export class LabSession {
  readonly comparison: Comparison;
  private readonly scheduled: TimedCommand[] = [];
  private readonly applied: TimedCommand[] = [];
  private readonly narrator = new Narrator();
  private readonly keyFeed = new Ring<FeedEntry>(FEED_SIZE);
  private readonly allFeed = new Ring<FeedEntry>(FEED_SIZE);
  private seq = 0;

  constructor(readonly setup: LabSetup) {
    this.comparison = new Comparison({ maxBufferedEvents: 50_000, ...setup.config });
    this.collect();
  }

  get now(): number {
    return this.comparison.now;
  }

  get styleIds(): readonly string[] {
    return this.comparison.styleIds;
  }

  metrics(): Readonly<Record<string, StyleMetrics>> {
    return this.comparison.metrics();
  }

  samples(): readonly Sample[] {
    return this.comparison.samples();
  }

  /** Key moments (no per-order routine) or every event, oldest first. */
  feed(which: 'key' | 'all'): readonly FeedEntry[] {
    return (which === 'key' ? this.keyFeed : this.allFeed).all();
  }

  controls(): ControlState {
    return controlsAt([...(this.setup.config.timeline ?? []), ...this.applied], this.now);
  }

  /** When B comes back, if it is down and a return is scheduled (by the user or the preset). */
  upAt(): number | null {
    if (!this.controls().bDown) return null;
    const ups = [...this.scheduled, ...(this.setup.config.timeline ?? [])]
      .filter((c) => c.at > this.now && c.cmd.type === 'set-b-down' && !c.cmd.down)
      .map((c) => c.at);
    return ups.length > 0 ? Math.min(...ups) : null;
  }

  /** Applies a command now, to every style. */
  execute(cmd: LabCommand): void {
    if (cmd.type === 'set-b-down') this.cancelScheduledUp();
    this.apply(cmd);
  }

  /** Takes B down now and brings it back `ms` later. */
  downFor(ms: number): void {
    this.execute({ type: 'set-b-down', down: true });
    this.scheduled.push({
      at: this.now + Math.max(1, Math.round(ms)),
      cmd: { type: 'set-b-down', down: false },
    });
    this.scheduled.sort((a, b) => a.at - b.at);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.now + ms);
  }

  advanceTo(target: number): void {
    while (this.now < target) {
      const due = this.scheduled[0]?.at ?? Infinity;
      const stop = Math.min(target, due, this.now + CHUNK_MS);
      this.comparison.advanceTo(stop);
      this.collect();
      while (this.scheduled.length > 0 && this.scheduled[0].at <= this.now)
        this.apply((this.scheduled.shift() as TimedCommand).cmd);
    }
  }

  /** Advances to the next thing due (an arrival, a timeout, a poll, a sample...). */
  step(): void {
    const next = Math.min(this.comparison.nextDueAt(), this.scheduled[0]?.at ?? Infinity);
    if (Number.isFinite(next)) this.advanceTo(Math.max(next, this.now + 1));
  }

  private apply(cmd: LabCommand): void {
    this.comparison.execute(cmd);
    this.applied.push({ at: this.now, cmd });
    const at = this.now;
    if (cmd.type === 'set-load-multiplier')
      this.note({ at, style: '', code: 'note-load', params: { factor: cmd.factor } });
    if (cmd.type === 'burst')
      this.note({ at, style: '', code: 'note-burst', params: { count: cmd.count } });
    if (cmd.type === 'set-rate')
      this.note({ at, style: '', code: 'note-rate', params: { perSec: cmd.perSec } });
    this.collect();
  }

  private cancelScheduledUp(): void {
    for (let i = this.scheduled.length - 1; i >= 0; i--)
      if (this.scheduled[i].cmd.type === 'set-b-down') this.scheduled.splice(i, 1);
  }

  private collect(): void {
    const { events, dropped } = this.comparison.takeEvents();
    if (dropped > 0)
      this.note({ at: this.now, style: '', code: 'note-dropped', params: { count: dropped } });
    for (const e of events) this.push(fromEvent(this.seq++, e));
    for (const n of this.narrator.read(this.comparison.samples())) this.note(n);
  }

  private note(n: Note): void {
    this.push(fromNote(this.seq++, n));
  }

  private push(e: FeedEntry): void {
    this.allFeed.push(e);
    if (!isRoutine(e)) this.keyFeed.push(e);
  }
}
