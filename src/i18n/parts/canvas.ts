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

export const canvasPt: Record<keyof typeof canvasEn, string> = {
  'node.producer': 'Produtor',
  'node.exchange': 'Exchange',
  'node.queue': 'Fila',
  'node.consumer': 'Consumidor',

  'exchangeType.direct': 'direct',
  'exchangeType.fanout': 'fanout',
  'exchangeType.topic': 'topic',
  'exchangeType.headers': 'headers',
  'exchangeType.default': 'padrão',

  'flag.durable': 'durável',
  'flag.transient': 'transitória',
  'flag.autoDelete': 'auto-delete',
  'flag.internal': 'interna',
  'flag.exclusive': 'exclusiva',
  'flag.quorum': 'quorum',

  'producer.rate': '{rate}/s',
  'producer.key': 'chave {key}',
  'consumer.autoAck': 'ack automático',
  'consumer.manualAck': 'ack manual',
  'consumer.prefetchShort': 'prefetch {n}',

  'edge.emptyKey': '(chave vazia)',
  'queue.expiresIn': 'expira em {s} s',
  'queue.expiredWaiting': 'expirada, sai quando chegar ao início da fila',
  'queue.headTtl': 'início: {when}',

  'palette.title': 'Adicionar',
  'palette.exchange': 'Exchange {type}',
  'palette.hint': 'Arraste para o canvas, ou pressione para adicionar',
  'palette.connectHint':
    'Conecte arrastando da alça direita de um nó até outro: produtor → exchange publica, exchange → fila cria um binding, fila → consumidor assina.',

  'canvas.minimap': 'Mapa geral',
  'canvas.controls': 'Zoom e enquadrar',
  'canvas.a11y.node': 'Enter ou Espaço seleciona este nó; Delete o remove; as setas o movem.',

  'refusal.same-node': 'Um nó não pode se conectar a si mesmo.',
  'refusal.missing-node': 'Esse nó não existe mais.',
  'refusal.into-producer': 'Nada entra em um produtor: produtores só publicam.',
  'refusal.from-consumer': 'Consumidores só recebem; nada sai de um consumidor.',
  'refusal.producer-to-consumer':
    'Um produtor nunca fala direto com um consumidor: publique em uma exchange (ou em uma fila pela exchange padrão).',
  'refusal.producer-has-target': 'Este produtor já publica em outro lugar; apague essa ligação primeiro.',
  'refusal.queue-to-exchange':
    'Filas não publicam. Para criar um binding, arraste da exchange até a fila.',
  'refusal.queue-to-queue': 'Filas não alimentam outras filas; use uma exchange (ou dead-lettering).',
  'refusal.exchange-to-consumer':
    'Consumidores leem de filas, não de exchanges: faça o binding de uma fila e assine-a.',
  'refusal.consumer-has-queue': 'Um consumidor lê uma fila só; este já está assinando uma.',
  'refusal.duplicate-binding': 'Esse binding já existe; dê uma chave ao existente primeiro.',
  'refusal.already-subscribed': 'Este consumidor já lê essa fila.',
  'refusal.dismiss': 'Fechar',
};
