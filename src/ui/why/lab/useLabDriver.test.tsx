import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from './store';
import { useLabDriver } from './useLabDriver';

/** requestAnimationFrame under the test's control: each call to frame(t) runs one frame at time t. */
function fakeFrames() {
  let pending: FrameRequestCallback | null = null;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    pending = cb;
    return 1;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    pending = null;
  });
  vi.spyOn(performance, 'now').mockReturnValue(0);
  return (t: number) => {
    const cb = pending;
    pending = null;
    cb?.(t);
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the lab driver', () => {
  it('advances simulated time by frame time × speed while playing, in whole milliseconds', () => {
    const frame = fakeFrames();
    const store = createLabStore();
    renderHook(() => useLabDriver(store));
    frame(16);
    expect(store.getState().session.now).toBe(0); // paused: nothing moves
    store.getState().play();
    store.getState().setSpeed(4);
    // Sixty frames of 16.5 ms after the one at 16 ms, at 4×: the half milliseconds add up exactly.
    for (let i = 1; i <= 60; i++) frame(16 + 16.5 * i);
    expect(store.getState().session.now).toBe(16.5 * 60 * 4);
  });

  it('refreshes React a few times a second, not once per frame', () => {
    const frame = fakeFrames();
    const store = createLabStore();
    renderHook(() => useLabDriver(store));
    store.getState().play();
    const before = store.getState().frame;
    for (let t = 16; t <= 1000; t += 16) frame(t);
    const refreshes = store.getState().frame - before;
    expect(refreshes).toBeGreaterThanOrEqual(3);
    expect(refreshes).toBeLessThanOrEqual(5);
    expect(store.getState().now).toBeGreaterThan(700);
  });

  it('a long pause between frames (hidden tab) does not make time leap ahead', () => {
    const frame = fakeFrames();
    const store = createLabStore();
    renderHook(() => useLabDriver(store));
    store.getState().play();
    frame(16);
    const at = store.getState().session.now;
    frame(60_000);
    expect(store.getState().session.now - at).toBeLessThanOrEqual(250);
  });
});
