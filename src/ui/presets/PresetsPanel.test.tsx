import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorContext, PrefsContext, UiContext } from '../../app/context';
import type { Language } from '../../i18n/translate';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import { PRESETS } from '../../scenario/presets';
import { createEditorStore } from '../../store/editor';
import { createPrefsStore } from '../../store/prefs';
import { createUiStore } from '../../store/ui';
import { setAutoplay, takeOpenRequest } from './open-request';
import PresetsPanel from './PresetsPanel';

afterEach(cleanup);

function renderPanel(lang: Language = 'en') {
  const editor = createEditorStore(notesTopicScenario());
  const prefs = createPrefsStore(undefined, { lang, theme: 'light' });
  const ui = createUiStore();
  const onClose = vi.fn();
  render(
    <PrefsContext.Provider value={prefs}>
      <EditorContext.Provider value={editor}>
        <UiContext.Provider value={ui}>
          <PresetsPanel onClose={onClose} />
        </UiContext.Provider>
      </EditorContext.Provider>
    </PrefsContext.Provider>,
  );
  const search = screen.getByRole('searchbox');
  const titles = () => screen.queryAllByRole('heading', { level: 4 }).map((h) => h.textContent);
  return { editor, prefs, onClose, search, titles };
}

describe('the preset gallery', () => {
  it('lists every preset under its group, with its explanation and things to try', () => {
    const { titles } = renderPanel();
    expect(titles()).toHaveLength(PRESETS.length);
    const group = screen.getByRole('region', { name: 'RabbitMQ tutorials' });
    expect(
      within(group)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toContain('Tutorial 6: RPC');
    const rpc = screen.getByRole('listitem', { name: 'Tutorial 6: RPC' });
    expect(rpc.textContent).toContain('correlation_id');
    expect(within(rpc).getByText('Things to try')).toBeTruthy();
    expect(screen.getByText(/Undo brings your canvas back/)).toBeTruthy();
  });

  it('focuses the search box and filters by title, explanation and tags', () => {
    const { search, titles } = renderPanel();
    expect(document.activeElement).toBe(search);
    fireEvent.change(search, { target: { value: 'dead letter' } });
    expect(titles()).toContain('Dead-lettering with a TTL retry loop');
    expect(titles()).not.toContain('Fanout exchange');
    // every word must match, in any order
    fireEvent.change(search, { target: { value: 'retry ttl' } });
    expect(titles()).toEqual(['Dead-lettering with a TTL retry loop']);
    expect(screen.getByRole('status').textContent).toBe('1 of 27 presets');
  });

  it('finds the language-neutral names of a preset (queues, keys) in any language', () => {
    const { search, titles } = renderPanel('pt-BR');
    fireEvent.change(search, { target: { value: 'notas.vendas.filial' } });
    expect(titles()).toContain('Exchange topic: as chaves das anotações');
  });

  it('searches in Portuguese, ignoring case and accents', () => {
    const { search, titles } = renderPanel('pt-BR');
    fireEvent.change(search, { target: { value: 'CABECALHO' } });
    expect(titles()).toContain('Exchange headers');
    fireEvent.change(search, { target: { value: 'retentativa' } });
    expect(titles()).toEqual(['Dead letter com retentativa por TTL']);
    fireEvent.change(search, { target: { value: 'quando usar' } });
    expect(titles()).toHaveLength(5);
    fireEvent.change(search, { target: { value: 'zzz-nada' } });
    expect(titles()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Nenhum cenário corresponde a “zzz-nada”.');
  });

  it('opens a preset as one undoable step, closes, and asks the workspace to play it', () => {
    setAutoplay(true);
    const { editor, onClose } = renderPanel();
    const before = editor.getState().doc;
    fireEvent.click(screen.getByRole('button', { name: 'Open preset: Fanout exchange' }));
    expect(editor.getState().doc.title).toBe('fanout');
    expect(onClose).toHaveBeenCalledOnce();
    expect(takeOpenRequest(editor)).toMatchObject({ title: 'presets.fanout.title', play: true });
    act(() => editor.getState().undo());
    expect(editor.getState().doc).toBe(before);
  });

  it('Enter in the search box opens the first match; the autoplay choice is passed on', () => {
    const { editor, search } = renderPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Start playing when opened' }));
    fireEvent.change(search, { target: { value: 'publisher confirms tutorial' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(editor.getState().doc.title).toBe('tutorial-publisher-confirms');
    expect(takeOpenRequest(editor)?.play).toBe(false);
    setAutoplay(true);
  });

  it('moves between the presets with the arrow keys', () => {
    const { search } = renderPanel();
    fireEvent.change(search, { target: { value: 'exchange' } });
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    const buttons = screen.getAllByRole('button', { name: /^Open preset:/ });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1], { key: 'End' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    fireEvent.keyDown(buttons[buttons.length - 1], { key: 'Home' });
    fireEvent.keyDown(buttons[0], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(search);
  });
});
