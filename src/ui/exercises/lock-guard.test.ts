import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../exercises/catalogue';
import type { Failure } from '../../exercises/types';
import { createEditorStore } from '../../store/editor';
import { installLockGuard } from './lock-guard';

const noLoss = CATALOGUE.find((e) => e.id === 'no-loss-crash')!;

function guarded() {
  const editor = createEditorStore(noLoss.start);
  const refused: Failure[] = [];
  const uninstall = installLockGuard(editor, {
    start: noLoss.start,
    locked: noLoss.locked,
    onRefuse: (f) => refused.push(f),
  });
  return { editor, refused, uninstall };
}

describe('the lock guard', () => {
  it('lets free parts change: a consumer switched to manual ack is one undo step', () => {
    const { editor, refused } = guarded();
    editor.getState().updateNode('n4', { ackMode: 'manual' });
    expect(editor.getState().doc.nodes.find((n) => n.id === 'n4')).toMatchObject({
      ackMode: 'manual',
    });
    expect(editor.getState().history.past).toHaveLength(1);
    expect(refused).toEqual([]);
  });

  it('refuses deleting a free node when that would take a locked connection with it, and says which', () => {
    const { editor, refused } = guarded();
    editor.getState().select({ nodes: ['n4'], edges: [] });
    editor.getState().deleteSelection();
    expect(editor.getState().doc).toBe(noLoss.start);
    expect(refused).toEqual([
      { code: 'ex.lock.refusedEdge', params: { from: 'tarefas', to: 'worker-b' } },
    ]);
  });

  it('refuses changing a locked node but not moving it', () => {
    const { editor, refused } = guarded();
    editor.getState().updateNode('n2', { durable: false });
    expect(refused[0]).toMatchObject({ code: 'ex.lock.refusedNode', params: { name: 'tarefas' } });
    editor.getState().moveNodes([{ id: 'n2', position: { x: 5, y: 5 } }]);
    expect(editor.getState().doc.nodes.find((n) => n.id === 'n2')?.position).toEqual({
      x: 5,
      y: 5,
    });
  });

  it('never refuses replacing the whole document, and after that protects nothing', () => {
    const { editor, refused } = guarded();
    editor.getState().replace(CATALOGUE[0].start);
    editor.getState().select({ nodes: ['n1'], edges: [] });
    editor.getState().deleteSelection();
    expect(editor.getState().doc.nodes.some((n) => n.id === 'n1')).toBe(false);
    expect(refused).toEqual([]);
  });

  it('uninstalling puts the editor’s own actions back', () => {
    const editor = createEditorStore(noLoss.start);
    const before = editor.getState().deleteSelection;
    const uninstall = installLockGuard(editor, {
      start: noLoss.start,
      locked: noLoss.locked,
      onRefuse: () => {},
    });
    expect(editor.getState().deleteSelection).not.toBe(before);
    uninstall();
    expect(editor.getState().deleteSelection).toBe(before);
  });
});
