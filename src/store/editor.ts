import { createStore } from 'zustand/vanilla';
import { connect, type ConnectRefusal } from '../scenario/connect';
import { emptyScenario, newNode, uniqueName } from '../scenario/defaults';
import type {
  ExchangeType,
  NodeKind,
  Position,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
} from '../scenario/types';
import { maxIdNumber, movedNodes, stepHistory, withoutSelection } from './graph-edits';
import { record, type History } from './history';

export interface Selection {
  nodes: string[];
  edges: string[];
}

interface Clipboard {
  nodes: ScenarioNode[];
  edges: ScenarioEdge[];
}

export interface EditorState {
  doc: Scenario;
  selection: Selection;
  history: History<Scenario>;
  clipboard: Clipboard | null;
  /** Counter for ids; ids are never reused within a document. */
  nextId: number;
  /** The last refused connection, for a short explanation near the canvas. */
  refusal: ConnectRefusal | null;
  /** Bumped when the whole document is replaced (load, new canvas, preset): the simulation starts over. */
  generation: number;

  load: (doc: Scenario) => void;
  /** Replaces the document as one undoable edit (a new canvas, a preset): undo brings the old one back. */
  replace: (doc: Scenario) => void;
  addNode: (kind: NodeKind, position: Position, exchangeType?: ExchangeType) => string;
  updateNode: (id: string, patch: Partial<ScenarioNode>) => void;
  moveNodes: (moves: ReadonlyArray<{ id: string; position: Position }>) => void;
  connect: (source: string, target: string) => string | null;
  updateEdge: (id: string, patch: Partial<ScenarioEdge>) => void;
  select: (selection: Selection) => void;
  deleteSelection: () => void;
  copySelection: () => void;
  paste: () => void;
  undo: () => void;
  redo: () => void;
  clearRefusal: () => void;
}

function renameExchangeRefs(n: ScenarioNode, from: string, to: string): ScenarioNode {
  if (n.kind === 'exchange' && n.alternateExchange === from && from !== '') return { ...n, alternateExchange: to };
  if (n.kind === 'queue' && n.args.deadLetterExchange === from && from !== '')
    return { ...n, args: { ...n.args, deadLetterExchange: to } };
  return n;
}


export function createEditorStore(initial: Scenario = emptyScenario()) {
  return createStore<EditorState>()((set, get) => {
    /** Every edit goes through here: one undo step per call. */
    const commit = (doc: Scenario, extra: Partial<EditorState> = {}) => {
      const { doc: previous, history } = get();
      if (doc === previous) return;
      set({ doc, history: record(history, previous), ...extra });
    };
    const takeId = (prefix: string) => {
      const n = get().nextId;
      set({ nextId: n + 1 });
      return `${prefix}${n}`;
    };

    return {
      doc: initial,
      selection: { nodes: [], edges: [] },
      history: { past: [], future: [] },
      clipboard: null,
      nextId: maxIdNumber(initial) + 1,
      refusal: null,
      generation: 0,

      load: (doc) =>
        set({
          generation: get().generation + 1,
          doc,
          selection: { nodes: [], edges: [] },
          history: { past: [], future: [] },
          nextId: maxIdNumber(doc) + 1,
          refusal: null,
        }),

      replace: (doc) => {
        commit(doc, {
          selection: { nodes: [], edges: [] },
          refusal: null,
          nextId: Math.max(get().nextId, maxIdNumber(doc) + 1),
          generation: get().generation + 1,
        });
      },

      addNode: (kind, position, exchangeType) => {
        const id = takeId('n');
        const { doc } = get();
        const node = newNode(kind, id, position, doc.nodes, exchangeType);
        commit({ ...doc, nodes: [...doc.nodes, node] }, { selection: { nodes: [id], edges: [] } });
        return id;
      },

      updateNode: (id, patch) => {
        const { doc } = get();
        const before = doc.nodes.find((n) => n.id === id);
        let nodes = doc.nodes.map((n) => (n.id === id ? ({ ...n, ...patch, id, kind: n.kind } as ScenarioNode) : n));
        const after = nodes.find((n) => n.id === id);
        // Renaming an exchange renames the references to it (alternate exchange, dead-letter
        // exchange) in the same undo step, so nothing is left pointing at a name that is gone.
        if (before?.kind === 'exchange' && after?.kind === 'exchange' && before.name !== after.name)
          nodes = nodes.map((n) => renameExchangeRefs(n, before.name, after.name));
        commit({ ...doc, nodes });
      },

      moveNodes: (moves) => {
        const moved = movedNodes(get().doc, moves);
        if (moved) commit(moved);
      },

      connect: (source, target) => {
        const { doc } = get();
        const result = connect(doc, source, target);
        if (!result.ok) {
          set({ refusal: result.reason });
          return null;
        }
        const id = takeId('e');
        commit(
          { ...doc, edges: [...doc.edges, { ...result.edge, id }] },
          { refusal: null, selection: { nodes: [], edges: [id] } },
        );
        return id;
      },

      updateEdge: (id, patch) => {
        const { doc } = get();
        commit({
          ...doc,
          edges: doc.edges.map((e) =>
            e.id === id ? ({ ...e, ...patch, id, kind: e.kind, source: e.source, target: e.target } as ScenarioEdge) : e,
          ),
        });
      },

      select: (selection) => set({ selection }),

      deleteSelection: () => {
        const { doc, selection } = get();
        const next = withoutSelection(doc, selection);
        if (next) commit(next, { selection: { nodes: [], edges: [] } });
      },

      copySelection: () => {
        const { doc, selection } = get();
        const ids = new Set(selection.nodes);
        if (ids.size === 0) return;
        set({
          clipboard: {
            nodes: doc.nodes.filter((n) => ids.has(n.id)),
            // Only edges with both ends copied come along.
            edges: doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
          },
        });
      },

      paste: () => {
        const { clipboard } = get();
        if (!clipboard) return;
        let { doc } = get();
        const idMap = new Map<string, string>();
        const nodes: ScenarioNode[] = [];
        for (const n of clipboard.nodes) {
          const id = takeId('n');
          idMap.set(n.id, id);
          const taken = [...doc.nodes, ...nodes].filter((m) => m.kind === n.kind).map((m) => m.name);
          nodes.push({ ...n, id, name: uniqueName(n.name, taken), position: { x: n.position.x + 40, y: n.position.y + 40 } });
        }
        const edges = clipboard.edges.map((e) => ({
          ...e,
          id: takeId('e'),
          source: idMap.get(e.source)!,
          target: idMap.get(e.target)!,
        }));
        doc = get().doc;
        commit(
          { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] },
          { selection: { nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) } },
        );
      },

      undo: () => {
        const step = stepHistory(get(), 'undo');
        if (step) set({ ...step, selection: { nodes: [], edges: [] } });
      },

      redo: () => {
        const step = stepHistory(get(), 'redo');
        if (step) set({ ...step, selection: { nodes: [], edges: [] } });
      },

      clearRefusal: () => set({ refusal: null }),
    };
  });
}

export type EditorStore = ReturnType<typeof createEditorStore>;
