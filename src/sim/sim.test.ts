import { describe, expect, it } from 'vitest';
import { createRandom } from './random';
import { EventQueue } from './event-queue';
import { ManualClock } from './clock';

describe('createRandom', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });
  it('int stays in range', () => {
    const r = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      const v = r.int(7);
      expect(v >= 0 && v < 7 && Number.isInteger(v)).toBe(true);
    }
  });
});

describe('EventQueue', () => {
  it('orders by time then by numeric scheduling sequence', () => {
    const q = new EventQueue<string>();
    for (let i = 0; i < 12; i++) q.schedule(i % 3 === 0 ? 5 : 1, `e${i}`);
    q.schedule(0, 'first');
    const out: string[] = [];
    for (let t = q.pop(); t; t = q.pop()) out.push(t.payload);
    expect(out).toEqual(['first', 'e1', 'e2', 'e4', 'e5', 'e7', 'e8', 'e10', 'e11', 'e0', 'e3', 'e6', 'e9']);
  });
});

describe('ManualClock', () => {
  it('never goes backwards', () => {
    const c = new ManualClock();
    c.advanceBy(10);
    c.advanceTo(5);
    expect(c.now()).toBe(10);
  });
});
