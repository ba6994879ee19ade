// Words of the event log's rows: each entry's one-line summary. They load with
// src/ui/log/explain.ts when the first row is shown (a first visit shows none until something
// happens). Text between backticks is shown as code (names, keys). RabbitMQ's own terms stay in
// English in Portuguese too (exchange, binding, routing key, ack, nack, reject, delivery tag).
export const logSummaryEn = {
  // ---- shared bits ----
  'log.queueDest': 'queue `{name}`',
  'log.exchangeDest': 'exchange `{name}`',
  'log.basicGet': 'basic.get',
  'log.consumerTag': 'consumer `{tag}`',

  // ---- routing ----
  'log.published': 'Published `{key}` to exchange `{exchange}`',
  'log.publishedDefault': 'Published `{key}` to the default exchange',
  'log.routed': '`{key}` routed to {queues}',
  'log.routedNone': '`{key}` matched no binding: unroutable',
  'log.enqueued': 'Enqueued in `{queue}`',
  'log.returned': 'Returned to the producer: {code} {text}',
  'log.confirmAck': 'Broker confirms publish #{seq} (ack)',
  'log.confirmNack': 'Broker refuses publish #{seq} (nack)',

  // ---- delivery ----
  'log.delivered': 'Delivered from `{queue}` to {consumer}, delivery tag {tag}',
  'log.requeued': 'Back in `{queue}`, at its original position',
  'log.expired': 'Expired at the head of `{queue}`',

  // ---- acks ----
  'log.acked': 'ack for delivery tag {tag}: removed from `{queue}`',
  'log.nackedRequeue': 'nack with requeue for delivery tag {tag}: back to `{queue}`',
  'log.nackedDrop': 'nack without requeue for delivery tag {tag}: leaves `{queue}`',
  'log.rejectedRequeue': 'reject with requeue for delivery tag {tag}: back to `{queue}`',
  'log.rejectedDrop': 'reject without requeue for delivery tag {tag}: leaves `{queue}`',

  // ---- dead letters and drops ----
  'log.deadLettered': 'Dead-lettered from `{queue}` ({reason}) to exchange `{exchange}`',
  'log.dropped.unroutable': 'Dropped: no queue matched and it was not mandatory',
  'log.dropped.overflow': 'Dropped from `{queue}`: the queue is full (overflow)',
  'log.dropped.cycle': 'Dropped: dead-lettering into `{queue}` would be a cycle',
  'log.dropped.queueDeleted': 'Lost: queue `{queue}` was deleted while holding it',
  'log.dropped.dlxMissing': 'Dropped: the dead-letter exchange of `{queue}` does not exist',
  'log.dropped.noDlx': 'Discarded from `{queue}`: it has no dead-letter exchange',
  'log.dropped.purged': 'Purged from `{queue}`',
  'log.dropped.restart': 'Lost in the broker restart (queue `{queue}`)',
  'log.dropped.notPersistent': 'Lost in the broker restart: not persistent',

  // ---- connections, channels, errors ----
  'log.channelClosed': 'Channel {channel} closed: {code} {text}',
  'log.channelClosedClient': 'Channel {channel} closed by the client',
  'log.connectionClosed': 'Connection {connection} closed: {code} {text}',
  'log.connectionClosedClient': 'Connection {connection} closed by the client',
  'log.commandFailed': '{node}: {command} failed with {code} {name}',
  'log.commandFailedNoNode': '{command} failed with {code} {name}',

  // ---- topology ----
  'log.queueDeclared': 'Queue `{queue}` declared',
  'log.queueDeleted': 'Queue `{queue}` deleted',
  'log.exchangeDeclared': 'Exchange `{exchange}` declared',
  'log.exchangeDeleted': 'Exchange `{exchange}` deleted',
  'log.bindingAdded': 'Binding `{source}` → {dest} added, key `{key}`',
  'log.bindingRemoved': 'Binding `{source}` → {dest} removed, key `{key}`',
  'log.consumerAdded': '{consumer} consumes from `{queue}` on channel {channel}',
  'log.consumerCancelled': '{consumer} stopped consuming from `{queue}`',
  'log.brokerRestarted': 'Broker restarted',

  // ---- clients ----
  'log.producerSent': '{producer} publishes `{key}` to exchange `{exchange}`',
  'log.producerSentDefault': '{producer} publishes `{key}` to the default exchange',
  'log.producerUnconnected': '{producer} is not connected to an exchange: nothing was sent',
  'log.consumerReceived': '{consumer} received message #{id} (delivery tag {tag})',
  'log.consumerProcessed': '{consumer} finished processing message #{id}',
  'log.consumerSettled.ack': '{consumer} sends ack for delivery tag {tag}',
  'log.consumerSettled.nack': '{consumer} sends nack for delivery tag {tag}, requeue={requeue}',
  'log.consumerSettled.reject': '{consumer} sends reject for delivery tag {tag}, requeue={requeue}',
  'log.consumerCrashed': '{consumer} crashed',
  'log.consumerRestarted': '{consumer} restarted and consumes again',
  'log.settleLost': '{consumer}: the settlement of delivery tag {tag} was lost',
  'log.queueRecreated': 'Queue `{queue}` declared again',
  'log.appsReconnected': 'Apps reconnected to the broker',
} as const;

export const logSummaryPt: Record<keyof typeof logSummaryEn, string> = {
  // ---- shared bits ----
  'log.queueDest': 'fila `{name}`',
  'log.exchangeDest': 'exchange `{name}`',
  'log.basicGet': 'basic.get',
  'log.consumerTag': 'consumidor `{tag}`',

  // ---- routing ----
  'log.published': 'Publicada `{key}` no exchange `{exchange}`',
  'log.publishedDefault': 'Publicada `{key}` no exchange padrão',
  'log.routed': '`{key}` roteada para {queues}',
  'log.routedNone': '`{key}` não combinou com nenhum binding: não roteável',
  'log.enqueued': 'Enfileirada em `{queue}`',
  'log.returned': 'Devolvida ao produtor: {code} {text}',
  'log.confirmAck': 'O broker confirma a publicação #{seq} (ack)',
  'log.confirmNack': 'O broker recusa a publicação #{seq} (nack)',

  // ---- delivery ----
  'log.delivered': 'Entregue de `{queue}` para {consumer}, delivery tag {tag}',
  'log.requeued': 'De volta em `{queue}`, na posição original',
  'log.expired': 'Expirou na cabeça de `{queue}`',

  // ---- acks ----
  'log.acked': 'ack da delivery tag {tag}: removida de `{queue}`',
  'log.nackedRequeue': 'nack com requeue da delivery tag {tag}: volta para `{queue}`',
  'log.nackedDrop': 'nack sem requeue da delivery tag {tag}: sai de `{queue}`',
  'log.rejectedRequeue': 'reject com requeue da delivery tag {tag}: volta para `{queue}`',
  'log.rejectedDrop': 'reject sem requeue da delivery tag {tag}: sai de `{queue}`',

  // ---- dead letters and drops ----
  'log.deadLettered': 'Dead letter de `{queue}` ({reason}) para o exchange `{exchange}`',
  'log.dropped.unroutable': 'Descartada: nenhuma fila combinou e ela não era mandatory',
  'log.dropped.overflow': 'Descartada de `{queue}`: a fila está cheia (overflow)',
  'log.dropped.cycle': 'Descartada: o dead letter para `{queue}` seria um ciclo',
  'log.dropped.queueDeleted': 'Perdida: a fila `{queue}` foi apagada com ela dentro',
  'log.dropped.dlxMissing': 'Descartada: o dead-letter exchange de `{queue}` não existe',
  'log.dropped.noDlx': 'Descartada de `{queue}`: a fila não tem dead-letter exchange',
  'log.dropped.purged': 'Removida de `{queue}` por purge',
  'log.dropped.restart': 'Perdida no reinício do broker (fila `{queue}`)',
  'log.dropped.notPersistent': 'Perdida no reinício do broker: não era persistente',

  // ---- connections, channels, errors ----
  'log.channelClosed': 'Canal {channel} fechado: {code} {text}',
  'log.channelClosedClient': 'Canal {channel} fechado pelo cliente',
  'log.connectionClosed': 'Conexão {connection} fechada: {code} {text}',
  'log.connectionClosedClient': 'Conexão {connection} fechada pelo cliente',
  'log.commandFailed': '{node}: {command} falhou com {code} {name}',
  'log.commandFailedNoNode': '{command} falhou com {code} {name}',

  // ---- topology ----
  'log.queueDeclared': 'Fila `{queue}` declarada',
  'log.queueDeleted': 'Fila `{queue}` apagada',
  'log.exchangeDeclared': 'Exchange `{exchange}` declarado',
  'log.exchangeDeleted': 'Exchange `{exchange}` apagado',
  'log.bindingAdded': 'Binding `{source}` → {dest} criado, key `{key}`',
  'log.bindingRemoved': 'Binding `{source}` → {dest} removido, key `{key}`',
  'log.consumerAdded': '{consumer} consome de `{queue}` no canal {channel}',
  'log.consumerCancelled': '{consumer} parou de consumir de `{queue}`',
  'log.brokerRestarted': 'Broker reiniciado',

  // ---- clients ----
  'log.producerSent': '{producer} publica `{key}` no exchange `{exchange}`',
  'log.producerSentDefault': '{producer} publica `{key}` no exchange padrão',
  'log.producerUnconnected': '{producer} não está ligado a um exchange: nada foi enviado',
  'log.consumerReceived': '{consumer} recebeu a mensagem #{id} (delivery tag {tag})',
  'log.consumerProcessed': '{consumer} terminou de processar a mensagem #{id}',
  'log.consumerSettled.ack': '{consumer} envia ack da delivery tag {tag}',
  'log.consumerSettled.nack': '{consumer} envia nack da delivery tag {tag}, requeue={requeue}',
  'log.consumerSettled.reject': '{consumer} envia reject da delivery tag {tag}, requeue={requeue}',
  'log.consumerCrashed': '{consumer} caiu',
  'log.consumerRestarted': '{consumer} reiniciou e voltou a consumir',
  'log.settleLost': '{consumer}: a resposta da delivery tag {tag} se perdeu',
  'log.queueRecreated': 'Fila `{queue}` declarada de novo',
  'log.appsReconnected': 'Os apps reconectaram ao broker',
};
