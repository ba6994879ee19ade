import type { ServiceTime } from '../types';
import { StyleBase } from './base';

export interface FileTransferConfig {
  readonly serviceTime: ServiceTime;
  /** B file pickers; each works on one file at a time. */
  readonly instances: number;
  /** A writes the orders gathered since the last file every this often. */
  readonly batchIntervalMs: number;
  /** Writing one line takes this long, so a big file is half-written for a while. */
  readonly writeMsPerLine: number;
  /** Each picker looks at the inbox every this often. */
  readonly pickupIntervalMs: number;
  /** Write to a temporary name and rename when complete, so B never sees a half-written file. */
  readonly safeHandoff: boolean;
  /**
   * 'move': B moves the file away before reading it (what was not yet written is lost).
   * 'reread-if-changed': B leaves the file and reads it again, from the start, when it grows
   * (what it had already read is processed twice).
   */
  readonly consumeMode: 'move' | 'reread-if-changed';
  /** 'lines': one record per line (a cut line breaks only itself); 'document': one JSON/XML document (a cut file breaks entirely). */
  readonly format: 'lines' | 'document';
}

export const DEFAULT_FILE_TRANSFER: FileTransferConfig = {
  serviceTime: { kind: 'fixed', ms: 50 },
  instances: 1,
  batchIntervalMs: 10_000,
  writeMsPerLine: 20,
  pickupIntervalMs: 7000,
  safeHandoff: false,
  consumeMode: 'move',
  format: 'lines',
};

interface BatchFile {
  readonly id: number;
  readonly lines: readonly number[];
  readonly writeStart: number;
  readonly writeEnd: number;
  /** Lines B has read and recorded as handled (reread mode keeps this across pickups). */
  seenLines: number;
  claimed: boolean;
  /** Moved away or completely handled: no longer in the inbox. */
  gone: boolean;
}

interface Picker {
  readonly index: number;
  removed: boolean;
  gen: number;
  job: { file: BatchFile; upTo: number; pos: number } | null;
}

type Ev =
  | { readonly k: 'batch' }
  | { readonly k: 'appear'; readonly file: BatchFile }
  | { readonly k: 'written'; readonly file: BatchFile }
  | { readonly k: 'pickup'; readonly p: Picker }
  | { readonly k: 'line-done'; readonly p: Picker; readonly gen: number };

/**
 * A gathers orders and writes them as a batch file on an interval; B looks for files on its
 * own interval and processes them line by line. Latency includes waiting for the next batch
 * and the next pickup. Without a safe handoff B can catch a file half-written.
 */
export class FileTransferStyle extends StyleBase<Ev> {
  private buffer: number[] = [];
  private readonly inbox: BatchFile[] = [];
  private pickers: Picker[] = [];
  private nextFileId = 1;
  private partialReads = 0;
  private parseFailures = 0;

  constructor(
    id: string,
    seed: number,
    readonly config: FileTransferConfig = DEFAULT_FILE_TRANSFER,
  ) {
    super(id, 'file-transfer', seed, config.serviceTime);
    this.queue.schedule(config.batchIntervalMs, { k: 'batch' });
    this.onInstances(Math.max(1, config.instances));
  }

  protected onSend(orderId: number): void {
    this.buffer.push(orderId);
  }

  protected handle(e: Ev): void {
    switch (e.k) {
      case 'batch':
        this.queue.schedule(this.t + this.config.batchIntervalMs, e);
        this.writeBatch();
        return;
      case 'appear':
        this.inbox.push(e.file);
        return;
      case 'written':
        this.emit('file-write-finished', undefined, {
          file: e.file.id,
          lines: e.file.lines.length,
        });
        return;
      case 'pickup':
        if (e.p.removed) return;
        this.queue.schedule(this.t + this.config.pickupIntervalMs, e);
        if (!this.down && e.p.job === null) this.pickup(e.p);
        return;
      case 'line-done':
        if (e.p.removed || e.gen !== e.p.gen || e.p.job === null) return;
        this.ledger.complete(e.p.job.file.lines[e.p.job.pos], this.t);
        e.p.job.pos++;
        this.work(e.p);
        return;
    }
  }

  private writeBatch(): void {
    if (this.buffer.length === 0) return;
    const lines = this.buffer;
    this.buffer = [];
    const file: BatchFile = {
      id: this.nextFileId++,
      lines,
      writeStart: this.t,
      writeEnd: this.t + lines.length * this.config.writeMsPerLine,
      seenLines: 0,
      claimed: false,
      gone: false,
    };
    this.emit('file-write-started', undefined, { file: file.id, lines: lines.length });
    this.queue.schedule(file.writeEnd, { k: 'written', file });
    // A safe handoff renames the finished file into the inbox; otherwise it is there from the first byte.
    if (this.config.safeHandoff) this.queue.schedule(file.writeEnd, { k: 'appear', file });
    else this.inbox.push(file);
  }

  /** `freshOnly`: straight after a file, take only files never read; a grown file waits for the next tick. */
  private pickup(p: Picker, freshOnly = false): void {
    const reread = this.config.consumeMode === 'reread-if-changed';
    const file = this.inbox.find(
      (f) =>
        !f.gone &&
        !f.claimed &&
        (!freshOnly || f.seenLines === 0) &&
        (!reread || this.visibleLines(f).complete > f.seenLines),
    );
    if (file === undefined) return;
    const { complete, partial } = this.visibleLines(file);
    const whole = complete === file.lines.length;
    this.emit('file-picked-up', undefined, {
      instance: p.index,
      file: file.id,
      linesRead: complete,
      lines: file.lines.length,
      whole,
    });
    if (!whole) this.partialReads++;
    if (!reread) file.gone = true;

    if (!whole && this.config.format === 'document') {
      // A cut JSON or XML document does not parse at all.
      this.parseFailures++;
      this.emit('file-parse-failed', undefined, { file: file.id });
      // Moved to an error folder: every order in it has visibly failed. Left in place: tried again later.
      if (!reread) for (const id of file.lines) this.ledger.fail(id, 'file-parse-error');
      return;
    }
    if (!whole) {
      if (partial)
        this.emit('file-line-truncated', file.lines[complete], {
          file: file.id,
          line: complete + 1,
        });
      // The moved file keeps growing where nobody looks: the rest of its lines are gone.
      if (!reread)
        for (const id of file.lines.slice(complete)) this.ledger.lose(id, 'half-written-file');
    }
    // Reading again from the start is what a "has it changed?" check does: earlier lines repeat.
    file.claimed = true;
    p.gen++;
    p.job = { file, upTo: complete, pos: 0 };
    this.work(p);
  }

  private visibleLines(f: BatchFile): { complete: number; partial: boolean } {
    if (this.t >= f.writeEnd) return { complete: f.lines.length, partial: false };
    const elapsed = this.t - f.writeStart;
    const complete = Math.floor(elapsed / this.config.writeMsPerLine);
    return { complete, partial: elapsed % this.config.writeMsPerLine > 0 };
  }

  private work(p: Picker): void {
    const job = p.job;
    if (job === null) return;
    if (job.pos < job.upTo) {
      this.queue.schedule(this.t + this.serviceMs(), { k: 'line-done', p, gen: p.gen });
      return;
    }
    job.file.claimed = false;
    job.file.seenLines = Math.max(job.file.seenLines, job.upTo);
    if (job.upTo === job.file.lines.length) job.file.gone = true;
    this.emit('file-done', undefined, { instance: p.index, file: job.file.id, lines: job.upTo });
    p.job = null;
    this.compactInbox();
    if (!this.down) this.pickup(p, true);
  }

  /** A picker died mid-file: the file goes back to the inbox and is read again from the start. */
  private interrupt(p: Picker): void {
    const job = p.job;
    p.gen++;
    if (job === null) return;
    p.job = null;
    job.file.claimed = false;
    job.file.gone = false;
    if (job.upTo < job.file.lines.length && this.config.consumeMode === 'move') {
      // Only the part that was read survived the move; put that part back as its own file.
      job.file.gone = true;
      const rest: BatchFile = {
        ...job.file,
        lines: job.file.lines.slice(0, job.upTo),
        writeEnd: job.file.writeStart,
        gone: false,
        seenLines: 0,
      };
      this.inbox.unshift(rest);
    } else if (!this.inbox.includes(job.file)) this.inbox.unshift(job.file);
    this.emit('file-requeued', undefined, {
      instance: p.index,
      file: job.file.id,
      linesDone: job.pos,
    });
  }

  private compactInbox(): void {
    for (let i = this.inbox.length - 1; i >= 0; i--)
      if (this.inbox[i].gone) this.inbox.splice(i, 1);
  }

  protected onDown(): void {
    for (const p of this.pickers) this.interrupt(p);
  }

  protected onUp(): void {
    // Pickers look again at their next tick.
  }

  protected onInstances(count: number): void {
    while (this.pickers.length > count) {
      const p = this.pickers.pop() as Picker;
      this.interrupt(p);
      p.removed = true;
    }
    while (this.pickers.length < count) {
      const p: Picker = { index: this.pickers.length, removed: false, gen: 0, job: null };
      this.pickers.push(p);
      const phase = Math.round((p.index * this.config.pickupIntervalMs) / count);
      this.queue.schedule(this.t + this.config.pickupIntervalMs - phase, { k: 'pickup', p });
    }
  }

  protected onCrash(): void {
    if (this.down) return;
    const victim = this.pickers.find((p) => p.job !== null) ?? this.pickers[0];
    this.emit('b-crashed', undefined, { instance: victim.index });
    this.interrupt(victim);
    this.emit('b-restarted', undefined, { instance: victim.index });
  }

  protected backlog(): number {
    let n = this.buffer.length;
    // Only orders still in flight: a line waiting to be read again after a crash is a future duplicate, not backlog.
    for (const f of this.inbox) {
      if (f.gone || f.claimed) continue;
      for (let i = f.seenLines; i < f.lines.length; i++)
        if (this.ledger.status(f.lines[i]) === 'in-flight') n++;
    }
    return n;
  }

  protected bBusy(): number {
    return this.pickers.reduce((n, p) => n + (p.job !== null ? 1 : 0), 0);
  }

  protected extra(): Record<string, number> {
    return {
      filesInInbox: this.inbox.filter((f) => !f.gone).length,
      partialReads: this.partialReads,
      parseFailures: this.parseFailures,
    };
  }
}
