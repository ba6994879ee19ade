import { describe, expect, it } from 'vitest';
import { createKafkaEditorStore } from '../../ui/kafka/store/editor';
import { KAFKA_EXERCISES } from './catalogue';
import { keepsLocks, lockGuard } from './locks';

const start = KAFKA_EXERCISES.find((e) => e.id === 'no-idle')!.start();
const id = (name: string) => start.nodes.find((n) => n.name === name)!.id;
const locked = [id('tasks'), id('workers')];
const edit = (change: (n: (typeof start.nodes)[number]) => typeof n, name: string) => ({ ...start, nodes: start.nodes.map((n) => (n.name === name ? change(n) : n)) });

describe('locked parts of a Kafka exercise', () => {
  it('allow moving a locked node and changing anything else', () => {
    expect(keepsLocks(start, locked, edit((n) => ({ ...n, position: { x: 999, y: 1 } }), 'tasks'))).toBe(true);
    expect(keepsLocks(start, locked, edit((n) => (n.kind === 'producer' ? { ...n, value: 'other' } : n), 'producer'))).toBe(true);
    expect(keepsLocks(start, [], { ...start, nodes: [] })).toBe(true);
  });

  it('refuse changing, renaming or deleting a locked node, or cutting a locked connection', () => {
    expect(keepsLocks(start, locked, edit((n) => (n.kind === 'topic' ? { ...n, partitions: 4 } : n), 'tasks'))).toBe(false);
    expect(keepsLocks(start, locked, edit((n) => ({ ...n, name: 'renamed' }), 'workers'))).toBe(false);
    expect(keepsLocks(start, locked, { ...start, nodes: start.nodes.filter((n) => n.name !== 'workers') })).toBe(false);
    expect(keepsLocks(start, locked, { ...start, edges: start.edges.filter((e) => e.kind !== 'subscribe') })).toBe(false);
    // A connection to an unlocked node is the student's to change.
    expect(keepsLocks(start, locked, { ...start, edges: start.edges.filter((e) => e.kind !== 'produce') })).toBe(true);
  });

  it('guard the editor: a refused edit changes nothing and says why; replacing the document lifts the guard', () => {
    const editor = createKafkaEditorStore(start);
    editor.getState().setGuard(lockGuard(start, locked));
    editor.getState().updateNode(id('tasks'), { partitions: 4 });
    expect(editor.getState().doc).toBe(start);
    expect(editor.getState().refusal).toBe('locked');
    expect(editor.getState().history.past).toEqual([]);
    editor.getState().select({ nodes: [id('workers')], edges: [] });
    editor.getState().deleteSelection();
    expect(editor.getState().doc).toBe(start);
    editor.getState().moveNodes([{ id: id('tasks'), position: { x: 5, y: 5 } }]);
    expect(editor.getState().doc.nodes.find((n) => n.name === 'tasks')?.position).toEqual({ x: 5, y: 5 });
    editor.getState().updateNode(id('producer'), { value: 'changed {n}' });
    expect(editor.getState().doc.nodes.find((n) => n.name === 'producer')).toMatchObject({ value: 'changed {n}' });

    editor.getState().replace({ ...start, nodes: [] });
    expect(editor.getState().guard).toBeNull();
  });

  it('let everything through once the locks are already broken (undo went past the exercise)', () => {
    const other = { ...start, nodes: start.nodes.filter((n) => n.name !== 'tasks') };
    const guard = lockGuard(start, locked);
    expect(guard(other, { ...other, nodes: [] })).toBe(true);
    expect(guard(start, other)).toBe(false);
  });
});
