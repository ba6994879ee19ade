// The Kafka editor store: the document being built, its undo history and the selection. Same
// shape as the AMQP editor (src/store/editor.ts), over the Kafka document; one undo step per edit.

import { createStore } from 'zustand/vanilla';
import { maxIdNumber, movedNodes, stepHistory, withoutSelection } from '../../../store/graph-edits';
import { record, type History } from '../../../store/history';
import { connectKafka, type KafkaConnectRefusal } from '../../../scenario/kafka/connect';
import { emptyKafkaScenario, newKafkaNode } from '../../../scenario/kafka/defaults';
import { SINGLETON_KINDS, type KafkaNode, type KafkaNodeKind, type KafkaScenario, type Position } from '../../../scenario/kafka/types';

export interface KSelection {
  nodes: string[];
  edges: string[];
}

/** Whether an edit from `before` to `after` is allowed (an exercise's locked parts); replacing the whole document is never guarded. */
export type KafkaEditGuard = (before: KafkaScenario, after: KafkaScenario) => boolean;

/** Why an edit was refused: a connection that means nothing, or a part an exercise locked. */
export type KafkaRefusalCode = KafkaConnectRefusal | 'locked';

export interface KafkaEditorState {
  doc: KafkaScenario;
  selection: KSelection;
  history: History<KafkaScenario>;
  nextId: number;
  refusal: KafkaRefusalCode | null;
  /** Set while an exercise with locked parts is open; cleared when the document is replaced. */
  guard: KafkaEditGuard | null;
  /** Bumped when the whole document is replaced (a preset, a link, New): the simulation starts over. */
  generation: number;

  load: (doc: KafkaScenario) => void;
  replace: (doc: KafkaScenario) => void;
  /** Adds a node; null when the document already holds the only one of that kind. */
  addNode: (kind: KafkaNodeKind, position: Position, variant?: 'source' | 'sink') => string | null;
  updateNode: (id: string, patch: Partial<KafkaNode>) => void;
  /** An edit of several parts at once (a node and its connection): one undo step, the simulation keeps running. */
  edit: (doc: KafkaScenario) => void;
  /** Any edit of the document as a whole (settings such as the seed or the comparison view). */
  updateDoc: (patch: Partial<Pick<KafkaScenario, 'title' | 'seed' | 'compare'>>) => void;
  moveNodes: (moves: ReadonlyArray<{ id: string; position: Position }>) => void;
  connect: (source: string, target: string) => string | null;
  select: (selection: KSelection) => void;
  deleteSelection: () => void;
  undo: () => void;
  redo: () => void;
  clearRefusal: () => void;
  setGuard: (guard: KafkaEditGuard | null) => void;
}


const NONE: KSelection = { nodes: [], edges: [] };

export function createKafkaEditorStore(initial: KafkaScenario = emptyKafkaScenario()) {
  return createStore<KafkaEditorState>()((set, get) => {
    /** Every edit goes through here: one undo step per call. An edit the guard refuses changes nothing. */
    const commit = (doc: KafkaScenario, extra: Partial<KafkaEditorState> = {}, guarded = true) => {
      const { doc: previous, history, guard } = get();
      if (doc === previous) return;
      if (guarded && guard && !guard(previous, doc)) {
        set({ refusal: 'locked' });
        return;
      }
      set({ doc, history: record(history, previous), ...extra });
    };
    const takeId = (prefix: string) => {
      const n = get().nextId;
      set({ nextId: n + 1 });
      return `${prefix}${n}`;
    };

    return {
      doc: initial,
      selection: NONE,
      history: { past: [], future: [] },
      nextId: maxIdNumber(initial) + 1,
      refusal: null,
      guard: null,
      generation: 0,

      load: (doc) => set({ generation: get().generation + 1, doc, selection: NONE, history: { past: [], future: [] }, nextId: maxIdNumber(doc) + 1, refusal: null, guard: null }),

      replace: (doc) =>
        commit(doc, { selection: NONE, refusal: null, guard: null, nextId: Math.max(get().nextId, maxIdNumber(doc) + 1), generation: get().generation + 1 }, false),

      addNode: (kind, position, variant) => {
        const { doc } = get();
        if (SINGLETON_KINDS.includes(kind) && doc.nodes.some((n) => n.kind === kind)) return null;
        const id = takeId('n');
        const node = newKafkaNode(kind, id, position, doc.nodes, variant);
        commit({ ...doc, nodes: [...doc.nodes, node] }, { selection: { nodes: [id], edges: [] } });
        return id;
      },

      updateNode: (id, patch) => {
        const { doc } = get();
        commit({ ...doc, nodes: doc.nodes.map((n) => (n.id === id ? ({ ...n, ...patch, id, kind: n.kind } as KafkaNode) : n)) });
      },

      updateDoc: (patch) => commit({ ...get().doc, ...patch }),

      edit: (doc) => commit(doc, { nextId: Math.max(get().nextId, maxIdNumber(doc) + 1) }),

      moveNodes: (moves) => {
        const moved = movedNodes(get().doc, moves);
        if (moved) commit(moved);
      },

      connect: (source, target) => {
        const { doc } = get();
        const result = connectKafka(doc, source, target);
        if (!result.ok) {
          set({ refusal: result.reason });
          return null;
        }
        const id = takeId('e');
        commit({ ...doc, edges: [...doc.edges, { ...result.edge, id }] }, { refusal: null, selection: { nodes: [], edges: [id] } });
        return get().doc.edges.some((e) => e.id === id) ? id : null;
      },

      select: (selection) => set({ selection }),

      deleteSelection: () => {
        const { doc, selection } = get();
        const next = withoutSelection(doc, selection);
        if (next) commit(next, { selection: NONE });
      },

      undo: () => {
        const step = stepHistory(get(), 'undo');
        if (step) set({ ...step, selection: NONE });
      },

      redo: () => {
        const step = stepHistory(get(), 'redo');
        if (step) set({ ...step, selection: NONE });
      },

      clearRefusal: () => set({ refusal: null }),
      setGuard: (guard) => set({ guard }),
    };
  });
}

export type KafkaEditorStore = ReturnType<typeof createKafkaEditorStore>;
