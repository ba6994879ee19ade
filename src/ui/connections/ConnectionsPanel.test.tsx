import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorContext, PrefsContext, SimContext } from '../../app/context';
import type { Language } from '../../i18n/translate';
import { notesTopicScenario } from '../../scenario/presets/notes-topic';
import type { Scenario } from '../../scenario/types';
import { createEditorStore } from '../../store/editor';
import { createPrefsStore } from '../../store/prefs';
import { createSimStore } from '../../store/sim';
import ConnectionsPanel from './ConnectionsPanel';

afterEach(cleanup);

/** notes-topic with a quiet producer (it publishes only when asked) and a manual filial-worker. */
function quietDoc(): Scenario {
  const doc = notesTopicScenario();
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.kind === 'producer'
        ? { ...n, schedule: { ...n.schedule, enabled: false, keys: [] } }
        : n.id === 'n5' && n.kind === 'consumer'
          ? { ...n, action: { kind: 'manual' as const }, processingMs: 0, prefetch: 2 }
          : n,
    ),
  };
}

function setup(lang: Language = 'en', doc: Scenario = quietDoc()) {
  const prefs = createPrefsStore(undefined, { lang, theme: 'light' });
  const editor = createEditorStore(doc);
  const sim = createSimStore(doc);
  const onClose = vi.fn();
  render(
    <PrefsContext.Provider value={prefs}>
      <EditorContext.Provider value={editor}>
        <SimContext.Provider value={sim}>
          <ConnectionsPanel id="panel" onClose={onClose} />
        </SimContext.Provider>
      </EditorContext.Provider>
    </PrefsContext.Provider>,
  );
  const run = (f: (s: ReturnType<typeof sim.store.getState>) => void) =>
    act(() => f(sim.store.getState()));
  return { sim: sim.store, run, onClose };
}

/** The card of one application, found by its heading. */
const card = (name: string) => screen.getByRole('heading', { name }).closest('li')!;
/** The row of one channel user ("producer notas-app", "consumer filial-worker"). */
const row = (app: string, user: string) => within(card(app)).getByText(user).closest('li')!;

describe('ConnectionsPanel', () => {
  it('lists each application with its connection and a channel per producer and consumer', () => {
    const { run } = setup();
    run((s) => {
      s.sim.publishNow('n1');
      s.sim.publishNow('n1');
      s.fastForward(3_000);
    });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Admin (declarations)',
      'Application app-notas',
      'Application app-filial',
      'Application app-compras',
    ]);
    expect(within(card('Application app-notas')).getByText(/^connection \d+ · open$/)).toBeTruthy();
    const producer = row('Application app-notas', 'producer notas-app');
    expect(producer.textContent).toContain('confirm mode: off');
    expect(producer.textContent).toMatch(/no\. 1 on connection \d+/);

    const consumer = row('Application app-filial', 'consumer filial-worker');
    expect(consumer.textContent).toContain('prefetch: 2 per consumer, no limit global');
    expect(consumer.textContent).toContain('2 unacked');
    expect(consumer.textContent).toMatch(/consumer tag amq\.ctag-\S+ on queue filial/);
    expect(row('Admin (declarations)', 'declarations').textContent).toContain('open');
  });

  it('closing a connection shows it closed by the application; Reconnect opens a new one', () => {
    const { run, sim } = setup();
    run((s) => {
      s.sim.publishNow('n1');
      s.fastForward(3_000);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Close the connection of app-filial' }));
    expect(
      within(card('Application app-filial')).getByText(
        /^connection \d+ · closed by the application \(200 Goodbye\)$/,
      ),
    ).toBeTruthy();
    expect(row('Application app-filial', 'consumer filial-worker').textContent).toContain(
      'closed by the application (200 Goodbye)',
    );
    // The unacked message went back to its queue, marked redelivered.
    const filial = sim.getState().snapshot.queues.find((q) => q.name === 'filial')!;
    expect(filial.ready.map((m) => m.redelivered)).toEqual([true]);

    // The button that was used is gone: the focus stays in the panel, on the application.
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Application app-filial' }),
    );
    fireEvent.click(screen.getByRole('button', { name: /^Reconnect app-filial/ }));
    expect(
      within(card('Application app-filial')).getByText(/^connection \d+ · open$/),
    ).toBeTruthy();
    expect(row('Application app-filial', 'consumer filial-worker').textContent).toMatch(
      /consumer tag amq\.ctag-/,
    );
  });

  it('shows the reply code and text of a channel the broker closed, and closes or reopens a consumer channel', () => {
    const { run } = setup();
    run((s) => {
      s.sim.publishNow('n1');
      s.fastForward(2_000);
      s.sim.deleteExchange('n2');
      s.sim.publishNow('n1');
      s.fastForward(2_000);
    });
    expect(row('Application app-notas', 'producer notas-app').textContent).toContain(
      "closed by the broker: 404 NOT_FOUND - no exchange 'notas' in vhost '/'",
    );

    fireEvent.click(
      within(row('Application app-compras', 'consumer compras-worker')).getByRole('button', {
        name: /^Close channel/,
      }),
    );
    const compras = row('Application app-compras', 'consumer compras-worker');
    expect(compras.textContent).toContain('closed by the application (200 Goodbye)');
    fireEvent.click(
      within(compras).getByRole('button', {
        name: /^Reopen a channel for consumer compras-worker/,
      }),
    );
    expect(row('Application app-compras', 'consumer compras-worker').textContent).toContain('open');
  });

  it('shows a crashed consumer as restarting, and offers no Close on it', () => {
    const { run } = setup();
    run((s) => {
      s.fastForward(1_000);
      s.sim.crashConsumer('n6');
      s.refresh();
    });
    const compras = row('Application app-compras', 'consumer compras-worker');
    expect(compras.textContent).toContain('crashed, restarting');
    expect(within(compras).queryByRole('button')).toBeNull();
  });

  it('takes the focus when it opens and closes on Escape', () => {
    const { onClose } = setup();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Connections and channels' }),
    );
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close the panel' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('speaks Brazilian Portuguese', () => {
    const { run } = setup('pt-BR');
    run((s) => {
      s.sim.publishNow('n1');
      s.fastForward(2_000);
    });
    expect(screen.getByRole('heading', { name: 'Conexões e canais' })).toBeTruthy();
    expect(within(card('Aplicação app-notas')).getByText(/^conexão \d+ · aberta$/)).toBeTruthy();
    expect(row('Aplicação app-filial', 'consumidor filial-worker').textContent).toContain(
      'prefetch: 2 por consumidor, sem limite global',
    );
    expect(screen.getByRole('button', { name: 'Fechar a conexão de app-notas' })).toBeTruthy();
  });
});
