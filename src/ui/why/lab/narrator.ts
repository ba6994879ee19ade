import type { Sample } from '../../../engine/integration';

/** Moments the engine has no event for, read off the sampled figures: a queue growing, A stuck. */
export type NoteCode =
  | 'note-backlog-growing'
  | 'note-backlog-drained'
  | 'note-a-blocked'
  | 'note-a-free'
  | 'note-load'
  | 'note-burst'
  | 'note-rate'
  | 'note-dropped';

export interface Note {
  readonly at: number;
  readonly style: string;
  readonly code: NoteCode;
  readonly params: Readonly<Record<string, number>>;
}

/** Backlog sizes worth a line in the feed on the way up. */
const BACKLOG_STEPS = [10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000];
/** A's callers waiting at once that count as "A is stuck" rather than one call in progress. */
const BLOCKED_CALLERS = 3;

interface Track {
  level: number;
  peak: number;
  blocked: boolean;
  blockedFromMs: number;
}

/**
 * Reads each new sample once, in time order. Samples fall on simulated seconds, so the notes
 * are the same whatever the playback speed.
 */
export class Narrator {
  private lastT = -1;
  private readonly tracks = new Map<string, Track>();

  read(samples: readonly Sample[]): Note[] {
    let from = samples.length;
    while (from > 0 && samples[from - 1].t > this.lastT) from--;
    const notes: Note[] = [];
    for (let i = from; i < samples.length; i++) {
      const s = samples[i];
      for (const [style, p] of Object.entries(s.styles)) this.look(notes, s.t, style, p);
      this.lastT = s.t;
    }
    return notes;
  }

  private look(
    notes: Note[],
    at: number,
    style: string,
    p: { backlog: number; aWaiting: number; aBlockedMs: number },
  ): void {
    let tr = this.tracks.get(style);
    if (tr === undefined) {
      tr = { level: 0, peak: 0, blocked: false, blockedFromMs: 0 };
      this.tracks.set(style, tr);
    }
    tr.peak = Math.max(tr.peak, p.backlog);
    let crossed = -1;
    while (tr.level < BACKLOG_STEPS.length && p.backlog >= BACKLOG_STEPS[tr.level])
      crossed = tr.level++;
    if (crossed >= 0)
      notes.push({ at, style, code: 'note-backlog-growing', params: { backlog: p.backlog } });
    if (p.backlog === 0 && tr.level > 0) {
      notes.push({ at, style, code: 'note-backlog-drained', params: { peak: tr.peak } });
      tr.level = 0;
      tr.peak = 0;
    }
    if (!tr.blocked && p.aWaiting >= BLOCKED_CALLERS) {
      tr.blocked = true;
      tr.blockedFromMs = p.aBlockedMs;
      notes.push({ at, style, code: 'note-a-blocked', params: { waiting: p.aWaiting } });
    } else if (tr.blocked && p.aWaiting === 0) {
      tr.blocked = false;
      const seconds = Math.round((p.aBlockedMs - tr.blockedFromMs) / 100) / 10;
      notes.push({ at, style, code: 'note-a-free', params: { blockedS: seconds } });
    }
  }
}
