import { describe, expect, it } from 'vitest';
import { maxIdNumber, movedNodes, stepHistory, withoutSelection } from './graph-edits';
import { record } from './history';

const doc = {
  title: 'd',
  nodes: [
    { id: 'n1', position: { x: 0, y: 0 } },
    { id: 'n12', position: { x: 5, y: 5 } },
  ],
  edges: [{ id: 'e3', source: 'n1', target: 'n12' }],
};

describe('graph edits shared by both editors', () => {
  it('finds the highest id number', () => {
    expect(maxIdNumber(doc)).toBe(12);
    expect(maxIdNumber({ nodes: [], edges: [] })).toBe(0);
  });

  it('moves nodes, and says when nothing moved', () => {
    expect(movedNodes(doc, [{ id: 'n1', position: { x: 0, y: 0 } }])).toBeNull();
    const moved = movedNodes(doc, [{ id: 'n1', position: { x: 9, y: 1 } }]);
    expect(moved?.nodes[0].position).toEqual({ x: 9, y: 1 });
    expect(moved?.title).toBe('d');
    expect(doc.nodes[0].position).toEqual({ x: 0, y: 0 });
  });

  it('deletes a selection with the edges of its nodes, and nothing for an empty one', () => {
    expect(withoutSelection(doc, { nodes: [], edges: [] })).toBeNull();
    expect(withoutSelection(doc, { nodes: ['n12'], edges: [] })).toEqual({ ...doc, nodes: [doc.nodes[0]], edges: [] });
    expect(withoutSelection(doc, { nodes: [], edges: ['e3'] })?.nodes).toHaveLength(2);
  });

  it('steps back and forth through history', () => {
    const history = record({ past: [], future: [] }, 'a');
    const back = stepHistory({ history, doc: 'b' }, 'undo');
    expect(back?.doc).toBe('a');
    expect(back && stepHistory(back, 'redo')?.doc).toBe('b');
    expect(stepHistory({ history: { past: [], future: [] }, doc: 'x' }, 'undo')).toBeNull();
  });
});
