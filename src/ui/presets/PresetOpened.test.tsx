import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorContext, PrefsContext, SimContext, UiContext } from '../../app/context';
import { presetsEn, presetsPt } from '../../i18n/parts/presets';
import { registerMessages } from '../../i18n/translate';
import { emptyScenario } from '../../scenario/defaults';
import { findPreset } from '../../scenario/presets';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import { createEditorStore } from '../../store/editor';
import { createPrefsStore } from '../../store/prefs';
import { createSimStore } from '../../store/sim';
import { createUiStore } from '../../store/ui';
import { useSimDriver } from '../playback/useSimDriver';
import { requestOpen } from './open-request';
import { PresetOpened } from './PresetOpened';

registerMessages(presetsEn, presetsPt);
afterEach(cleanup);

function Host() {
  useSimDriver(); // restarts the simulation when the document is replaced, as the workspace does
  return <PresetOpened />;
}

function renderWorkspace() {
  const editor = createEditorStore(notesTopicScenario());
  const sim = createSimStore(editor.getState().doc);
  render(
    <PrefsContext.Provider value={createPrefsStore(undefined, { lang: 'en', theme: 'light' })}>
      <EditorContext.Provider value={editor}>
        <UiContext.Provider value={createUiStore()}>
          <SimContext.Provider value={sim}>
            <ReactFlowProvider>
              <Host />
            </ReactFlowProvider>
          </SimContext.Provider>
        </UiContext.Provider>
      </EditorContext.Provider>
    </PrefsContext.Provider>,
  );
  return { editor, sim: sim.store };
}

/** What the gallery does when a preset is opened. */
async function openPreset(editor: ReturnType<typeof createEditorStore>, id: string, play: boolean) {
  const p = findPreset(id)!;
  await act(async () => {
    requestOpen(editor, { title: p.title, tryThis: p.tryThis, play });
    editor.getState().replace(p.create());
    await Promise.resolve();
  });
}

describe('after a preset opens', () => {
  it('says Undo brings the canvas back, starts playing when asked, and Undo does', async () => {
    const { editor, sim } = renderWorkspace();
    const before = editor.getState().doc;
    await openPreset(editor, 'fanout', true);
    expect(sim.getState().playing).toBe(true);
    expect(
      sim
        .getState()
        .sim.broker.snapshot()
        .exchanges.some((x) => x.name === 'avisos'),
    ).toBe(true);
    // The note's code loads the first time a preset opens.
    expect((await screen.findByRole('status')).textContent).toContain(
      'Opened “Fanout exchange”. Undo brings your canvas back.',
    );
    fireEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(editor.getState().doc).toBe(before);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('stays paused when autoplay is off, and the note goes with the next edit', async () => {
    const { editor, sim } = renderWorkspace();
    await openPreset(editor, 'direct', false);
    expect(sim.getState().playing).toBe(false);
    expect(await screen.findByRole('status')).toBeTruthy();
    act(() => editor.getState().moveNodes([{ id: 'n1', position: { x: 5, y: 5 } }]));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says nothing when something else replaces the document (New canvas)', async () => {
    const { editor, sim } = renderWorkspace();
    await act(async () => {
      editor.getState().replace(emptyScenario());
      await Promise.resolve();
    });
    expect(screen.queryByRole('status')).toBeNull();
    expect(sim.getState().playing).toBe(false);
  });
});
