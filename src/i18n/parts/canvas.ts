export const canvasEn = {
  'node.producer': 'Producer',
  'node.exchange': 'Exchange',
  'node.queue': 'Queue',
  'node.consumer': 'Consumer',

  'exchangeType.direct': 'direct',
  'exchangeType.fanout': 'fanout',
  'exchangeType.topic': 'topic',
  'exchangeType.headers': 'headers',
  'exchangeType.default': 'default',

  'flag.durable': 'durable',
  'flag.transient': 'transient',
  'flag.autoDelete': 'auto-delete',
  'flag.internal': 'internal',
  'flag.exclusive': 'exclusive',
  'flag.quorum': 'quorum',

  'producer.rate': '{rate}/s',
  'producer.key': 'key {key}',
  'consumer.autoAck': 'auto ack',
  'consumer.manualAck': 'manual ack',
  'consumer.prefetchShort': 'prefetch {n}',

  'edge.emptyKey': '(empty key)',
  'queue.expiresIn': 'expires in {s} s',
  'queue.expiredWaiting': 'expired, leaves when it reaches the head',
  'queue.headTtl': 'head {when}',

  'palette.title': 'Add',
  'palette.exchange': '{type} exchange',
  'palette.hint': 'Drag onto the canvas, or press to add',
  'palette.connectHint':
    'Connect by dragging from the right handle of one node to another: producer → exchange publishes, exchange → queue binds, queue → consumer subscribes.',

  'canvas.minimap': 'Overview map',
  'canvas.controls': 'Zoom and fit',
  'canvas.a11y.node': 'Press Enter or Space to select this node; Delete removes it; arrow keys move it.',

  'refusal.same-node': 'A node cannot connect to itself.',
  'refusal.missing-node': 'That node no longer exists.',
  'refusal.into-producer': 'Nothing flows into a producer: producers only publish.',
  'refusal.from-consumer': 'Consumers only receive; nothing flows out of a consumer.',
  'refusal.producer-to-consumer':
    'A producer never talks to a consumer directly: publish to an exchange (or to a queue through the default exchange).',
  'refusal.producer-has-target': 'This producer already publishes somewhere; delete that link first.',
  'refusal.queue-to-exchange':
    'Queues do not publish. To bind a queue, drag from the exchange to the queue.',
  'refusal.queue-to-queue': 'Queues do not feed other queues; use an exchange (or dead-lettering).',
  'refusal.exchange-to-consumer': 'Consumers read from queues, not exchanges: bind a queue and subscribe to it.',
  'refusal.consumer-has-queue': 'A consumer reads one queue; this one is already subscribed.',
  'refusal.duplicate-binding': 'That binding already exists; give the existing one a key first.',
  'refusal.already-subscribed': 'This consumer already reads that queue.',
  'refusal.dismiss': 'Dismiss',
} as const;
