import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { KafkaEdgeView } from './KafkaEdgeView';
import { BrokersNode } from './nodes/BrokersNode';
import { ConnectNode } from './nodes/ConnectNode';
import { ConnectorNode } from './nodes/ConnectorNode';
import { FileNode } from './nodes/FileNode';
import { GroupNode } from './nodes/GroupNode';
import { ProducerNode } from './nodes/ProducerNode';
import { TopicNode } from './nodes/TopicNode';

// Module-level registries: React Flow re-mounts everything if these objects change identity.
// Prefixed: React Flow styles its built-in "group" type, which would frame the consumer group.
export const kafkaNodeTypes: NodeTypes = {
  'k-producer': ProducerNode,
  'k-topic': TopicNode,
  'k-group': GroupNode,
  'k-brokers': BrokersNode,
  'k-connect': ConnectNode,
  'k-connector': ConnectorNode,
  'k-file': FileNode,
};

export const kafkaEdgeTypes: EdgeTypes = { kafka: KafkaEdgeView };
