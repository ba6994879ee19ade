import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorContext, PrefsContext } from '../../app/context';
import type { Language } from '../../i18n/translate';
import example from '../../scenario/definitions/fixtures/definitions-example.json';
import { scenarioToJsonFile } from '../../scenario/file-io';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import { decodeScenarioFromHash } from '../../scenario/url-codec';
import { createEditorStore } from '../../store/editor';
import { createPrefsStore } from '../../store/prefs';
import SharePanel from './SharePanel';

afterEach(cleanup);

function setup(lang: Language = 'en') {
  const prefs = createPrefsStore(undefined, { lang, theme: 'light' });
  const editor = createEditorStore(notesTopicScenario());
  const onClose = vi.fn();
  render(
    <PrefsContext.Provider value={prefs}>
      <EditorContext.Provider value={editor}>
        <SharePanel onClose={onClose} />
      </EditorContext.Provider>
    </PrefsContext.Provider>,
  );
  return { editor, onClose };
}

const url = () => screen.getByTestId<HTMLInputElement>('share-url').value;

function pick(testId: string, name: string, text: string) {
  const input = screen.getByTestId<HTMLInputElement>(testId);
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('Share panel: links', () => {
  const writeText = vi.fn((_text: string) => Promise.resolve());
  beforeEach(() => {
    writeText.mockReset().mockImplementation(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  it('builds an edit link that decodes to the scenario on the canvas, and says it is safe to paste', () => {
    setup();
    expect(url()).toMatch(/#s1\./);
    const decoded = decodeScenarioFromHash(url());
    expect(decoded.ok && decoded.scenario).toEqual(notesTopicScenario());
    expect(screen.getByTestId('share-advice').textContent).toMatch(/safe to paste anywhere/);
  });

  it('switches to the running and embed variants; embed offers iframe HTML', () => {
    setup();
    fireEvent.click(screen.getByRole('radio', { name: /Running/ }));
    expect(url()).toMatch(/#p1\./);
    fireEvent.click(screen.getByRole('radio', { name: /Embed/ }));
    expect(url()).toMatch(/#e1\./);
    expect(screen.getByLabelText<HTMLTextAreaElement>('HTML to embed it').value).toMatch(/^<iframe src="[^"]*#e1\./);
  });

  it('copies with the clipboard API, and selects the link when the clipboard refuses', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByText('Copied.')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(url());
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByText(/press Ctrl\+C/)).toBeTruthy());
    expect(document.activeElement).toBe(screen.getByTestId('share-url'));
  });

  it('warns about long links and offers a file instead of one too long to share', () => {
    const { editor } = setup();
    const producer = editor.getState().doc.nodes.find((n) => n.kind === 'producer');
    if (producer?.kind !== 'producer') throw new Error('no producer');
    // A producer whose payload does not compress: the link grows past both thresholds.
    let seed = 7;
    const noise = Array.from({ length: 9000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    act(() => editor.getState().updateNode(producer.id, { message: { ...producer.message, payloadKind: 'text', payload: noise } }));
    expect(screen.getByTestId('share-advice').textContent).toMatch(/too long to share safely/);
    expect(screen.getByRole('button', { name: 'Export a file instead' })).toBeTruthy();
  });
});

describe('Share panel: files', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });

  it('exports the scenario as a file named after its title', () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export scenario file' }));
    expect(click).toHaveBeenCalled();
    expect(screen.getByText('Saved as notes-topic.brokerlab.json.')).toBeTruthy();
    click.mockRestore();
  });

  it('imports a scenario file as one undoable replace', async () => {
    const { editor } = setup();
    const other = { ...notesTopicScenario(), title: 'imported one' };
    pick('share-file-input', 'x.brokerlab.json', scenarioToJsonFile(other));
    await waitFor(() => expect(editor.getState().doc.title).toBe('imported one'));
    expect(screen.getByTestId('share-file-status').textContent).toMatch(/Imported “imported one”/);
    act(() => editor.getState().undo());
    expect(editor.getState().doc).toEqual(notesTopicScenario());
  });

  it('refuses a broken file in the user\'s language and leaves the work untouched', async () => {
    const { editor } = setup('pt-BR');
    const before = editor.getState().doc;
    pick('share-file-input', 'quebrado.json', '{"format": "brokerlab-scenario", "nodes": [');
    await waitFor(() => expect(screen.getByTestId('share-file-status').textContent).toMatch(/termina cedo demais/));
    expect(screen.getByTestId('share-file-status').textContent).toMatch(/Nada foi importado/);
    expect(editor.getState().doc).toBe(before);
  });

  it('a dropped RabbitMQ definitions file is recognised and imported as definitions', async () => {
    const { editor } = setup();
    const drop = screen.getByTestId('share-drop');
    const file = new File([JSON.stringify(example)], 'shop.json', { type: 'application/json' });
    fireEvent.dragOver(drop);
    expect(screen.getByText('Drop it to import')).toBeTruthy();
    fireEvent.drop(drop, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(editor.getState().doc.title).toBe('shop'));
    expect(screen.getByTestId('share-file-status').textContent).toMatch(/imported as one/);
  });
});

describe('Share panel: RabbitMQ definitions and code', () => {
  it('imports definitions.json and lists what did not carry over', async () => {
    const { editor } = setup();
    pick('share-defs-input', 'example.definitions.json', JSON.stringify(example));
    await waitFor(() => expect(editor.getState().doc.nodes.filter((n) => n.kind === 'queue')).toHaveLength(9));
    const status = screen.getByTestId('share-defs-status').textContent ?? '';
    expect(status).toMatch(/Imported 6 exchanges, 9 queues and 9 bindings/);
    expect(status).toMatch(/no producers or consumers/);
    expect(status).toMatch(/The policy “ttl-for-jobs”/);
  });

  it('refuses a file that is not definitions, in Portuguese, and changes nothing', async () => {
    const { editor } = setup('pt-BR');
    const before = editor.getState().doc;
    pick('share-defs-input', 'x.json', '{"hello": true}');
    await waitFor(() => expect(screen.getByTestId('share-defs-status').textContent).toMatch(/não é um arquivo de definições/));
    expect(editor.getState().doc).toBe(before);
  });

  it('shows the Node.js program, and the Python one', () => {
    setup();
    const code = () => screen.getByTestId<HTMLTextAreaElement>('share-code').value;
    expect(code()).toContain('await setup.assertExchange("notas", "topic"');
    expect(screen.getByText(/npm install amqplib, then node notes-topic\.cjs/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Python (pika)' }));
    expect(code()).toContain('setup.exchange_declare(exchange="notas", exchange_type="topic"');
  });
});
