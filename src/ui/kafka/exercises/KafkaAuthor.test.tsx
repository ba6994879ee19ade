import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KAFKA_EXERCISES } from '../../../exercises/kafka/catalogue';
import { decodeKafkaExerciseFromHash, encodeKafkaExerciseToHash } from '../../../exercises/kafka/link';
import { openKafkaLink } from '../session';
import { createKafkaEditorStore } from '../store/editor';
import { renderKafka } from '../test-harness';
import { createKafkaExerciseStore, KAFKA_AUTHOR_KEY, startKafkaExercise } from './store';

afterEach(cleanup);

const noIdle = KAFKA_EXERCISES.find((e) => e.id === 'no-idle')!;

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

const type = (label: string, value: string) => {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
};

describe('writing a Kafka exercise (instructor mode)', () => {
  it('keeps a solution, measures it, keeps a start, and makes a #kx1. link a student can solve', () => {
    const { editor } = renderKafka(noIdle.solve(noIdle.start()));
    fireEvent.click(screen.getByRole('button', { name: 'Exercises' }));
    fireEvent.click(screen.getByText('Write an exercise (for instructors)'));
    fireEvent.click(screen.getByRole('button', { name: 'Use the canvas as the solution' }));
    expect(screen.getByText('Solution kept (4 nodes).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Measure the solution' }));
    const expected = within(screen.getByRole('list', { name: '3. What the check expects' }));
    const idle = expected.getByRole('checkbox', { name: /No consumer of workers is idle \(0 idle\)/ });
    expect((idle as HTMLInputElement).checked).toBe(true);
    // The instructor drops one line: it is not part of the check any more.
    const records = expected.getByRole('checkbox', { name: /records reach tasks/ });
    fireEvent.click(records);
    expect((records as HTMLInputElement).checked).toBe(false);

    act(() => editor.getState().replace(noIdle.start()));
    fireEvent.click(screen.getByRole('button', { name: 'Use the canvas as the starting point' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Consumer group workers' }));
    type('Title', 'Four busy workers');
    type('Goal', 'Keep the four consumers of `workers` busy.');
    type('Hints', 'Count the partitions.\nA partition goes to one consumer.');
    fireEvent.click(screen.getByRole('button', { name: 'Make the link' }));
    const url = screen.getByLabelText<HTMLTextAreaElement>('Link to this exercise').value;
    const link = decodeKafkaExerciseFromHash(url);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.document).toMatchObject({ title: 'Four busy workers', hints: ['Count the partitions.', 'A partition goes to one consumer.'], start: noIdle.start() });
    expect(link.document.check.expect).toContainEqual({ kind: 'no-idle', group: 'workers' });
    expect(link.document.check.expect.some((e) => e.kind === 'records')).toBe(false);
    const workers = noIdle.start().nodes.find((n) => n.name === 'workers')!;
    expect(link.document.locked).toEqual([workers.id]);
    expect(screen.queryByText(/already passes/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Try it as a student' }));
    const linked = screen.getByRole('region', { name: 'Four busy workers' });
    expect(linked.textContent).toContain('Keep the four consumers of workers busy.');
    fireEvent.click(within(linked).getByRole('button', { name: 'Show a hint (1 of 2)' }));
    expect(linked.textContent).toContain('Count the partitions.');
    expect(linked.textContent).toContain('Given by the exercise (locked: move them, but do not change or delete them): workers');
    // The locked group cannot lose a consumer; the topic is the student's to change.
    act(() => editor.getState().updateNode(workers.id, { consumers: [] }));
    expect(editor.getState().doc.nodes.find((n) => n.id === workers.id)).toEqual(workers);
    expect(screen.getByText('The exercise locked this part: you can move it, not change or delete it.')).toBeTruthy();
    fireEvent.click(within(linked).getByRole('button', { name: 'Check' }));
    expect(within(linked).getByRole('status').textContent).toMatch(/Not yet:.*not met: No consumer of workers is idle \(2 idle\)/);
    act(() => editor.getState().replace(noIdle.solve(editor.getState().doc)));
    fireEvent.click(within(linked).getByRole('button', { name: 'Check' }));
    expect(within(linked).getByRole('status').textContent).toMatch(/^Solved!/);
  });

  it('says what is still missing before it makes a link, in Portuguese too', () => {
    renderKafka(noIdle.start(), 'pt-BR');
    fireEvent.click(screen.getByRole('button', { name: 'Exercícios' }));
    fireEvent.click(screen.getByText('Escrever um exercício (para professores)'));
    fireEvent.click(screen.getByRole('button', { name: 'Gerar o link' }));
    const alert = screen.getByRole('alert').textContent ?? '';
    for (const words of ['Guarde uma solução primeiro', 'Escolha pelo menos uma coisa', 'Guarde um ponto de partida', 'Escreva um título', 'Escreva o objetivo']) expect(alert).toContain(words);
    expect(screen.queryByLabelText('Link para este exercício')).toBeNull();
    // Too long is refused in place, with the reason, and nothing is kept.
    type('Título', 'x'.repeat(201));
    expect(screen.getByLabelText('Título').getAttribute('aria-invalid')).toBe('true');
    type('Dicas', 'y'.repeat(1001));
    expect(screen.getByLabelText('Dicas').getAttribute('aria-invalid')).toBe('true');
  });

  it('warns when the starting point already passes', () => {
    const { editor } = renderKafka(noIdle.solve(noIdle.start()));
    fireEvent.click(screen.getByRole('button', { name: 'Exercises' }));
    fireEvent.click(screen.getByText('Write an exercise (for instructors)'));
    fireEvent.click(screen.getByRole('button', { name: 'Use the canvas as the solution' }));
    fireEvent.click(screen.getByRole('button', { name: 'Measure the solution' }));
    fireEvent.click(screen.getByRole('button', { name: 'Use the canvas as the starting point' }));
    type('Title', 'Nothing to do');
    type('Goal', 'Already solved.');
    fireEvent.click(screen.getByRole('button', { name: 'Make the link' }));
    expect(screen.getByText(/the starting point already passes this check/)).toBeTruthy();
    expect(editor.getState().doc.nodes.length).toBe(4);
  });
});

describe('a built-in Kafka exercise', () => {
  it('gives a link for students, in the language on screen, that holds the same exercise', () => {
    renderKafka(noIdle.start(), 'pt-BR');
    fireEvent.click(screen.getByRole('button', { name: 'Exercícios' }));
    fireEvent.click(screen.getByRole('button', { name: 'Coloque todos os consumidores para trabalhar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Link para os alunos' }));
    const link = decodeKafkaExerciseFromHash(screen.getByLabelText<HTMLTextAreaElement>('Link para este exercício').value);
    expect(link.ok && link.document).toMatchObject({ title: 'Coloque todos os consumidores para trabalhar', start: noIdle.start(), check: noIdle.spec });
  });
});

describe('the goal bar of an exercise from a link', () => {
  it('shows the exercise above the canvas, opens its goal, and leaving it lifts the locks', () => {
    const start = noIdle.start();
    const topic = start.nodes.find((n) => n.kind === 'topic')!;
    const editor = createKafkaEditorStore(KAFKA_EXERCISES[0].start());
    const exercises = createKafkaExerciseStore();
    startKafkaExercise(editor, exercises, { id: 'link-00000000', document: { title: 'Busy `workers`', goal: 'Make them busy.', level: 'easy', hints: [], start, locked: [topic.id], check: noIdle.spec } });
    renderKafka(start, 'pt-BR', { editor, exercises });
    const bar = screen.getByRole('region', { name: 'Exercício em andamento' });
    expect(bar.textContent).toContain('Exercício: Busy workers');
    fireEvent.click(within(bar).getByRole('button', { name: 'Objetivo e conferência' }));
    expect(screen.getByRole('region', { name: 'Busy workers' }).textContent).toContain('Make them busy.');
    act(() => editor.getState().updateNode(topic.id, { name: 'renamed' }));
    expect(editor.getState().doc.nodes.find((n) => n.id === topic.id)?.name).toBe(topic.name);
    // The sheet offers the way out too (on a small screen it covers the bar's end).
    expect(within(screen.getByRole('region', { name: 'Busy workers' })).getByRole('button', { name: 'Sair do exercício' })).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: 'Sair do exercício' }));
    expect(screen.queryByRole('region', { name: 'Exercício em andamento' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Busy workers' })).toBeNull();
    act(() => editor.getState().updateNode(topic.id, { name: 'renamed' }));
    expect(editor.getState().doc.nodes.find((n) => n.id === topic.id)?.name).toBe('renamed');
  });
});

describe('the instructor’s draft', () => {
  it('is saved in the browser and comes back; a damaged one is dropped part by part', () => {
    const storage = memoryStorage();
    const first = createKafkaExerciseStore(storage);
    first.getState().updateAuthor({ title: 'Saved', solution: noIdle.start(), expect: [{ kind: 'no-idle', group: 'workers' }] });
    const again = createKafkaExerciseStore(storage).getState().author;
    expect(again).toMatchObject({ title: 'Saved', solution: noIdle.start(), expect: [{ kind: 'no-idle', group: 'workers' }] });

    const saved = JSON.parse(storage.map.get(KAFKA_AUTHOR_KEY) ?? '{}') as Record<string, unknown>;
    storage.map.set(KAFKA_AUTHOR_KEY, JSON.stringify({ ...saved, solution: { mode: 'amqp' }, expect: [{ kind: 'telepathy' }] }));
    const damaged = createKafkaExerciseStore(storage).getState().author;
    expect(damaged).toMatchObject({ title: 'Saved', solution: null, expect: [] });
    storage.map.set(KAFKA_AUTHOR_KEY, '{not json');
    expect(createKafkaExerciseStore(storage).getState().author.title).toBe('');
  });
});

describe('opening a Kafka exercise link', () => {
  const doc = { title: 'Busy', goal: 'Make them busy.', level: 'easy' as const, hints: [], start: noIdle.start(), locked: [], check: noIdle.spec };

  it('keeps the opened exercise and its locks across a reload', () => {
    const storage = memoryStorage();
    const editor = createKafkaEditorStore(KAFKA_EXERCISES[0].start());
    const topic = noIdle.start().nodes.find((n) => n.kind === 'topic')!;
    openKafkaLink(encodeKafkaExerciseToHash({ ...doc, locked: [topic.id] }), editor, createKafkaExerciseStore(storage));
    const again = createKafkaExerciseStore(storage).getState().linked;
    expect(again?.document).toEqual({ ...doc, locked: [topic.id] });
    expect(again?.id).toMatch(/^link-[0-9a-f]{8}$/);
    storage.map.set('brokerlab.kafka.linked.v1', '{"id":"x","document":{"format":"nope"}}');
    expect(createKafkaExerciseStore(storage).getState().linked).toBeNull();
  });

  it('loads its start (undoably) and makes it the linked exercise', () => {
    const editor = createKafkaEditorStore(KAFKA_EXERCISES[0].start());
    const exercises = createKafkaExerciseStore();
    const notice = openKafkaLink(encodeKafkaExerciseToHash(doc), editor, exercises);
    expect(notice).toEqual({ kind: 'exercise-loaded', issues: [] });
    expect(editor.getState().doc).toEqual(noIdle.start());
    expect(exercises.getState().linked?.document).toEqual(doc);
    editor.getState().undo();
    expect(editor.getState().doc).toEqual(KAFKA_EXERCISES[0].start());
  });

  it('refuses a damaged one and changes nothing', () => {
    const editor = createKafkaEditorStore(KAFKA_EXERCISES[0].start());
    const exercises = createKafkaExerciseStore();
    const notice = openKafkaLink(encodeKafkaExerciseToHash(doc).slice(0, 50), editor, exercises);
    expect(notice).toMatchObject({ kind: 'exercise-refused', error: { code: 'truncated' } });
    expect(editor.getState().doc).toEqual(KAFKA_EXERCISES[0].start());
    expect(exercises.getState().linked).toBeNull();
    expect(openKafkaLink('#s1.abc', editor, exercises)).toBeNull();
  });
});
