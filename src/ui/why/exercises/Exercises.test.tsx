import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../../engine/integration';
import { memoryStorage, renderWhy } from '../test/harness';
import { loadProgress, PROGRESS_KEY, type ProgressStorage } from './progress';

afterEach(cleanup);

function openExercises(opts: Parameters<typeof renderWhy>[0] = {}) {
  const r = renderWhy(opts);
  fireEvent.click(screen.getByRole('tab', { name: 'Exercises' }));
  return r;
}
const open = (id: string) => fireEvent.click(document.querySelector(`[data-exercise="${id}"]`)!);
const check = () => fireEvent.click(screen.getByRole('button', { name: /Check/ }));
const result = () => screen.getByTestId('why-ex-result');

describe('exercises the app checks', () => {
  it.each(EXERCISES.map((e) => [e.id]))('%s opens with its goal in words', (id) => {
    openExercises();
    open(id);
    const title = screen.getByTestId('why-ex-title').textContent ?? '';
    expect(title).not.toMatch(/why\./);
    const goal = document.querySelector('.why-ex-goal')?.textContent ?? '';
    expect(goal.length).toBeGreaterThan(40);
    expect(goal).not.toMatch(/[{}]/);
  });

  it('REST with two retries fails "B down, lose nothing" with specific feedback; a broker solves it and it is remembered', () => {
    const storage = memoryStorage();
    openExercises({ storage });
    open('b-down-no-loss');
    check();
    expect(result().textContent).toMatch(/Not yet/);
    expect(within(result()).getByText(/^\d+ order\(s\) failed\.$/)).toBeTruthy();
    expect(result().textContent).toMatch(/Hint: REST only works while B answers/);
    fireEvent.click(screen.getByRole('radio', { name: 'Message broker' }));
    check();
    expect(result().textContent).toMatch(/^Solved!/);
    expect(screen.getByText('1 of 5 solved')).toBeTruthy();
    expect(loadProgress(storage)['b-down-no-loss']).toMatchObject({
      solved: true,
      attempts: 2,
      kind: 'broker',
    });
  });

  it("the student's settings decide: auto-ack loses orders on crashes, manual ack passes", () => {
    openExercises();
    open('crash-no-loss');
    check();
    expect(
      within(result()).getByText('5 order(s) were lost without anyone noticing.'),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Acknowledgement'), { target: { value: 'manual' } });
    check();
    expect(result().textContent).toMatch(/^Solved!/);
  });

  it('scale to drain: one consumer leaves the burst in the queue at the deadline; four drain it', () => {
    openExercises();
    open('scale-to-drain');
    check();
    expect(
      within(result()).getByText(/^At 0:30\.0 the queue still held \d+ orders\.$/),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('B instances'), { target: { value: '4' } });
    check();
    expect(result().textContent).toMatch(/^Solved!/);
  });

  it('restores the last choice from storage and shows progress', () => {
    const storage = memoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        exercises: {
          'b-down-no-loss': {
            solved: true,
            attempts: 3,
            kind: 'shared-db',
            settings: { instances: 2 },
          },
        },
      }),
    );
    openExercises({ storage });
    expect(screen.getByText('1 of 5 solved')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Shared database' }).checked).toBe(
      true,
    );
    expect(screen.getByLabelText<HTMLInputElement>('B instances').value).toBe('2');
  });

  it('corrupt storage opens as no progress, and a full quota says progress lasts for this visit only', () => {
    const hostile: ProgressStorage = {
      getItem: () => '{not json',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    openExercises({ storage: hostile });
    expect(screen.getByText('0 of 5 solved')).toBeTruthy();
    open('crash-no-loss');
    fireEvent.change(screen.getByLabelText('Acknowledgement'), { target: { value: 'manual' } });
    check();
    expect(result().textContent).toMatch(/^Solved!/);
    expect(screen.getByRole('alert').textContent).toMatch(/could not be saved/);
    expect(screen.getByText('1 of 5 solved')).toBeTruthy();
  });

  it('"Watch this run" loads the student\'s run into the lab', () => {
    const { lab } = openExercises();
    open('crash-no-loss');
    fireEvent.click(screen.getByRole('button', { name: 'Watch this run in the lab' }));
    expect(screen.getByRole('tab', { name: 'Lab' }).getAttribute('aria-selected')).toBe('true');
    expect(lab.getState().session.setup).toMatchObject({
      kind: 'exercise',
      exerciseId: 'crash-no-loss',
    });
    expect(screen.getByTestId('why-story-title').textContent).toBe(
      'Exercise run: Consumers crash: lose nothing (Message broker)',
    );
  });
});
