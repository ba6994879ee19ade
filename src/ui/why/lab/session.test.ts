import { describe, expect, it } from 'vitest';
import { LAB_PRESETS } from '../../../engine/integration';
import { freeSetup, LabSession } from './session';
import { createLabStore } from './store';

describe('LabSession', () => {
  it('"B down for 30 s" takes every style down now and brings it back 30 s later', () => {
    const s = new LabSession(freeSetup());
    s.advanceTo(5000);
    s.downFor(30_000);
    expect(s.controls().bDown).toBe(true);
    expect(s.upAt()).toBe(35_000);
    s.advanceTo(34_999);
    expect(s.controls().bDown).toBe(true);
    s.advanceTo(35_000);
    expect(s.controls().bDown).toBe(false);
    const ups = s.feed('key').filter((e) => e.code === 'b-up');
    expect(ups.map((e) => e.at)).toEqual([35_000, 35_000, 35_000, 35_000]);
    expect(new Set(ups.map((e) => e.style))).toEqual(
      new Set(['rest', 'shared-db', 'file-transfer', 'broker']),
    );
  });

  it('REST fails and the broker queues while B is down; the broker drains with nothing lost', () => {
    const s = new LabSession(freeSetup(['rest', 'broker']));
    s.downFor(30_000);
    s.advanceTo(30_000);
    const down = s.metrics();
    expect(down.rest.failed).toBeGreaterThan(10);
    expect(down.broker.backlog).toBeGreaterThan(40);
    expect(down.broker.lost + down.broker.failed).toBe(0);
    s.advanceTo(90_000);
    const after = s.metrics();
    expect(after.broker).toMatchObject({ lost: 0, failed: 0, backlog: 0 });
    const notes = s
      .feed('key')
      .filter((e) => e.style === 'broker')
      .map((e) => e.code);
    expect(notes).toContain('note-backlog-growing');
    expect(notes).toContain('note-backlog-drained');
  });

  it('step advances to the next thing due and never goes backwards', () => {
    const s = new LabSession(freeSetup(['broker']));
    const before = s.now;
    s.step();
    expect(s.now).toBeGreaterThan(before);
    expect(s.now).toBeLessThanOrEqual(1000);
  });

  it('workload commands show in the controls and as notes in the feed', () => {
    const s = new LabSession(freeSetup(['broker']));
    s.execute({ type: 'set-load-multiplier', factor: 5 });
    s.execute({ type: 'burst', count: 100 });
    expect(s.controls().loadMultiplier).toBe(5);
    expect(s.feed('key').map((e) => e.code)).toEqual(
      expect.arrayContaining(['note-load', 'note-burst']),
    );
    expect(s.metrics().broker.sent).toBe(100);
  });

  it("a preset's script drives the controls (B slows at 10 s, recovers at 40 s)", () => {
    const p = LAB_PRESETS.find((x) => x.id === 'problem-slowness')!;
    const s = new LabSession({
      kind: 'preset',
      presetId: p.id,
      config: p.config,
      durationMs: p.durationMs,
    });
    s.advanceTo(20_000);
    expect(s.controls().bSpeed).toBe(0.1);
    s.advanceTo(45_000);
    expect(s.controls().bSpeed).toBe(1);
  });

  it('the feed keeps key moments apart from per-order routine', () => {
    const s = new LabSession(freeSetup(['rest']));
    s.advanceTo(10_000);
    expect(s.feed('all').some((e) => e.code === 'order-sent')).toBe(true);
    expect(s.feed('key').some((e) => e.code === 'order-sent')).toBe(false);
  });
});

describe('lab store', () => {
  it("pauses once at the end of a preset's story", () => {
    const p = LAB_PRESETS[0];
    const store = createLabStore({
      kind: 'preset',
      presetId: p.id,
      config: p.config,
      durationMs: p.durationMs,
    });
    store.getState().play();
    store.getState().advance(p.durationMs + 5000);
    expect(store.getState().session.now).toBe(p.durationMs);
    expect(store.getState()).toMatchObject({ playing: false, storyTold: true });
    store.getState().play();
    store.getState().advance(5000);
    expect(store.getState().session.now).toBe(p.durationMs + 5000);
  });

  it('fast-forward, step and reset refresh the figures', () => {
    const store = createLabStore();
    store.getState().fastForward(10_000);
    expect(store.getState().now).toBe(10_000);
    expect(store.getState().metrics.broker.sent).toBeGreaterThan(5);
    store.getState().reset();
    expect(store.getState().now).toBe(0);
    expect(store.getState().metrics.broker.sent).toBe(0);
  });
});
