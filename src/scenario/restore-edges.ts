// Reads the edges of an untrusted document. An edge that is broken, points at a missing node or
// means nothing in AMQP (connect.ts decides) is dropped with a warning; the rest of the document
// still loads, since a lost link is easy to redraw and a refused file is not.

import { connect } from './connect';
import { LIMITS, VALUE_LIMITS } from './restore-limits';
import type { IssueCode, IssueParams } from './restore-issues';
import { field, isRecord, join, readEnum, readHeaders, readString, report, type Sink } from './restore-values';
import type { EdgeKind, ScenarioEdge, ScenarioNode } from './types';

const EDGE_KINDS: readonly EdgeKind[] = ['publish', 'binding', 'subscription'];

const validId = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value.length <= LIMITS.idChars;

export function readEdges(items: readonly unknown[], nodes: readonly ScenarioNode[], warnings: Sink): ScenarioEdge[] {
  const nodesById = new Map(nodes.map((n) => [n.id, n]));
  // Ids written in the file are kept where possible; generated ones must not take them.
  const written = new Set<string>();
  for (const item of items) {
    const id = isRecord(item) ? field(item, 'id') : undefined;
    if (validId(id)) written.add(id);
  }
  const used = new Set<string>();
  let counter = 1;
  const freshId = (): string => {
    while (written.has(`e${counter}`) || used.has(`e${counter}`)) counter++;
    return `e${counter++}`;
  };

  const publishing = new Set<string>(); // producers that already publish somewhere
  const subscribed = new Set<string>(); // consumers that already read a queue
  const bindings = new Set<string>(); // source, target, key and arguments of each binding
  const out: ScenarioEdge[] = [];

  items.forEach((item, i) => {
    const path = join('edges', i);
    const drop = (code: IssueCode, params?: IssueParams) => report(warnings, code, path, params);
    if (!isRecord(item)) return drop('edge.not-object');

    const kindValue = field(item, 'kind');
    const kind = EDGE_KINDS.find((k) => k === kindValue);
    if (kind === undefined) return drop('edge.kind.unknown', { kind: typeof kindValue === 'string' ? kindValue : '' });

    const sourceId = field(item, 'source');
    const targetId = field(item, 'target');
    const source = typeof sourceId === 'string' ? nodesById.get(sourceId) : undefined;
    const target = typeof targetId === 'string' ? nodesById.get(targetId) : undefined;
    if (!source) return drop('edge.missing-node', { node: typeof sourceId === 'string' ? sourceId : '' });
    if (!target) return drop('edge.missing-node', { node: typeof targetId === 'string' ? targetId : '' });
    if (source.id === target.id) return drop('edge.same-node');

    // What connecting these two nodes means in the editor, whatever else is on the canvas.
    const meaning = connect({ version: 1, mode: 'amqp', title: '', nodes: [source, target], edges: [], playback: { speed: 1 } }, source.id, target.id);
    if (!meaning.ok || meaning.edge.kind !== kind) return drop('edge.wrong-kinds', { kind, from: source.kind, to: target.kind });

    let edge: ScenarioEdge;
    const id = field(item, 'id');
    const idOk = validId(id) && !used.has(id);
    switch (kind) {
      case 'publish':
        if (publishing.has(source.id)) return drop('edge.producer-has-target');
        edge = { id: '', kind, source: source.id, target: target.id };
        break;
      case 'subscription':
        if (subscribed.has(target.id)) return drop('edge.consumer-has-queue');
        edge = { id: '', kind, source: source.id, target: target.id };
        break;
      case 'binding': {
        const local: Sink = [];
        const key = readString(local, field(item, 'key'), join(path, 'key'), '', LIMITS.shortString);
        const xMatch = readEnum(local, field(item, 'xMatch'), join(path, 'xMatch'), 'all', ['all', 'any', 'all-with-x', 'any-with-x']);
        const args = readHeaders(local, field(item, 'args'), join(path, 'args'), VALUE_LIMITS);
        if (local.length > 0) {
          warnings.push(...local);
          return drop('edge.dropped');
        }
        // RabbitMQ identifies a binding by source, destination, key and arguments.
        const identity = JSON.stringify([source.id, target.id, key, xMatch, args]);
        if (bindings.has(identity)) return drop('edge.duplicate-binding');
        bindings.add(identity);
        edge = { id: '', kind, source: source.id, target: target.id, key, xMatch, args };
        break;
      }
    }
    if (kind === 'publish') publishing.add(source.id);
    if (kind === 'subscription') subscribed.add(target.id);
    if (idOk) edge.id = id;
    else {
      edge.id = freshId();
      if (id !== undefined) drop(validId(id) ? 'edge.id.duplicate' : 'edge.id.invalid', { id: edge.id });
    }
    used.add(edge.id);
    out.push(edge);
  });
  return out;
}
