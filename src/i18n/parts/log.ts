// Words of the event log that load with the app: its controls (the Kafka log shares them). The
// rest loads when it is first shown: each entry's one-line summary with the first row
// (./log-summary.ts), the "why" under an entry when a student first opens one (./log-why.ts,
// ./log-routing.ts), the message details panel's words with the panel (./log-details.ts).
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
  // Also the title of a redelivered message's chip on the canvas.
  'log.delivered.redelivered': 'redelivered=true: it was delivered before and came back to the queue.',
} as const;
