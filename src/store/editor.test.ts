import { describe, expect, it } from 'vitest';
import { emptyScenario } from '../scenario/defaults';
import { notesTopicScenario } from '../scenario/presets/notes-topic';
import { createEditorStore } from './editor';

describe('editor store', () => {
  it('adds nodes with unique names and undoes/redoes each edit', () => {
    const store = createEditorStore(emptyScenario());
    const s = () => store.getState();
    const q1 = s().addNode('queue', { x: 0, y: 0 });
    s().addNode('queue', { x: 10, y: 0 });
    expect(s().doc.nodes.map((n) => n.name)).toEqual(['queue', 'queue-2']);
    s().updateNode(q1, { name: 'orders' });
    expect(s().doc.nodes[0].name).toBe('orders');
    s().undo();
    expect(s().doc.nodes[0].name).toBe('queue');
    s().undo();
    s().undo();
    expect(s().doc.nodes).toEqual([]);
    s().redo();
    s().redo();
    s().redo();
    expect(s().doc.nodes.map((n) => n.name)).toEqual(['orders', 'queue-2']);
  });

  it('refuses connections that make no sense, with a reason, and changes nothing', () => {
    const store = createEditorStore(emptyScenario());
    const s = () => store.getState();
    const p = s().addNode('producer', { x: 0, y: 0 });
    const c = s().addNode('consumer', { x: 0, y: 0 });
    const before = s().doc;
    expect(s().connect(p, c)).toBeNull();
    expect(s().refusal).toBe('producer-to-consumer');
    expect(s().doc).toBe(before);
    const q = s().addNode('queue', { x: 0, y: 0 });
    expect(s().connect(q, p)).toBeNull();
    expect(s().refusal).toBe('into-producer');
    expect(s().connect(q, c)).not.toBeNull();
    expect(s().doc.edges).toEqual([expect.objectContaining({ kind: 'subscription', source: q, target: c })]);
  });

  it('deleting a node removes its edges; undo restores both', () => {
    const store = createEditorStore(notesTopicScenario());
    const s = () => store.getState();
    s().select({ nodes: ['n2'], edges: [] });
    s().deleteSelection();
    expect(s().doc.nodes.some((n) => n.id === 'n2')).toBe(false);
    expect(s().doc.edges.some((e) => e.source === 'n2' || e.target === 'n2')).toBe(false);
    s().undo();
    expect(s().doc).toEqual(notesTopicScenario());
  });

  it('copy and paste duplicates nodes and the edges between them, with fresh ids and names', () => {
    const store = createEditorStore(notesTopicScenario());
    const s = () => store.getState();
    s().select({ nodes: ['n3', 'n5'], edges: [] });
    s().copySelection();
    s().paste();
    const doc = s().doc;
    expect(doc.nodes).toHaveLength(8);
    const pasted = doc.nodes.filter((n) => s().selection.nodes.includes(n.id));
    expect(pasted.map((n) => n.name).sort()).toEqual(['filial-2', 'filial-worker-2']);
    const ids = new Set(doc.nodes.map((n) => n.id));
    expect(ids.size).toBe(8);
    const newEdges = doc.edges.filter((e) => s().selection.edges.includes(e.id));
    expect(newEdges).toHaveLength(1);
    expect(newEdges[0].kind).toBe('subscription');
  });

  it('a new canvas is one undoable step', () => {
    const store = createEditorStore(notesTopicScenario());
    const s = () => store.getState();
    s().replace(emptyScenario());
    expect(s().doc.nodes).toEqual([]);
    s().undo();
    expect(s().doc.nodes).toHaveLength(6);
  });

  it('moving nodes to where they already are records no undo step', () => {
    const store = createEditorStore(notesTopicScenario());
    const s = () => store.getState();
    s().moveNodes([{ id: 'n1', position: { x: 0, y: 120 } }]);
    expect(s().history.past).toHaveLength(0);
    s().moveNodes([{ id: 'n1', position: { x: 5, y: 120 } }]);
    expect(s().history.past).toHaveLength(1);
  });

  it('renaming an exchange renames the dead-letter and alternate exchange references to it', () => {
    const store = createEditorStore(notesTopicScenario());
    const s = () => store.getState();
    const dlx = s().addNode('exchange', { x: 0, y: 0 }, 'fanout');
    s().updateNode('n3', { args: { deadLetterExchange: 'fanout' } });
    s().updateNode('n2', { alternateExchange: 'fanout' });
    s().updateNode(dlx, { name: 'dead-letters' });
    const q = s().doc.nodes.find((n) => n.id === 'n3');
    const x = s().doc.nodes.find((n) => n.id === 'n2');
    expect(q?.kind === 'queue' && q.args.deadLetterExchange).toBe('dead-letters');
    expect(x?.kind === 'exchange' && x.alternateExchange).toBe('dead-letters');
    s().undo();
    expect(s().doc.nodes.find((n) => n.id === 'n3')).toMatchObject({ args: { deadLetterExchange: 'fanout' } });
  });
});
