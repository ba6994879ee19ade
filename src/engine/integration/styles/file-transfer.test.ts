import { describe, expect, it } from 'vitest';
import { DEFAULT_FILE_TRANSFER, FileTransferStyle, type FileTransferConfig } from './file-transfer';

function files(over: Partial<FileTransferConfig> = {}): FileTransferStyle {
  return new FileTransferStyle('file', 9, {
    ...DEFAULT_FILE_TRANSFER,
    serviceTime: { kind: 'fixed', ms: 10 },
    batchIntervalMs: 10_000,
    writeMsPerLine: 100,
    // First pickup at 11 000: one second into writing the 20-line file started at 10 000.
    pickupIntervalMs: 11_000,
    ...over,
  });
}

function twentyOrders(s: FileTransferStyle): void {
  for (let i = 1; i <= 20; i++) {
    s.advanceTo(i * 100);
    s.execute({ type: 'send', orderId: i });
  }
}

describe('file transfer style', () => {
  it('B picking up a half-written file and moving it loses the lines not yet written', () => {
    const s = files();
    twentyOrders(s);
    s.advanceTo(60_000);
    const evs = s.takeEvents();
    expect(evs.find((e) => e.code === 'file-picked-up')).toMatchObject({
      at: 11_000,
      params: { linesRead: 10, lines: 20, whole: false },
    });
    expect(s.metrics()).toMatchObject({ sent: 20, completed: 10, lost: 10, duplicates: 0 });
  });

  it('re-reading the grown file processes the first lines twice', () => {
    const s = files({ consumeMode: 'reread-if-changed' });
    twentyOrders(s);
    s.advanceTo(60_000);
    expect(s.metrics()).toMatchObject({ completed: 20, lost: 0, duplicates: 10 });
  });

  it('a cut JSON document does not parse and the whole batch fails', () => {
    const s = files({ format: 'document' });
    twentyOrders(s);
    s.advanceTo(60_000);
    expect(s.metrics()).toMatchObject({ completed: 0, failed: 20, lost: 0 });
  });

  it('a safe handoff (write, then rename) never exposes a half-written file', () => {
    const s = files({ safeHandoff: true });
    twentyOrders(s);
    s.advanceTo(60_000);
    expect(s.metrics()).toMatchObject({ completed: 20, lost: 0, failed: 0, duplicates: 0 });
  });

  it('an order waits for the next batch and the next pickup', () => {
    const s = files({ safeHandoff: true, writeMsPerLine: 1, pickupIntervalMs: 3000 });
    s.advanceTo(500);
    s.execute({ type: 'send', orderId: 1 });
    s.advanceTo(30_000);
    // Written at 10 000 (ready at 10 001), picked up at 12 000, processed by 12 010.
    expect(s.metrics().latencyP50Ms).toBe(11_510);
  });

  it('B down: files pile up and are all processed later; a crash mid-file reprocesses what was done', () => {
    const s = files({ safeHandoff: true, serviceTime: { kind: 'fixed', ms: 500 } });
    s.execute({ type: 'set-b-down', down: true });
    twentyOrders(s);
    s.advanceTo(40_000);
    expect(s.metrics()).toMatchObject({ completed: 0, backlog: 20, lost: 0 });
    s.execute({ type: 'set-b-down', down: false });
    s.advanceTo(46_000); // picked at 44 000, 4 lines done by 46 000
    s.execute({ type: 'crash-b' });
    s.advanceTo(120_000);
    expect(s.metrics()).toMatchObject({ completed: 20, lost: 0, duplicates: 4 });
  });
});
