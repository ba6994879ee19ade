import { render, screen } from '@testing-library/react';
import { EditorContext, PrefsContext } from '../../app/context';
import { emptyScenario, newNode } from '../../scenario/defaults';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../scenario/types';
import { createEditorStore } from '../../store/editor';
import { createPrefsStore } from '../../store/prefs';
import type { Language } from '../../i18n/translate';
import { Inspector, type InspectorProps } from './Inspector';

/** A small scenario: producer -> exchange (direct) -> orders, billing; a headers exchange -> orders. */
export function smallScenario(): Scenario {
  const nodes: ScenarioNode[] = [];
  const add = (kind: ScenarioNode['kind'], id: string, patch: Partial<ScenarioNode> = {}) => {
    const node = { ...newNode(kind, id, { x: 0, y: 0 }, nodes), ...patch } as ScenarioNode;
    nodes.push(node);
  };
  add('producer', 'n1', { name: 'shop' });
  add('exchange', 'n2', { name: 'orders-x' });
  add('queue', 'n3', { name: 'orders' });
  add('queue', 'n4', { name: 'billing' });
  add('consumer', 'n5', { name: 'worker' });
  add('exchange', 'n6', { name: 'docs', type: 'headers' });
  const edges: ScenarioEdge[] = [
    { id: 'e1', kind: 'publish', source: 'n1', target: 'n2' },
    { id: 'e2', kind: 'binding', source: 'n2', target: 'n3', key: 'new', xMatch: 'all', args: [] },
    { id: 'e3', kind: 'subscription', source: 'n3', target: 'n5' },
    { id: 'e4', kind: 'binding', source: 'n6', target: 'n3', key: '', xMatch: 'all', args: [] },
  ];
  return { ...emptyScenario(), nodes, edges };
}

export async function renderInspector(
  opts: { doc?: Scenario; select?: string[]; lang?: Language } & InspectorProps = {},
) {
  const store = createEditorStore(opts.doc ?? smallScenario());
  const prefs = createPrefsStore(undefined, { lang: opts.lang ?? 'en', theme: 'light' });
  const ids = opts.select ?? [];
  const doc = store.getState().doc;
  store.getState().select({
    nodes: ids.filter((id) => doc.nodes.some((n) => n.id === id)),
    edges: ids.filter((id) => doc.edges.some((e) => e.id === id)),
  });
  const view = render(
    <PrefsContext.Provider value={prefs}>
      <EditorContext.Provider value={store}>
        <Inspector onPublish={opts.onPublish} />
      </EditorContext.Provider>
    </PrefsContext.Provider>,
  );
  // The forms load lazily (on the first selection in the app): wait until they are on screen.
  if (ids.length === 1) await screen.findByRole('heading', { level: 3 });
  const node = (id: string) => store.getState().doc.nodes.find((n) => n.id === id)!;
  const edge = (id: string) => store.getState().doc.edges.find((e) => e.id === id)!;
  return { ...view, store, prefs, node, edge };
}
