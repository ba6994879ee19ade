import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LAB_PRESETS } from '../../../engine/integration';
import { renderWhy } from '../test/harness';

afterEach(cleanup);

const fig = (style: string, name: string) =>
  screen.getByTestId(`why-fig-${style}-${name}`).textContent ?? '';
const num = (style: string, name: string) => Number(fig(style, name).replace(/[^\d]/g, ''));
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

describe('the lab screen', () => {
  it('shows the four styles side by side, paused at 0:00', () => {
    renderWhy();
    for (const name of ['REST call', 'Shared database', 'File transfer', 'Message broker'])
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    expect(screen.getByTestId('why-time').textContent).toBe('0:00.0');
    expect(screen.getByRole('button', { name: /Play/ })).toBeTruthy();
  });

  it('fast-forward and step move simulated time and the figures follow', () => {
    const { lab } = renderWhy();
    click(/\+10 s/);
    expect(screen.getByTestId('why-time').textContent).toBe('0:10.0');
    expect(num('broker', 'sent')).toBe(lab.getState().session.metrics().broker.sent);
    expect(num('broker', 'sent')).toBeGreaterThan(5);
    const before = lab.getState().session.now;
    click(/Step/);
    expect(lab.getState().session.now).toBeGreaterThan(before);
  });

  it('B down for 30 s: REST fails while the broker queues, then the broker drains with nothing lost', () => {
    const { lab } = renderWhy();
    click('B down for 30 s');
    expect(screen.getByTestId('why-b-state').textContent).toBe('B is down: back in 30 s');
    for (let i = 0; i < 3; i++) click(/\+10 s/);
    expect(num('rest', 'failed')).toBeGreaterThan(10);
    expect(num('broker', 'backlog')).toBeGreaterThan(40);
    expect(num('broker', 'lost') + num('broker', 'failed')).toBe(0);
    expect(screen.getByTestId('why-b-state').textContent).toBe('B is up');
    for (let i = 0; i < 3; i++) click(/\+10 s/);
    expect(num('broker', 'backlog')).toBe(0);
    expect(num('broker', 'lost') + num('broker', 'failed')).toBe(0);
    expect(lab.getState().metrics.broker.completed).toBeGreaterThan(100);
  });

  it('each control reaches the engine', () => {
    const { lab } = renderWhy();
    const codes = () =>
      lab
        .getState()
        .session.feed('all')
        .map((e) => e.code);
    click('Take B down');
    expect(lab.getState().session.controls().bDown).toBe(true);
    click('Bring B back');
    expect(codes().filter((c) => c === 'b-up')).toHaveLength(4);
    fireEvent.change(screen.getByLabelText('B speed'), { target: { value: '0.25' } });
    expect(
      lab
        .getState()
        .session.feed('all')
        .find((e) => e.code === 'b-speed-changed')?.params,
    ).toEqual({ factor: 0.25 });
    fireEvent.change(screen.getByLabelText('B instances'), { target: { value: '3' } });
    expect(
      lab
        .getState()
        .session.feed('all')
        .find((e) => e.code === 'b-instances-changed')?.params,
    ).toEqual({ count: 3 });
    fireEvent.change(screen.getByLabelText('Load'), { target: { value: '5' } });
    expect(lab.getState().controls.loadMultiplier).toBe(5);
    fireEvent.change(screen.getByLabelText('Orders in a burst'), { target: { value: '50' } });
    click('Burst of 50');
    expect(num('broker', 'sent')).toBe(50);
    click('Crash a B instance');
    expect(codes()).toContain('b-crashed');
    click('A changes the table schema');
    expect(codes()).toContain('db-schema-changed');
    click('Redeploy B for the new schema');
    expect(codes()).toContain('db-schema-fixed');
  });

  it('the feed explains what happened in words, key moments first', () => {
    renderWhy();
    click('B down for 30 s');
    click(/\+10 s/);
    const feed = within(screen.getByTestId('why-feed'));
    expect(
      feed.getAllByText(/^Timeout: A waited 2 s for order #\d+ \(attempt \d\) and got no answer$/)
        .length,
    ).toBeGreaterThan(0);
    expect(feed.getByText('B goes down')).toBeTruthy();
    expect(feed.getAllByText('Every style').length).toBeGreaterThan(0);
    expect(screen.getByTestId('why-feed').textContent).not.toMatch(/A sends order #/);
    click('Every event');
    expect(screen.getByTestId('why-feed').textContent).toMatch(/A sends order #/);
  });

  it('choosing styles restarts the free lab with only those', () => {
    renderWhy();
    click(/Shared database/);
    click(/File transfer/);
    expect(screen.queryByRole('heading', { name: 'Shared database' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'REST call' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Message broker' })).toBeTruthy();
  });

  it.each(LAB_PRESETS.map((p) => [p.id]))('preset %s opens in one click with its story', (id) => {
    const { lab } = renderWhy();
    click(/Presets/);
    const dialog = screen.getByRole('dialog');
    fireEvent.click(dialog.querySelector(`[data-preset="${id}"]`)!);
    expect(lab.getState().session.setup.presetId).toBe(id);
    const title = screen.getByTestId('why-story-title').textContent ?? '';
    expect(title.length).toBeGreaterThan(5);
    expect(title).not.toMatch(/why\./);
    expect(screen.getByText('Try:')).toBeTruthy();
  });

  it('a preset plays to its end and stops there once', () => {
    const { lab } = renderWhy();
    act(() => lab.getState().load({ ...presetOf('problem-communication-failure') }));
    act(() => lab.getState().play());
    act(() => lab.getState().advance(200_000));
    expect(screen.getByText(/This is where the story ends/)).toBeTruthy();
    expect(lab.getState().session.now).toBe(120_000);
  });

  it('speaks Portuguese', () => {
    renderWhy({ lang: 'pt-BR' });
    expect(screen.getByRole('heading', { name: 'Broker de mensageria' })).toBeTruthy();
    click('B fora por 30 s');
    click(/\+10 s/);
    expect(screen.getByTestId('why-feed').textContent).toMatch(
      /Timeout: A esperou 2 s pelo pedido #\d+/,
    );
    expect(screen.getAllByText('Com falha', { selector: 'dt' })).toHaveLength(4);
  });
});

function presetOf(id: string) {
  const p = LAB_PRESETS.find((x) => x.id === id)!;
  return { kind: 'preset' as const, presetId: p.id, config: p.config, durationMs: p.durationMs };
}
