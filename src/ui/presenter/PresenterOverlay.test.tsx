import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorContext, PrefsContext, SimContext, UiContext } from '../../app/context';
import type { Language } from '../../i18n/translate';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import { createEditorStore } from '../../store/editor';
import { createPrefsStore } from '../../store/prefs';
import { createSimStore } from '../../store/sim';
import { createUiStore } from '../../store/ui';
import PresenterOverlay from './PresenterOverlay';
import { nextSpeed } from './usePresenterKeys';

afterEach(cleanup);

function renderPresenter(lang: Language = 'en') {
  const editor = createEditorStore(notesTopicScenario());
  const bundle = createSimStore(editor.getState().doc);
  const ui = createUiStore();
  ui.getState().setPresenter(true);
  render(
    <PrefsContext.Provider value={createPrefsStore(undefined, { lang, theme: 'light' })}>
      <EditorContext.Provider value={editor}>
        <UiContext.Provider value={ui}>
          <SimContext.Provider value={bundle}>
            <ReactFlowProvider>
              <PresenterOverlay />
              <input aria-label="a field" />
              <button type="button">a button</button>
            </ReactFlowProvider>
          </SimContext.Provider>
        </UiContext.Provider>
      </EditorContext.Provider>
    </PrefsContext.Provider>,
  );
  const sim = bundle.store;
  const key = (k: string, target: Element = document.body) =>
    act(() => void fireEvent.keyDown(target, { key: k }));
  return { sim, ui, key, band: () => screen.getByTestId('presenter') };
}

describe('presenter mode', () => {
  it('waits with a hint, then explains each step in large type as the keyboard steps', () => {
    const { sim, key, band } = renderPresenter();
    expect(band().textContent).toContain('Press Space to play or → to take one step.');
    // Step until the first message has been routed (600 ms of travel to the exchange).
    while (sim.getState().time < 600) key('ArrowRight');
    expect(sim.getState().playing).toBe(false);
    const summary = band().querySelector('.bl-presenter-summary')!;
    expect(summary.textContent).toBe('notas.compras.filial routed to filial, compras');
    expect(band().textContent).toContain('notas = notas');
    expect(band().textContent).toContain('message #1');
  });

  it('Space plays and pauses, + and − change the speed, Esc leaves', () => {
    const { sim, ui, key, band } = renderPresenter();
    key(' ');
    expect(sim.getState().playing).toBe(true);
    expect(band().textContent).toContain('▶ playing');
    key(' ');
    expect(sim.getState().playing).toBe(false);
    key('+');
    key('+');
    expect(sim.getState().speed).toBe(4);
    key('-');
    expect(sim.getState().speed).toBe(2);
    expect(band().textContent).toContain('speed 2×');
    key('Escape');
    expect(ui.getState().presenter).toBe(false);
  });

  it('leaves the keys alone while typing in a field, or when Space would press a button', () => {
    const { sim, ui, key } = renderPresenter();
    const field = screen.getByRole('textbox', { name: 'a field' });
    key(' ', field);
    key('ArrowRight', field);
    key('Escape', field);
    expect(sim.getState().playing).toBe(false);
    expect(sim.getState().time).toBe(0);
    expect(ui.getState().presenter).toBe(true);
    key(' ', screen.getByRole('button', { name: 'a button' }));
    expect(sim.getState().playing).toBe(false);
  });

  it('speaks Portuguese', () => {
    const { band, key } = renderPresenter('pt-BR');
    expect(band().textContent).toContain('Aperte Espaço para dar play');
    key(' ');
    expect(band().textContent).toContain('rodando');
    expect(screen.getByRole('button', { name: 'Sair do modo apresentação' })).toBeTruthy();
  });

  it('steps through the speeds and stops at both ends', () => {
    expect(nextSpeed(1, 1)).toBe(2);
    expect(nextSpeed(8, 1)).toBe(8);
    expect(nextSpeed(0.25, -1)).toBe(0.25);
    expect(nextSpeed(3, -1)).toBe(2); // not one of the steps: the nearest one below
  });
});
