import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorContext, PrefsContext, SimContext } from '../../app/context';
import type { Language } from '../../i18n/translate';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { Scenario } from '../../scenario/types';
import { createEditorStore } from '../../store/editor';
import { createPrefsStore } from '../../store/prefs';
import { createSimStore } from '../../store/sim';
import { EventLog } from './EventLog';
import { MessageDetailsHost } from './MessageDetailsHost';

afterEach(cleanup);

/** Renders the log after `ms` of simulated time; resolves once its rows (a lazy chunk) are shown. */
async function setup(doc: Scenario = notesTopicScenario(), ms = 6_000, lang: Language = 'en') {
  const prefs = createPrefsStore(undefined, { lang, theme: 'light' });
  const editor = createEditorStore(doc);
  const sim = createSimStore(doc);
  act(() => sim.store.getState().fastForward(ms));
  render(
    <PrefsContext.Provider value={prefs}>
      <EditorContext.Provider value={editor}>
        <SimContext.Provider value={sim}>
          <MessageDetailsHost />
          <EventLog />
        </SimContext.Provider>
      </EditorContext.Provider>
    </PrefsContext.Provider>,
  );
  await screen.findAllByRole('treeitem');
  return sim.store;
}

const rows = () => screen.getAllByRole('treeitem');
const texts = () => rows().map((r) => r.textContent ?? '');

describe('EventLog', () => {
  it('says "nothing yet" before play (the setup entries are hidden by default), and "no match" for a search that finds nothing', () => {
    const prefs = createPrefsStore(undefined, { lang: 'en', theme: 'light' });
    const doc = notesTopicScenario();
    const sim = createSimStore(doc);
    expect(sim.store.getState().log.length).toBeGreaterThan(0);
    render(
      <PrefsContext.Provider value={prefs}>
        <EditorContext.Provider value={createEditorStore(doc)}>
          <SimContext.Provider value={sim}>
            <EventLog />
          </SimContext.Provider>
        </EditorContext.Provider>
      </PrefsContext.Provider>,
    );
    expect(screen.getByText('Nothing yet. Press play and every step will be explained here.')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'no-such-thing' } });
    expect(screen.getByText('No event matches the filters.')).toBeTruthy();
  });

  it('shows real entries, explained, newest at the bottom', async () => {
    await setup();
    const all = texts();
    expect(all.some((t) => t.includes('notas.compras.filial routed to filial, compras'))).toBe(true);
    expect(all.some((t) => t.includes('ack for delivery tag'))).toBe(true);
    expect(all.some((t) => t.includes('Delivered from filial to filial-worker'))).toBe(true);
    const times = rows().map((r) => r.querySelector('.bl-log-time')!.textContent);
    expect([...times].sort()).toEqual(times);
  });

  it('filters by kind and by text', async () => {
    await setup();
    const total = rows().length;
    fireEvent.click(screen.getByRole('button', { name: 'Routing' }));
    expect(rows().length).toBeLessThan(total);
    expect(texts().some((t) => t.includes('routed to'))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Routing' }));
    expect(screen.getByRole('button', { name: 'Routing' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'notas.vendas.filial' } });
    const found = texts();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((t) => !t.includes('notas.compras.matriz'))).toBe(true);
    expect(found.some((t) => t.includes('notas.vendas.filial routed to filial'))).toBe(true);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'no-such-thing' } });
    expect(screen.queryAllByRole('treeitem')).toHaveLength(0);
    expect(screen.getByText('No event matches the filters.')).toBeTruthy();
  });

  it('selecting a row selects its message and shows why; the details panel follows its journey', async () => {
    const store = await setup();
    const row = rows().find((r) => r.textContent.includes('notas.compras.filial routed to'))!;
    fireEvent.click(row);
    expect(store.getState().selectedMessage).toBe(1);
    expect(row.getAttribute('aria-expanded')).toBe('true');
    // The routing "why" loads on first use.
    await waitFor(() => expect(row.textContent).toContain('notas.compras.filial matches notas.*.filial: notas = notas, * takes compras, filial = filial'));
    // So does every other "why" (one load serves all): a delivery says what kind of delivery it was.
    const delivered = rows().find((r) => r.textContent.includes('Delivered from filial to filial-worker'))!;
    expect(delivered.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(delivered);
    await waitFor(() => expect(delivered.textContent).toContain('First delivery (redelivered=false).'));

    const details = await screen.findByRole('complementary', { name: 'Message #1' });
    expect(within(details).getByText('Journey')).toBeTruthy();
    expect(details.textContent).toContain('Published notas.compras.filial to exchange notas');
    expect(details.textContent).toContain('"nota": 1');
    fireEvent.click(within(details).getByRole('button', { name: 'Close the message details' }));
    expect(store.getState().selectedMessage).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('is operable from the keyboard', async () => {
    const store = await setup();
    const list = screen.getByRole('tree');
    fireEvent.keyDown(list, { key: 'End' });
    const active = list.getAttribute('aria-activedescendant')!;
    expect(active).toBe(rows()[rows().length - 1].id);
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    const id = list.getAttribute('aria-activedescendant')!;
    expect(id).toBe(rows()[2].id);
    fireEvent.keyDown(list, { key: ' ' });
    expect(document.getElementById(id)!.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(store.getState().selectedMessage).not.toBeNull();
  });

  it('speaks Portuguese', async () => {
    await setup(notesTopicScenario(), 6_000, 'pt-BR');
    expect(texts().some((t) => t.includes('notas.compras.filial roteada para filial, compras'))).toBe(true);
    expect(screen.getByRole('button', { name: 'Roteamento' })).toBeTruthy();
  });

  it('renders at most a window of rows however long the log is', async () => {
    await setup(notesTopicScenario(), 120_000);
    expect(rows().length).toBeLessThanOrEqual(200);
    expect(screen.getByRole('button', { name: /^Show \d+ earlier events$/ })).toBeTruthy();
  });
});

describe('MessageDetails', () => {
  it('shows x-death as a table for a dead-lettered copy, and links it to the original', async () => {
    const base = notesTopicScenario();
    // filial rejects everything; its dead letters go back through notas as notas.compras.dead (-> compras).
    const doc: Scenario = {
      ...base,
      nodes: base.nodes.map((n) => {
        if (n.kind === 'queue' && n.name === 'filial') return { ...n, args: { deadLetterExchange: 'notas', deadLetterRoutingKey: 'notas.compras.dead' } };
        if (n.kind === 'consumer' && n.id === 'n5') return { ...n, action: { kind: 'reject', requeue: false } };
        return n;
      }),
    };
    const store = await setup(doc, 8_000);
    const dl = rows().find((r) => r.textContent.includes('Dead-lettered from filial (rejected) to exchange notas'))!;
    expect(dl).toBeTruthy();
    fireEvent.click(dl);
    const original = store.getState().selectedMessage!;
    await screen.findByRole('complementary'); // the drawer's code loads on the first selection
    const details = () => screen.getByRole('complementary');
    const copyLink = within(details()).getByRole('button', { name: /^dead-lettered copy #\d+$/ });
    expect(details().textContent).toContain('It is published again with routing key notas.compras.dead');
    fireEvent.click(copyLink);
    const copy = store.getState().selectedMessage!;
    expect(copy).not.toBe(original);
    const table = within(details()).getByTestId('x-death');
    const cells = within(table)
      .getAllByRole('row')
      .map((r) => within(r).queryAllByRole('cell').map((c) => c.textContent));
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['count', 'reason', 'queue', 'exchange', 'routing keys']);
    expect(cells.filter((c) => c.length > 0)).toEqual([['1', 'rejected', 'filial', 'notas', expect.stringMatching(/^notas\.\w+\.filial$/)]]);
    // The other headers are listed too, and the journey covers both the original and the copy.
    expect(details().textContent).toContain('x-first-death-reason');
    expect(details().textContent).toContain(`copy of #${original}, dead-lettered`);
    expect(details().textContent).toContain('Dead-lettered from filial (rejected)');
  });
});
