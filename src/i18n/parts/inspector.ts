// Words of the inspector panel. AMQP names (exchange, binding, routing key, ack, prefetch,
// x-arguments, property names) stay as RabbitMQ spells them, in both languages.
export const inspectorEn = {
  'insp.title': 'Inspector',
  'insp.empty.hint': 'Select a node or a link on the canvas to edit it.',
  'insp.summary.title': 'This scenario',
  'insp.summary.producers': 'Producers',
  'insp.summary.exchanges': 'Exchanges',
  'insp.summary.queues': 'Queues',
  'insp.summary.consumers': 'Consumers',
  'insp.summary.bindings': 'Bindings',
  'insp.summary.publishes': 'Publish links',
  'insp.summary.subscriptions': 'Subscriptions',
  'insp.multi.count': '{count} items selected',
  'insp.multi.hint': 'Select a single item to edit its settings.',
  'insp.delete': 'Delete',
  'insp.deleteSelected': 'Delete selected',
  'insp.deleteHint': 'Undo (Ctrl+Z) brings it back.',
} as const;
