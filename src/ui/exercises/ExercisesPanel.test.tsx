import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorContext, PrefsContext, UiContext } from '../../app/context';
import { CATALOGUE } from '../../exercises/catalogue';
import { decodeExerciseFromHash, encodeExerciseToHash } from '../../exercises/link';
import { PROGRESS_KEY, type ProgressStorage } from '../../exercises/progress';
import type { Language } from '../../i18n/translate';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { Scenario } from '../../scenario/types';
import { createEditorStore } from '../../store/editor';
import { createPrefsStore } from '../../store/prefs';
import { createUiStore } from '../../store/ui';
import ExercisesPanel from './ExercisesPanel';
import { GoalBar } from './GoalBar';
import { openExerciseLink } from './open';
import { createSession, setSessionFor } from './session';

afterEach(cleanup);

class MemoryStorage implements ProgressStorage {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

interface Setup {
  lang?: Language;
  doc?: Scenario;
  storage?: MemoryStorage;
  bar?: boolean;
}

function setup({
  lang = 'en',
  doc = notesTopicScenario(),
  storage = new MemoryStorage(),
  bar = false,
}: Setup = {}) {
  const editor = createEditorStore(doc);
  const prefs = createPrefsStore(undefined, { lang, theme: 'light' });
  const ui = createUiStore();
  const session = createSession(editor, { storage, now: () => 1234 });
  setSessionFor(editor, session);
  const onClose = vi.fn();
  render(
    <PrefsContext.Provider value={prefs}>
      <EditorContext.Provider value={editor}>
        <UiContext.Provider value={ui}>
          <ExercisesPanel onClose={onClose} />
          {bar && <GoalBar />}
        </UiContext.Provider>
      </EditorContext.Provider>
    </PrefsContext.Provider>,
  );
  return { editor, prefs, ui, session, storage, onClose };
}

const topicFilial = CATALOGUE[0];
/** The feedback lines shown in the panel, as read aloud. */
const feedbackLines = () =>
  [...document.querySelectorAll('.bl-ex-view .bl-ex-result li')].map((li) => li.textContent);
const openButton = (title: string) => screen.getByRole('button', { name: `Open “${title}”` });

describe('the exercise list', () => {
  it('lists every exercise by level with its part of the notes, and counts what is solved', () => {
    const storage = new MemoryStorage();
    storage.items.set(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, done: { 'topic-filial': 1, priority: 2 }, hints: {} }),
    );
    setup({ storage });
    expect(screen.getAllByRole('listitem')).toHaveLength(CATALOGUE.length);
    expect(screen.getByText(`2 of ${CATALOGUE.length} solved`)).toBeTruthy();
    const easy = screen.getByRole('region', { name: 'Easy' });
    const first = within(easy).getAllByRole('listitem')[0];
    expect(first.textContent).toContain('Branch notes to filial');
    expect(first.textContent).toContain('§5 AMQP (RabbitMQ)');
    expect(within(first).getByText('Solved')).toBeTruthy();
    const hard = screen.getByRole('region', { name: 'Hard' });
    expect(
      within(hard)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.bl-ex-card-title')?.textContent),
    ).toContain('Retry after 5 seconds');
  });

  it('says when saved progress could not be read, and where it was kept', () => {
    const storage = new MemoryStorage();
    storage.items.set(PROGRESS_KEY, 'not json');
    setup({ storage });
    expect(screen.getByRole('status').textContent).toContain(`${PROGRESS_KEY}.corrupt`);
    expect(storage.items.get(`${PROGRESS_KEY}.corrupt`)).toBe('not json');
  });

  it('is in Portuguese for Portuguese readers', () => {
    setup({ lang: 'pt-BR' });
    expect(screen.getByRole('tab', { name: 'Exercícios' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Fácil' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Abrir “Notas de filial para filial”' }),
    ).toBeTruthy();
    expect(screen.getByText(`0 de ${CATALOGUE.length} resolvidos`)).toBeTruthy();
  });
});

describe('opening an exercise', () => {
  it('replaces an untouched example at once, as one undoable step', () => {
    const { editor } = setup();
    fireEvent.click(openButton('Branch notes to filial'));
    expect(editor.getState().doc).toBe(topicFilial.start);
    expect(screen.getByRole('heading', { level: 3, name: 'Branch notes to filial' })).toBeTruthy();
    expect(screen.getByText(/Undo \(Ctrl\+Z\) brings back what was there/)).toBeTruthy();
    act(() => editor.getState().undo());
    expect(editor.getState().doc.edges.find((e) => e.id === 'e2')).toMatchObject({
      key: 'notas.*.filial',
    });
  });

  it('asks first when the canvas holds the student’s own work; cancelling keeps it', () => {
    const { editor } = setup();
    act(() => editor.getState().updateEdge('e2', { key: 'mine.#' }));
    const mine = editor.getState().doc;
    fireEvent.click(openButton('VIP first'));
    const dialog = screen.getByRole('alertdialog', { name: 'Replace your canvas?' });
    expect(dialog.textContent).toContain('Opening “VIP first” replaces what is on the canvas now');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep my canvas' }));
    expect(editor.getState().doc).toBe(mine);
    fireEvent.click(openButton('VIP first'));
    fireEvent.click(screen.getByRole('button', { name: 'Open the exercise' }));
    expect(editor.getState().doc.title).toBe('priority');
  });
});

describe('working on an exercise', () => {
  it('checks the canvas and gives specific feedback, then success, records it and offers the next one', () => {
    const { editor, storage } = setup();
    fireEvent.click(openButton('Branch notes to filial'));
    fireEvent.click(screen.getByRole('button', { name: 'Check my solution' }));
    expect(screen.getByText('Not yet. This is what the check saw:')).toBeTruthy();
    expect(
      screen.getByText(/reached no queue \(no binding matched it\); it should reach/).textContent,
    ).toBe('notas.vendas.filial reached no queue (no binding matched it); it should reach filial.');
    // A wrong fix: now a head-office note reaches filial.
    act(() => editor.getState().updateEdge('e2', { key: 'notas.#' }));
    expect(screen.getByText('You changed the canvas after this check.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check my solution' }));
    expect(feedbackLines()).toEqual([
      'notas.compras.matriz reached filial; it should reach only compras.',
      'notas.vendas.matriz reached filial; it should reach no queue.',
    ]);
    act(() => editor.getState().updateEdge('e2', { key: 'notas.*.filial' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check my solution' }));
    expect(
      screen.getByText(
        'Solved! The check ran your scenario and everything happened as the goal asks.',
      ),
    ).toBeTruthy();
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual({
      version: 1,
      done: { 'topic-filial': 1234 },
      hints: {},
    });
    fireEvent.click(screen.getByRole('button', { name: 'Next exercise →' }));
    // A solved canvas is safe to leave: no question asked.
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: 'Route logs by severity' })).toBeTruthy();
  });

  it('reveals hints one at a time and remembers how many', () => {
    const { storage } = setup();
    fireEvent.click(openButton('Branch notes to filial'));
    const hints = screen.getByRole('region', { name: 'Hints' });
    expect(within(hints).queryAllByRole('listitem')).toHaveLength(0);
    fireEvent.click(within(hints).getByRole('button', { name: 'Show a hint (1 of 2)' }));
    expect(
      within(hints)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Select the arrow from notas to filial and look at its binding key in the inspector.',
    ]);
    fireEvent.click(within(hints).getByRole('button', { name: 'Show a hint (2 of 2)' }));
    expect(within(hints).getAllByRole('listitem')).toHaveLength(2);
    expect(within(hints).queryByRole('button')).toBeNull();
    expect((JSON.parse(storage.items.get(PROGRESS_KEY)!) as { hints: unknown }).hints).toEqual({
      'topic-filial': 2,
    });
  });

  it('says how the check works: messages, actions and simulated time', () => {
    setup();
    fireEvent.click(openButton('No message lost when a worker crashes'));
    const how = screen.getByText('How it is checked').closest('details')!;
    expect(how.textContent).toContain('It publishes 6 test messages of its own');
    expect(how.textContent).toContain('At 1.5 s it crashes the consumer worker-b.');
    expect(how.textContent).toContain('It runs 25 s of simulated time');
  });

  it('refuses edits to locked parts with a reason in the goal bar; other edits go through', () => {
    const { editor, session } = setup({ bar: true });
    // The goal bar sits over the AMQP canvas: give it one to measure.
    const canvas = document.createElement('div');
    canvas.className = 'bl-workspace';
    canvas.innerHTML = '<div class="react-flow"></div>';
    document.body.appendChild(canvas);
    canvas.firstElementChild!.getBoundingClientRect = () => ({
      top: 100,
      left: 200,
      width: 700,
      height: 400,
      right: 900,
      bottom: 500,
      x: 200,
      y: 100,
      toJSON: () => ({}),
    });
    fireEvent.click(openButton('Branch notes to filial'));
    act(() => session.getState().setView('list'));
    act(() => editor.getState().select({ nodes: ['n2'], edges: [] }));
    act(() => editor.getState().deleteSelection());
    expect(editor.getState().doc).toBe(topicFilial.start);
    act(() => editor.getState().updateNode('n3', { name: 'renamed' }));
    expect(editor.getState().doc).toBe(topicFilial.start);
    act(() => editor.getState().updateEdge('e2', { key: 'notas.*.filial' }));
    expect(editor.getState().doc.edges.find((e) => e.id === 'e2')).toMatchObject({
      key: 'notas.*.filial',
    });
    canvas.remove();
  });
});

describe('the goal bar', () => {
  function withCanvas() {
    const canvas = document.createElement('div');
    canvas.className = 'bl-workspace';
    canvas.innerHTML = '<div class="react-flow"></div>';
    document.body.appendChild(canvas);
    canvas.firstElementChild!.getBoundingClientRect = () => ({
      top: 100,
      left: 200,
      width: 700,
      height: 400,
      right: 900,
      bottom: 500,
      x: 200,
      y: 100,
      toJSON: () => ({}),
    });
    return canvas;
  }

  it('keeps the goal and the check over the canvas when the panel is closed, and says why an edit was refused', async () => {
    const canvas = withCanvas();
    const { editor, ui, session } = setup({ bar: true });
    fireEvent.click(openButton('Branch notes to filial'));
    // The panel shows everything itself; the bar appears once it closes.
    act(() => ui.getState().openPanel('exercises'));
    expect(screen.queryByRole('region', { name: 'Exercise' })).toBeNull();
    act(() => ui.getState().closePanel());
    const bar = await screen.findByRole('region', { name: 'Exercise' });
    expect(bar.textContent).toContain('Branch notes to filial');
    act(() => editor.getState().select({ nodes: ['n2'], edges: [] }));
    act(() => editor.getState().deleteSelection());
    expect(bar.textContent).toContain(
      'The exchange notas is part of the exercise: it can be moved, but not changed or deleted.',
    );
    fireEvent.click(within(bar).getByRole('button', { name: 'Check my solution' }));
    expect(bar.textContent).toContain('✗ notas.vendas.filial reached no queue');
    fireEvent.click(within(bar).getByRole('button', { name: 'Goal ▾' }));
    expect(bar.textContent).toContain('Change only the binding of filial.');
    // Folding leaves a button that brings it back, with focus on it.
    fireEvent.click(within(bar).getByRole('button', { name: 'Hide the goal' }));
    const show = screen.getByRole('button', { name: 'Show the goal' });
    expect(document.activeElement).toBe(show);
    fireEvent.click(show);
    expect(session.getState().barCollapsed).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Hints and details' }));
    expect(ui.getState().panel).toBe('exercises');
    canvas.remove();
  });

  it('notices when the canvas no longer holds the exercise (undo past it)', async () => {
    const canvas = withCanvas();
    const { editor, ui } = setup({ bar: true });
    fireEvent.click(openButton('Branch notes to filial'));
    act(() => ui.getState().closePanel());
    act(() => editor.getState().undo());
    expect((await screen.findByRole('region', { name: 'Exercise' })).textContent).toContain(
      'The canvas no longer holds this exercise.',
    );
    canvas.remove();
  });
});

describe('exercise links and instructor mode', () => {
  it('a damaged link is refused with words, and the canvas is untouched', () => {
    const { editor } = setup();
    const before = editor.getState().doc;
    fireEvent.click(screen.getByText('Open an exercise link'));
    fireEvent.change(screen.getByLabelText('Exercise link'), {
      target: { value: 'https://x.org/#x1.abc' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert').textContent).toContain('This link is incomplete');
    expect(screen.getByRole('alert').textContent).toContain('Your canvas was not changed.');
    expect(editor.getState().doc).toBe(before);
  });

  it('an instructor records outcomes, sets the start and locks, and gets a link that opens the exercise', () => {
    const { editor } = setup();
    fireEvent.click(screen.getByRole('tab', { name: 'Create (instructors)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Take them from the producers' }));
    expect(screen.getAllByRole('group', { name: /^Test message \d$/ })).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
    expect(screen.getByRole('alert').textContent).toContain('Give the exercise a title.');
    fireEvent.click(screen.getByRole('button', { name: 'Record the outcomes' }));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'Test messageReaches',
      '1. notas-app · notas.compras.filialcompras, filial',
      '2. notas-app · notas.compras.matrizcompras',
      '3. notas-app · notas.vendas.filialfilial',
    ]);
    // The starting point: the filial binding broken.
    act(() => editor.getState().updateEdge('e2', { key: 'notas.compras.filial' }));
    fireEvent.click(screen.getByRole('button', { name: 'Use the canvas as the start' }));
    expect(screen.getByText('Start recorded: 6 nodes and 5 connections.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Filial' } });
    fireEvent.change(screen.getByLabelText('Goal, in your words'), {
      target: { value: 'Branch notes must reach `filial`.' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Exchange notas' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
    const url = screen.getByLabelText<HTMLInputElement>('Exercise link', {
      selector: 'input[readonly]',
    }).value;
    expect(url).toMatch(/#x1\./);
    const decoded = decodeExerciseFromHash(url);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
    expect(decoded.document.locked).toEqual({ nodes: ['n2'], edges: [] });
    expect(decoded.exercise.goal).toEqual({ text: 'Branch notes must reach `filial`.' });

    fireEvent.click(screen.getByRole('button', { name: 'Try it as a student' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open the exercise' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Filial' })).toBeTruthy();
    expect(screen.getByText('From your instructor')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check my solution' }));
    expect(feedbackLines()).toEqual([
      'notas.vendas.filial reached no queue (no binding matched it); it should reach filial.',
    ]);
  });

  it('a pasted link opens the instructor’s exercise and lists it above the catalogue', () => {
    const ex = CATALOGUE.find((e) => e.id === 'priority')!;
    const hash = encodeExerciseToHash({
      title: 'Mine',
      goal: 'Do it',
      level: 'hard',
      hints: [],
      start: ex.start,
      locked: ex.locked,
      check: ex.check,
    });
    const { editor } = setup();
    fireEvent.click(screen.getByText('Open an exercise link'));
    fireEvent.change(screen.getByLabelText('Exercise link'), {
      target: { value: `https://example.org/${hash}` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(editor.getState().doc).toEqual(ex.start);
    fireEvent.click(screen.getByRole('button', { name: /All exercises/ }));
    const mine = screen.getByRole('region', { name: 'From your instructor' });
    expect(within(mine).getByText('Mine')).toBeTruthy();
  });
});

describe('opening an exercise link at boot (openExerciseLink)', () => {
  const hash = () => {
    const ex = CATALOGUE.find((e) => e.id === 'priority')!;
    return encodeExerciseToHash({
      title: 'Mine',
      goal: 'Do it',
      level: 'hard',
      hints: [],
      start: ex.start,
      locked: ex.locked,
      check: ex.check,
    });
  };

  it('asks before replacing the student’s work, in the Exercises panel', () => {
    const editor = createEditorStore(notesTopicScenario());
    const ui = createUiStore();
    const session = createSession(editor, {});
    setSessionFor(editor, session);
    editor.getState().updateEdge('e2', { key: 'mine.#' });
    const mine = editor.getState().doc;
    expect(openExerciseLink(editor, ui, hash())).toEqual({ ok: true });
    expect(ui.getState().panel).toBe('exercises');
    expect(session.getState().pending?.title).toEqual({ text: 'Mine' });
    expect(editor.getState().doc).toBe(mine);
  });

  it('opens at once on an untouched canvas; a broken link changes nothing', () => {
    const editor = createEditorStore(notesTopicScenario());
    const ui = createUiStore();
    setSessionFor(editor, createSession(editor, {}));
    const before = editor.getState().doc;
    expect(openExerciseLink(editor, ui, '#x1.AAAA')).toMatchObject({
      ok: false,
      error: { code: 'truncated' },
    });
    expect(editor.getState().doc).toBe(before);
    expect(ui.getState().panel).toBeNull();
    expect(openExerciseLink(editor, ui, hash())).toEqual({ ok: true });
    expect(editor.getState().doc.title).toBe('priority');
  });
});
