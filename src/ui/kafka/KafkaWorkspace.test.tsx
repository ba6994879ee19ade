import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { presetDoc, renderKafka } from './test-harness';

// React Flow keeps nodes hidden until it has measured them, which a test DOM never does, so
// buttons inside nodes are found by their text or label rather than by role.
const button = (within: HTMLElement, name: string | RegExp): HTMLElement => {
  const found = [...within.querySelectorAll('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
};

const node = (container: HTMLElement, title: string) => {
  const el = [...container.querySelectorAll('.react-flow__node')].find((n) => n.querySelector('.bl-node-title')?.textContent === title);
  if (!(el instanceof HTMLElement)) throw new Error(`no node ${title}`);
  return el;
};

afterEach(cleanup);

describe('the Kafka workspace', () => {
  it('draws partitions with their records and offsets, and a group’s idle consumer', () => {
    const { container, sim } = renderKafka(presetDoc('idle-consumer'));
    act(() => sim.store.getState().fastForward(6000));
    const topic = node(container, 'jobs');
    expect(topic.querySelectorAll('.kf-partition')).toHaveLength(2);
    const chips = [...topic.querySelectorAll('.kf-chip')].map((c) => c.textContent);
    expect(chips.length).toBeGreaterThan(4);
    expect(chips).toContain('0');
    const group = node(container, 'workers');
    expect(within(group).getAllByText(/^P\d$/).map((b) => b.textContent)).toEqual(['P0', 'P1']);
    expect(group.querySelector('[data-consumer="consumer-3"]')?.textContent).toContain('idle');
  });

  it('adding a consumer rebalances the group: the new owner shows up on the canvas', () => {
    const { container, sim, editor } = renderKafka(presetDoc('rebalance'));
    act(() => sim.store.getState().fastForward(2000));
    const group = () => node(container, 'processors');
    expect(group().querySelector('[data-consumer="consumer-1"]')?.textContent).toContain('P0P1');
    fireEvent.click(button(group(), '+ consumer'));
    expect(editor.getState().doc.nodes.find((n) => n.kind === 'group')).toMatchObject({ consumers: [{}, {}, {}] });
    act(() => sim.store.getState().refresh());
    expect(group().querySelector('[data-consumer="consumer-1"]')?.textContent).toContain('P0P1');
    expect(group().querySelector('[data-consumer="consumer-2"]')?.textContent).toContain('P2');
    expect(group().querySelector('[data-consumer="consumer-3"]')?.textContent).toContain('P3');
    // One undo step takes the consumer away again, and the group rebalances back.
    act(() => editor.getState().undo());
    act(() => sim.store.getState().refresh());
    expect(group().querySelector('[data-consumer="consumer-3"]')).toBeNull();
    expect(group().querySelector('[data-consumer="consumer-2"]')?.textContent).toContain('P2P3');
  });

  it('crashing a consumer from its row marks it crashed; restart brings it back', () => {
    const { container, sim } = renderKafka(presetDoc('rebalance'));
    act(() => sim.store.getState().fastForward(1000));
    const group = () => node(container, 'processors');
    fireEvent.click(button(group(), /^Crash consumer-1/));
    expect(group().querySelector('[data-consumer="consumer-1"]')?.textContent).toContain('crashed');
    act(() => sim.store.getState().fastForward(7000));
    expect(group().querySelector('[data-consumer="consumer-2"]')?.textContent).toContain('P0P1P2P3');
    fireEvent.click(button(group(), /^Restart consumer-1/));
    expect(group().querySelector('[data-consumer="consumer-1"]')?.textContent).toContain('P0P1');
  });

  it('a file shows its lines as they arrive', () => {
    const { sim } = renderKafka(presetDoc('connect-pipeline'));
    act(() => sim.store.getState().fastForward(10_000));
    const file = screen.getByTestId('file-file.txt');
    expect(file.textContent).toContain('first line');
    expect(Number(file.getAttribute('data-lines'))).toBeGreaterThanOrEqual(4);
    const before = Number(file.getAttribute('data-lines'));
    act(() => sim.store.getState().fastForward(10_000));
    expect(Number(screen.getByTestId('file-file.txt').getAttribute('data-lines'))).toBeGreaterThan(before);
  });

  it('side by side: a new reader gets nothing from the queue and everything from the log', () => {
    const { sim, editor } = renderKafka(presetDoc('queue-vs-log'));
    act(() => sim.store.getState().fastForward(12_000));
    fireEvent.click(screen.getByRole('button', { name: '+ Add a reader' }));
    // An edit, not a new document: the simulation kept its time and history.
    expect(sim.store.getState().sim.now()).toBe(12_000);
    expect(editor.getState().doc.nodes.filter((n) => n.kind === 'group').map((n) => n.name)).toEqual(['billing', 'audit']);
    act(() => sim.store.getState().fastForward(5000));
    const band = document.querySelector('.kf-compare') as HTMLElement;
    const [queue, log] = [...band.querySelectorAll('.kf-compare-side')].map((el) => el.textContent ?? '');
    expect(queue).toMatch(/billing: received 6/);
    expect(queue).toMatch(/audit: received 0/);
    expect(log).toMatch(/audit: processed 6/);
  });

  it('speaks Portuguese: node words, buttons and the log', () => {
    const { container, sim } = renderKafka(presetDoc('idle-consumer'), 'pt-BR');
    act(() => sim.store.getState().fastForward(3000));
    expect(node(container, 'workers').querySelector('[data-consumer="consumer-3"]')?.textContent).toContain('ocioso');
    expect(screen.getByRole('button', { name: 'Cenários prontos' })).toBeTruthy();
    expect(button(node(container, 'workers'), '+ consumidor')).toBeTruthy();
    expect(screen.getAllByText(/terminou o rebalance/).length).toBeGreaterThan(0);
  });

  it('opens a preset from the panel (undoable) and the exercises panel checks the canvas', () => {
    const { editor } = renderKafka(presetDoc('idle-consumer'));
    fireEvent.click(screen.getByRole('button', { name: 'Presets' }));
    fireEvent.click(screen.getByRole('button', { name: /^Log compaction/ }));
    expect(editor.getState().doc.title).toBe('compaction');
    act(() => editor.getState().undo());
    expect(editor.getState().doc.title).toBe('idle-consumer');
    fireEvent.click(screen.getByRole('button', { name: 'Exercises' }));
    fireEvent.click(screen.getByRole('button', { name: 'Put every consumer to work' }));
    fireEvent.click(screen.getByRole('button', { name: 'Load the starting scenario' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(document.querySelector('.kf-ex-result')?.textContent).toMatch(/Not yet:.*✗ not met: No consumer of workers is idle \(2 idle\)/);
  });
});
