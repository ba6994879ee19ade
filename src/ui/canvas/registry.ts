import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ConsumerNode } from './nodes/ConsumerNode';
import { ExchangeNode } from './nodes/ExchangeNode';
import { ProducerNode } from './nodes/ProducerNode';
import { QueueNode } from './nodes/QueueNode';
import { ScenarioEdgeView } from './edges/ScenarioEdgeView';

// Module-level registries: React Flow re-mounts everything if these objects change identity.
export const nodeTypes: NodeTypes = {
  producer: ProducerNode,
  exchange: ExchangeNode,
  queue: QueueNode,
  consumer: ConsumerNode,
};

export const edgeTypes: EdgeTypes = {
  publish: ScenarioEdgeView,
  binding: ScenarioEdgeView,
  subscription: ScenarioEdgeView,
};
