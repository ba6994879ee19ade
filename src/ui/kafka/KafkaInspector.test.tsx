import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { presetDoc, renderKafka } from './test-harness';

afterEach(cleanup);

const inspector = () => within(document.querySelector('.kf-workspace .bl-inspector') as HTMLElement);
const commit = (label: string, value: string) => {
  const field = inspector().getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

describe('the Kafka inspector', () => {
  it('edits a topic: one undo step per edit, Kafka’s rules refused with a reason', () => {
    const { editor } = renderKafka(presetDoc('partitions-keys'));
    const topic = editor.getState().doc.nodes.find((n) => n.kind === 'topic')!;
    act(() => editor.getState().select({ nodes: [topic.id], edges: [] }));
    commit('Partitions', '5');
    expect(editor.getState().doc.nodes.find((n) => n.id === topic.id)).toMatchObject({ partitions: 5 });
    expect(editor.getState().history.past).toHaveLength(1);
    commit('Topic name', 'click stream');
    expect(inspector().getByText(/Kafka topic names use letters, digits/)).toBeTruthy();
    expect(editor.getState().doc.nodes.find((n) => n.id === topic.id)?.name).toBe('clicks');
    commit('Partitions', '13');
    expect(inspector().getByText('Must be at most 12.')).toBeTruthy();
    fireEvent.change(inspector().getByLabelText('cleanup.policy'), { target: { value: 'compact' } });
    expect(editor.getState().doc.nodes.find((n) => n.id === topic.id)).toMatchObject({ cleanupPolicy: 'compact' });
    expect(inspector().getByRole('button', { name: 'Run the log cleaner now' })).toBeTruthy();
  });

  it('says why in Portuguese too', () => {
    const { editor } = renderKafka(presetDoc('partitions-keys'), 'pt-BR');
    const topic = editor.getState().doc.nodes.find((n) => n.kind === 'topic')!;
    act(() => editor.getState().select({ nodes: [topic.id], edges: [] }));
    commit('Nome do topic', 'a/b');
    expect(inspector().getByText(/Nomes de topic no Kafka usam só letras/)).toBeTruthy();
  });

  it('edits a producer and a group with Kafka’s property names', () => {
    const { editor } = renderKafka(presetDoc('replay'));
    const producer = editor.getState().doc.nodes.find((n) => n.kind === 'producer')!;
    act(() => editor.getState().select({ nodes: [producer.id], edges: [] }));
    fireEvent.change(inspector().getByLabelText('acks'), { target: { value: '1' } });
    expect(editor.getState().doc.nodes.find((n) => n.id === producer.id)).toMatchObject({ acks: 1 });
    const group = editor.getState().doc.nodes.find((n) => n.kind === 'group')!;
    act(() => editor.getState().select({ nodes: [group.id], edges: [] }));
    fireEvent.change(inspector().getByLabelText('partition.assignment.strategy'), { target: { value: 'cooperative-sticky' } });
    fireEvent.change(inspector().getByLabelText('auto.offset.reset'), { target: { value: 'latest' } });
    expect(editor.getState().doc.nodes.find((n) => n.id === group.id)).toMatchObject({ assignor: 'cooperative-sticky', autoOffsetReset: 'latest' });
  });

  it('replays: seek to the beginning and the group reads everything again', () => {
    const { editor, sim } = renderKafka(presetDoc('replay'));
    act(() => sim.store.getState().fastForward(10_000));
    const processed = () => sim.store.getState().log.filter((e) => e.source === 'client' && e.event.type === 'consumer-processed').length;
    expect(processed()).toBe(8);
    const group = editor.getState().doc.nodes.find((n) => n.kind === 'group')!;
    act(() => editor.getState().select({ nodes: [group.id], edges: [] }));
    fireEvent.click(inspector().getByRole('button', { name: /Seek to the beginning/ }));
    act(() => sim.store.getState().fastForward(10_000));
    expect(processed()).toBe(16);
    expect(screen.getAllByText(/seeks/).length).toBeGreaterThan(0);
  });
});

describe('connecting without a mouse', () => {
  it('offers only the targets Kafka allows, and connects one', () => {
    const doc = presetDoc('partitions-keys');
    const { editor } = renderKafka({ ...doc, edges: [] });
    const producer = doc.nodes.find((n) => n.kind === 'producer')!;
    act(() => editor.getState().select({ nodes: [producer.id], edges: [] }));
    const select = inspector().getByLabelText('Connect to');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Topic: clicks']);
    fireEvent.click(inspector().getByRole('button', { name: 'Connect' }));
    expect(editor.getState().doc.edges).toEqual([expect.objectContaining({ kind: 'produce', source: producer.id })]);
  });
});

describe('the Kafka event log', () => {
  it('explains where a key goes, in English and in Portuguese', () => {
    for (const [lang, why] of [
      ['en', /Key user-\d hashes to partition \d of 3: murmur2 = -?\d+/],
      ['pt-BR', /A chave user-\d cai na partition \d de 3: murmur2 = -?\d+/],
    ] as const) {
      const { sim, unmount } = renderKafka(presetDoc('partitions-keys'), lang);
      act(() => sim.store.getState().fastForward(2000));
      const appended = [...document.querySelectorAll<HTMLElement>('.bl-log-row')].find((r) => /→ clicks P\d offset \d/.test(r.textContent ?? ''))!;
      fireEvent.click(appended);
      expect(appended.textContent).toMatch(why);
      // The record is selected: its details open with its journey.
      expect(document.querySelector('.kf-details')?.textContent).toMatch(lang === 'en' ? /What happened to it/ : /O que aconteceu com ela/);
      unmount();
    }
  });

  it('filters by category', () => {
    const { sim } = renderKafka(presetDoc('partitions-keys'));
    act(() => sim.store.getState().fastForward(3000));
    const rows = () => [...document.querySelectorAll('.bl-log-row')].map((r) => r.textContent ?? '');
    expect(rows().some((r) => /→ clicks P\d offset/.test(r))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Records' }));
    expect(rows().some((r) => /→ clicks P\d offset/.test(r))).toBe(false);
    expect(rows().some((r) => /rebalanced/.test(r))).toBe(true);
  });
});
