// Words of the event log that load with the app: its controls and each entry's one-line summary.
// The "why" under an entry loads when a student first opens one (./log-why.ts, ./log-routing.ts),
// the message details panel's words with the panel (./log-details.ts). Text between backticks is shown as code (names, keys). RabbitMQ's own terms stay in English
// in Portuguese too (exchange, binding, routing key, ack, nack, reject, prefetch, delivery tag).
export const logEn = {
  'log.title': 'Event log',
  'log.filters': 'Show',
  'log.filter.routing': 'Routing',
  'log.filter.delivery': 'Delivery',
  'log.filter.acks': 'Acks',
  'log.filter.drops': 'Drops & dead letters',
  'log.filter.errors': 'Errors',
  'log.filter.clients': 'Clients',
  'log.filter.topology': 'Topology',
  'log.search': 'Search',
  'log.searchPlaceholder': 'routing key, queue, #id…',
  'log.empty': 'Nothing yet. Press play and every step will be explained here.',
  'log.noMatch': 'No event matches the filters.',
  'log.count': '{shown} of {total} events',
  'log.earlier': 'Show {n} earlier events',
  'log.why': 'Why?',
  'log.collapse': 'Hide the event log',
  'log.expand': 'Show the event log',
  'log.resize': 'Resize the event log',
  'log.jumpLatest': 'Jump to the newest event',
  'log.listLabel': 'Events, newest at the bottom. Arrow keys move, Enter selects the message, Space shows why.',
  'log.message': 'message #{id}',

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
  'log.delivered.redelivered': 'redelivered=true: it was delivered before and came back to the queue.',
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
  'log.dropped.noQueue': '(no queue)',

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
