// A small builder for preset documents: fixed ids (n1, n2 ... e1, e2 ...) so presets are stable
// across runs and tests, every node starting from the editor's defaults.

import { newConsumer, newKafkaNode } from '../defaults';
import type { KafkaEdgeKind, KafkaNode, KafkaNodeKind, KafkaScenario, KConsumer, NodeOfKind } from '../types';
import { KAFKA_SCENARIO_VERSION } from '../types';

export class DocBuilder {
  private readonly nodes: KafkaNode[] = [];
  private readonly edges: KafkaScenario['edges'] = [];

  constructor(private readonly title: string) {}

  node<K extends KafkaNodeKind>(kind: K, x: number, y: number, patch: Partial<NodeOfKind<K>> = {}, variant?: 'source' | 'sink'): NodeOfKind<K> {
    const base = newKafkaNode(kind, `n${this.nodes.length + 1}`, { x, y }, this.nodes, variant);
    // newKafkaNode returns the node of the kind asked for; the spread keeps that kind.
    const node = { ...base, ...patch, kind } as NodeOfKind<K>;
    this.nodes.push(node);
    return node;
  }

  edge(kind: KafkaEdgeKind, source: { id: string }, target: { id: string }): void {
    this.edges.push({ id: `e${this.edges.length + 1}`, kind, source: source.id, target: target.id });
  }

  build(extra: Partial<Pick<KafkaScenario, 'compare' | 'seed'>> = {}): KafkaScenario {
    return { version: KAFKA_SCENARIO_VERSION, mode: 'kafka', title: this.title, seed: extra.seed ?? 1, compare: extra.compare ?? false, playback: { speed: 1 }, nodes: this.nodes, edges: this.edges };
  }
}

/** `n` consumers named consumer-1..n with the given timings. */
export function consumers(n: number, overrides: Partial<KConsumer> = {}): KConsumer[] {
  const out: KConsumer[] = [];
  for (let i = 0; i < n; i++) out.push(newConsumer(out, overrides));
  return out;
}
