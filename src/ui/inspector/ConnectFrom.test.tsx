import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newNode } from '../../scenario/defaults';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import { renderInspector } from './test-harness';

describe('connecting from the inspector (keyboard path)', () => {
  it('offers only targets that make sense and adds the link', async () => {
    const doc = notesTopicScenario();
    // A queue with no consumer yet: n3 (filial) already has one, so take a fresh consumer.
    doc.nodes.push({ ...newNode('consumer', 'n9', { x: 0, y: 0 }, doc.nodes), name: 'spare' });
    const { store } = await renderInspector({ doc, select: ['n3'] });
    const select = screen.getByLabelText<HTMLSelectElement>('To');
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toEqual(['Consumer: spare']); // queues connect only to free consumers
    fireEvent.click(screen.getByRole('button', { name: 'Add link' }));
    expect(store.getState().doc.edges.some((e) => e.kind === 'subscription' && e.source === 'n3' && e.target === 'n9')).toBe(true);
  });
});
