// Words of the exercises: the panel, the goal bar, feedback from the checks, instructors' tools,
// and the built-in exercises' titles, goals and hints. Text between backticks is shown as code;
// parameters of feedback lines are shown as code too. RabbitMQ's terms stay in English in
// Portuguese (exchange, binding, routing key, ack, prefetch, dead-letter), as in the notes.
export const exercisesEn = {
  // ---- the panel ----
  'ex.tab.list': 'Exercises',
  'ex.tab.create': 'Create (instructors)',
  'ex.tabs': 'Exercise views',
  'ex.close': 'Close',
  'ex.intro':
    'Solve each goal on the canvas. “Check my solution” runs your scenario with test messages of its own and tells you what really happened.',
  'ex.progress.count': '{done} of {total} solved',
  'ex.level.easy': 'Easy',
  'ex.level.medium': 'Medium',
  'ex.level.hard': 'Hard',
  'ex.section.2': '§2 Messages',
  'ex.section.3': '§3 When to use messaging',
  'ex.section.5': '§5 AMQP (RabbitMQ)',
  'ex.section.custom': 'From your instructor',
  'ex.solved': 'Solved',
  'ex.current': 'Open now',
  'ex.openExercise': 'Open “{title}”',
  'ex.openLink': 'Open an exercise link',
  'ex.openLink.label': 'Exercise link',
  'ex.openLink.go': 'Open',

  // ---- opening ----
  'ex.confirm.title': 'Replace your canvas?',
  'ex.confirm.body':
    'Opening “{title}” replaces what is on the canvas now. Undo (Ctrl+Z) brings your work back.',
  'ex.confirm.ok': 'Open the exercise',
  'ex.confirm.cancel': 'Keep my canvas',
  'ex.opened': 'The exercise is on the canvas. Undo (Ctrl+Z) brings back what was there.',

  // ---- one exercise ----
  'ex.back': 'All exercises',
  'ex.goal': 'Goal',
  'ex.locked.title': 'Locked parts',
  'ex.locked.help':
    'These belong to the exercise: you can move them, but not change or delete them.',
  'ex.locked.edge': 'the connection {from} → {to}',
  'ex.check': 'Check my solution',
  'ex.result.passed':
    'Solved! The check ran your scenario and everything happened as the goal asks.',
  'ex.result.failed': 'Not yet. This is what the check saw:',
  'ex.result.stale': 'You changed the canvas after this check.',
  'ex.hint.show': 'Show a hint ({n} of {total})',
  'ex.hint.title': 'Hints',
  'ex.hint.n': 'Hint {n}',
  'ex.next': 'Next exercise',
  'ex.restart': 'Start over',
  'ex.leave': 'Leave the exercise',
  'ex.how.title': 'How it is checked',
  'ex.how.messages':
    'It publishes {count} test messages of its own (producers’ schedules are switched off).',
  'ex.how.crash': 'At {at} s it crashes the consumer {consumer}.',
  'ex.how.restart': 'At {at} s it restarts the broker.',
  'ex.how.close': 'At {at} s it closes the connection of the consumer {consumer}.',
  'ex.how.run':
    'It runs {seconds} s of simulated time, then reads the event log and the broker’s state.',

  // ---- the goal bar ----
  'ex.bar.label': 'Exercise',
  'ex.bar.collapse': 'Hide the goal',
  'ex.bar.expand': 'Show the goal',
  'ex.bar.details': 'Hints and details',
  'ex.bar.detached': 'The canvas no longer holds this exercise.',
  'ex.bar.more': '(and {count} more in Hints and details)',
  'ex.lock.refusedNode':
    '{kind} {name} is part of the exercise: it can be moved, but not changed or deleted.',
  'ex.lock.refusedEdge':
    'The connection {from} → {to} is part of the exercise: it cannot be changed or deleted.',

  // ---- progress ----
  'ex.progress.corrupt':
    'Your exercise progress could not be read, so it starts fresh. The old record is kept in this browser under “{key}”.',
  'ex.progress.stuck':
    'Your exercise progress could not be read, and it is left untouched: new progress will not be saved this time.',
  'ex.progress.quota': 'Your progress could not be saved: this browser’s storage is full.',
  'ex.progress.unavailable':
    'This browser does not let BrokerLab remember your progress (private mode or storage disabled).',

  // ---- exercise links ----
  'ex.link.not-an-exercise-link': 'This is not a BrokerLab exercise link.',
  'ex.link.unknown-version':
    'This exercise link was made by a newer BrokerLab (format {version}). Reload the page to get the latest version.',
  'ex.link.truncated':
    'This link is incomplete: it was probably cut when it was copied. Ask for it again.',
  'ex.link.corrupted': 'This link is damaged and cannot be read.',
  'ex.link.too-large': 'This link is too large to open.',
  'ex.link.invalid': 'This exercise link has problems:',
  'ex.link.keptWork': 'Your canvas was not changed.',

  // ---- instructors ----
  'ex.author.intro':
    'Turn the canvas into an exercise: build the solution, record what its test messages do, set up the starting point, then share a link.',
  'ex.author.step1': '1. The solution and its test messages',
  'ex.author.step1.help':
    'Build the solution on the canvas. The check publishes these messages through your producers:',
  'ex.author.noProducer':
    'Add a producer to the canvas first: test messages leave through producers.',
  'ex.author.msg.group': 'Test message {n}',
  'ex.author.msg.producer': 'Producer',
  'ex.author.msg.key': 'Routing key',
  'ex.author.msg.remove': 'Remove',
  'ex.author.msg.add': 'Add a test message',
  'ex.author.msg.fromProducers': 'Take them from the producers',
  'ex.author.capture': 'Record the outcomes',
  'ex.author.captured': 'Recorded from a run of the canvas: each test message must end like this.',
  'ex.author.col.message': 'Test message',
  'ex.author.col.outcome': 'Reaches',
  'ex.author.outcome.none': 'no queue',
  'ex.author.outcome.returned': 'back to {producer}',
  'ex.author.stale':
    'The test messages changed after the outcomes were recorded: record them again.',
  'ex.author.notLost': 'Also require that no test message is lost',
  'ex.author.step2': '2. The starting point',
  'ex.author.step2.help':
    'Now change the canvas into what the student starts from (remove a binding, change a key…), then:',
  'ex.author.useStart': 'Use the canvas as the start',
  'ex.author.startSet': 'Start recorded: {nodes} nodes and {edges} connections.',
  'ex.author.startPasses':
    'Careful: this starting point already passes the check, so the student would have nothing to do.',
  'ex.author.step3': '3. Goal, hints and locks',
  'ex.author.title': 'Title',
  'ex.author.goal': 'Goal, in your words',
  'ex.author.level': 'Level',
  'ex.author.hints': 'Hints, one per line (optional)',
  'ex.author.locks': 'Locked parts: the student may not change or delete them',
  'ex.author.step4': '4. Share',
  'ex.author.makeLink': 'Create the link',
  'ex.author.link': 'Exercise link',
  'ex.author.copy': 'Copy',
  'ex.author.copied': 'Copied',
  'ex.author.linkLong': 'This link is long ({chars} characters): some chat tools cut long links.',
  'ex.author.linkTooLong':
    'This link is too long ({chars} characters) for some browsers: make the scenario smaller.',
  'ex.author.try': 'Try it as a student',
  'ex.author.need.messages': 'Add at least one test message.',
  'ex.author.need.capture': 'Record the outcomes first (step 1).',
  'ex.author.need.start': 'Record the starting point first (step 2).',
  'ex.author.need.title': 'Give the exercise a title.',
  'ex.author.need.goal': 'Write the goal.',
  'ex.author.solutionFails': 'The solution you recorded does not pass this check:',
  'ex.author.tooLarge': 'The exercise is too large to share by link.',

  // ---- words inside feedback ----
  'ex.msg.nth': 'message {n}',
  'ex.word.default-exchange': 'the default exchange',
  'ex.word.the.producer': 'The producer',
  'ex.word.the.exchange': 'The exchange',
  'ex.word.the.queue': 'The queue',
  'ex.word.the.consumer': 'The consumer',
  'ex.word.drop.unroutable': 'no binding matched it (unroutable)',
  'ex.word.drop.overflow': 'the queue was full (max length)',
  'ex.word.drop.cycle': 'it went round a dead-letter cycle',
  'ex.word.drop.queue-deleted': 'its queue was deleted',
  'ex.word.drop.dlx-missing': 'its dead-letter exchange does not exist',
  'ex.word.drop.no-dlx': 'it was rejected or expired, and the queue has no dead-letter exchange',
  'ex.word.drop.purged': 'the queue was purged',
  'ex.word.drop.restart': 'the broker restarted',
  'ex.word.drop.not-persistent':
    'it was not persistent (delivery mode 1) when the broker restarted',
  'ex.word.deleted.explicit': 'it was deleted',
  'ex.word.deleted.auto-delete': 'it was auto-deleted when its last consumer left',
  'ex.word.deleted.expires': 'it went unused for too long (x-expires)',
  'ex.word.deleted.exclusive-owner-gone': 'the connection that owned it closed (exclusive)',
  'ex.word.deleted.restart': 'the broker restart deleted it (it is not durable)',

  // ---- feedback ----
  'ex.fail.producer.absent': 'There is no producer {producer}: the check publishes through it.',
  'ex.fail.consumer.absent': 'There is no consumer {consumer}.',
  'ex.fail.not-sent.no-edge':
    '{producer} is not connected to an exchange or a queue, so the test messages could not leave it.',
  'ex.fail.not-sent.refused': 'The broker refused {msg}: {code} {text}.',
  'ex.fail.not-sent.lost': '{msg} never reached the broker.',
  'ex.fail.action.no-consumer': 'The check could not find the consumer {consumer} to act on.',
  'ex.fail.route.missing': '{msg} did not reach {queue}.',
  'ex.fail.route.extra': '{msg} reached {queue}; it should reach only {expected}.',
  'ex.fail.route.extra-none': '{msg} reached {queue}; it should reach no queue.',
  'ex.fail.route.unroutable':
    '{msg} reached no queue (no binding matched it); it should reach {expected}.',
  'ex.fail.returned.dropped':
    '{msg} was dropped as unroutable; it should have come back to {producer}.',
  'ex.fail.returned.routed':
    '{msg} was routed to {queue}, so it could not come back to {producer}.',
  'ex.fail.dead-letter.no-dlx':
    '{msg} died in {from} (reason {reason}) and was discarded: {from} has no dead-letter exchange.',
  'ex.fail.dead-letter.dlx-missing':
    '{msg} died in {from}, but its dead-letter exchange {exchange} does not exist, so it was discarded.',
  'ex.fail.dead-letter.unrouted':
    '{msg} was dead-lettered to {exchange}, but no binding there led it to {queue}.',
  'ex.fail.dead-letter.elsewhere': '{msg} was dead-lettered into {got} instead of {queue}.',
  'ex.fail.dead-letter.never': '{msg} never died in {from} with reason {reason}.',
  'ex.fail.death-count':
    'The x-death header of {msg} counts {count} × {reason} in {queue}; it should be at least {min}.',
  'ex.fail.deliveries.few':
    '{msg} was delivered from {queue} {count} time(s); it should be at least {min}.',
  'ex.fail.deliveries.many':
    '{msg} was delivered from {queue} {count} times; it should be at most {max}.',
  'ex.fail.deliveries.gap':
    '{msg} came back to {queue} after only {gap} s; it should wait at least {min} s.',
  'ex.fail.lost.auto-ack':
    '{msg} was lost: {consumer} took it with auto ack and crashed before finishing it.',
  'ex.fail.lost.auto-ack-unknown':
    '{msg} was lost: it was delivered with auto ack and its consumer never finished it.',
  'ex.fail.lost.dropped-in': '{msg} was lost in {queue}: {why}.',
  'ex.fail.lost.dropped': '{msg} was lost: {why}.',
  'ex.fail.lost.unknown': '{msg} was lost: it is in no queue and no consumer finished it.',
  'ex.fail.handled.waiting': '{msg} is still waiting in {queue}: no consumer finished it.',
  'ex.fail.handled.late': '{msg} was finished at {time} s; the goal is to be done by {within} s.',
  'ex.fail.holds.missing': '{msg} is not in {queue} at the end.',
  'ex.fail.holds.missing-why': '{msg} is not in {queue} at the end: {why}.',
  'ex.fail.holds.extra': '{msg} is in {queue} at the end; the queue should not keep it.',
  'ex.fail.queue.gone': 'The queue {queue} does not exist at the end: {why}.',
  'ex.fail.queue.absent': 'There is no queue {queue}.',
  'ex.fail.queue-gone.still': 'The queue {queue} still exists at the end; it should be gone.',
  'ex.fail.order': 'Messages left {queue} in the order {got}; the goal is {expected}.',
  'ex.fail.in-flight': '{consumer} held {count} messages at once; it should hold at most {max}.',
  'ex.fail.min-handled': '{consumer} finished {count} messages; it should finish at least {min}.',
  'ex.fail.expired.never': '{msg} never expired in {queue}.',
  'ex.fail.expired.early':
    '{msg} expired in {queue} after {after} s; it should wait at least {min} s.',
  'ex.fail.expired.late':
    '{msg} expired in {queue} only after {after} s; it should expire within {max} s.',
  'ex.fail.payload.not-empty': '{msg} carries a payload of {size} bytes; it should have none.',
  'ex.fail.payload.not-json': 'The payload of {msg} is not valid JSON.',
  'ex.fail.payload.not-object': 'The payload of {msg} is JSON, but not an object.',
  'ex.fail.payload.missing-field': 'The JSON payload of {msg} has no field {field}.',
  'ex.fail.property.missing': '{msg} has no {name}; the goal asks for {expected}.',
  'ex.fail.property.wrong': '{msg} has {name} {value}; the goal asks for {expected}.',
  'ex.fail.exchange.absent': 'There is no exchange {exchange}.',
  'ex.fail.exchange-type': 'The exchange {exchange} is of type {type}; the goal needs {expected}.',
  'ex.fail.via-default':
    '{producer} publishes to the exchange {exchange}; the goal is to publish through the default exchange.',
  'ex.fail.exchange-binding.missing':
    'There is no binding from the exchange {source} to the exchange {destination}.',
  'ex.fail.no-binding':
    '{destination} is bound directly to {source}; the goal is to go through another exchange.',
  'ex.fail.queue-flag.on': 'The queue {queue} should be {flag}.',
  'ex.fail.queue-flag.off': 'The queue {queue} should not be {flag}.',
  'ex.fail.locked.node-deleted': '{kind} {name} is part of the exercise and was deleted.',
  'ex.fail.locked.node-changed': '{kind} {name} is part of the exercise and was changed.',
  'ex.fail.locked.edge-deleted':
    'The connection {from} → {to} is part of the exercise and was deleted.',
  'ex.fail.locked.edge-changed':
    'The connection {from} → {to} is part of the exercise and was changed.',

  // ---- the built-in exercises ----
  'ex.topic-filial.title': 'Branch notes to `filial`',
  'ex.topic-filial.goal':
    'Every note for a branch — any key that matches `notas.*.filial`, such as `notas.compras.filial` and `notas.vendas.filial` — must reach the queue `filial`, and `filial` must get nothing else. `compras` keeps receiving the purchase notes (`notas.compras.*`). Change only the binding of `filial`.',
  'ex.topic-filial.hint1':
    'Select the arrow from `notas` to `filial` and look at its binding key in the inspector.',
  'ex.topic-filial.hint2':
    'In a topic exchange, `*` stands for exactly one word: `notas.*.filial` matches `notas.vendas.filial` but not `notas.vendas.matriz`.',
  'ex.direct-severity.title': 'Route logs by severity',
  'ex.direct-severity.goal':
    'The direct exchange `logs` gets the keys `info`, `warning` and `error`. `erros` must receive only `error`; `todos` must receive all three. Any other key (`debug`) goes nowhere.',
  'ex.direct-severity.hint1':
    'A direct exchange compares the whole key, with no wildcards: one binding, one key.',
  'ex.direct-severity.hint2':
    'A queue can have several bindings to the same exchange: drag another connection from `logs` to `todos` and give it a new key.',
  'ex.default-exchange.title': 'Hello world through the default exchange',
  'ex.default-exchange.goal':
    "As in RabbitMQ's first tutorial, `hello-app` must send its message to the queue `hello` through the default exchange (the nameless one, where every queue is bound by its own name), not through `hello-x`. `hello-worker` must receive it.",
  'ex.default-exchange.hint1': '`hello-x` has no binding, so everything sent to it is dropped.',
  'ex.default-exchange.hint2':
    "On this canvas, connecting a producer straight to a queue means publishing to the default exchange, with the queue's name as the routing key.",
  'ex.fanout-services.title': 'One order, three services',
  'ex.fanout-services.goal':
    'Every order `loja` publishes must reach `estoque`, `faturamento` and `email`, whatever its routing key. Use the exchange type made for broadcasting.',
  'ex.fanout-services.hint1':
    'Today `pedidos` is a direct exchange: each queue gets only the key it is bound with.',
  'ex.fanout-services.hint2':
    'A fanout exchange ignores routing keys and copies each message to every bound queue.',
  'ex.headers-json.title': 'Headers and a JSON payload',
  'ex.headers-json.goal':
    'Set up the message of `cadastro` so it reaches `clientes`: headers `tipo` = `cliente` (text) and `versao` = 2 (a number), content type `application/json`, and a JSON payload that is an object with a `nome` field.',
  'ex.headers-json.hint1':
    'Select the binding from `entrada` to `clientes` to see exactly which headers it asks for (x-match all: every one of them).',
  'ex.headers-json.hint2':
    'Header values have types: the number 2 and the text "2" are different values to a headers exchange.',
  'ex.headers-json.hint3': 'A JSON object looks like `{"nome": "Ana"}`.',
  'ex.heartbeat.title': 'A message with no payload',
  'ex.heartbeat.goal':
    '`monitor` sends heartbeats to `status`. A heartbeat carries no payload at all, only attributes: make the message empty and set its `type` property to `heartbeat`.',
  'ex.heartbeat.hint1': 'A message may have attributes and no payload: clear the payload field.',
  'ex.heartbeat.hint2':
    '`type` is one of the message properties, next to content type and delivery mode.',
  'ex.message-ttl.title': 'Offers that expire',
  'ex.message-ttl.goal':
    'Nobody reads `ofertas` right now. An offer that has waited there for 10 seconds is stale: it must expire and leave the queue 10 s after it arrived (give or take 1 s).',
  'ex.message-ttl.hint1': 'Messages can have a time to live (TTL), in milliseconds.',
  'ex.message-ttl.hint2':
    'Set it for the whole queue (message TTL, `x-message-ttl`) or for each message (the `expiration` property).',
  'ex.scale-out.title': 'Add workers to keep up',
  'ex.scale-out.goal':
    '`redimensionador` takes 2 s per image. Six images arrive at once, and all six must be finished within 9 s of simulated time. `redimensionador` itself cannot change: scale out.',
  'ex.scale-out.hint1': 'Several consumers on one queue share its messages (round robin).',
  'ex.scale-out.hint2':
    'Drag more consumers from the palette and connect `imagens` to each of them.',
  'ex.topic-hash.title': 'Every purchase, however deep',
  'ex.topic-hash.goal':
    '`compras` must receive every purchase note, whatever follows `notas.compras`: `notas.compras.filial`, `notas.compras.matriz.sp`, and even `notas.compras` alone. Sales notes must not reach it. Change only the binding of `compras`.',
  'ex.topic-hash.hint1':
    '`*` matches exactly one word, so `notas.compras.*` misses keys with two words after `compras`, or none.',
  'ex.topic-hash.hint2': '`#` matches zero or more words.',
  'ex.headers-pdf-log.title': 'PDF logs, and only those',
  'ex.headers-pdf-log.goal':
    '`logs` must receive only messages with both `format=pdf` and `type=log`. A PDF report (`format=pdf, type=report`) goes only to `relatorios`, and a CSV log goes nowhere. Change only the binding of `logs`.',
  'ex.headers-pdf-log.hint1': 'Look at `x-match` on the binding of `logs`.',
  'ex.headers-pdf-log.hint2':
    '`any` is satisfied by one matching header; `all` needs every one of them.',
  'ex.mandatory-return.title': 'Get unroutable orders back',
  'ex.mandatory-return.goal':
    'When `loja` publishes an order with a key no binding matches (`devolvido`), the broker silently drops it. Make such a message come back to `loja` instead, while `novo` still reaches `novos`.',
  'ex.mandatory-return.hint1':
    'The publisher can ask the broker to return a message it cannot route.',
  'ex.mandatory-return.hint2': "It is the `mandatory` flag, on the producer's message.",
  'ex.alternate-exchange.title': 'Catch what nobody routes',
  'ex.alternate-exchange.goal':
    'Orders whose key matches no binding of `pedidos` (like `devolvido` or `trocado`) must end up in `nao-roteadas`, through the fanout exchange `sobras`. Orders with the key `novo` still go only to `novos`.',
  'ex.alternate-exchange.hint1':
    'An exchange can name an alternate exchange: it receives whatever the first one could not route.',
  'ex.alternate-exchange.hint2':
    'Set `sobras` as the alternate exchange of `pedidos`, then bind `sobras` to `nao-roteadas`.',
  'ex.no-loss-crash.title': 'No message lost when a worker crashes',
  'ex.no-loss-crash.goal':
    '`worker-b` is going to crash 1.5 s into the run, in the middle of its work. No message may be lost: each of the six uploads must still be processed by someone.',
  'ex.no-loss-crash.hint1': 'With auto ack the broker forgets a message the moment it delivers it.',
  'ex.no-loss-crash.hint2':
    "With manual ack the broker keeps each message until the consumer acks it, and delivers it again if the consumer's channel closes first.",
  'ex.fair-dispatch.title': 'Fair dispatch',
  'ex.fair-dispatch.goal':
    '`lento` takes 4 s per message, `rapido` 0.3 s. Ten messages arrive at once. `lento` must never hold more than one message at a time, so that `rapido` does most of the work (at least 7 of the 10), and every message must get done.',
  'ex.fair-dispatch.hint1':
    'With no prefetch limit the queue hands messages out in turn, however busy each consumer is.',
  'ex.fair-dispatch.hint2':
    'Prefetch 1: a consumer gets its next message only after it acks the one it has.',
  'ex.dead-letter-rejected.title': 'Dead-letter the rejected',
  'ex.dead-letter-rejected.goal':
    '`validador` rejects every payment it gets (without requeue). Rejected payments must not vanish: they must end up in the queue `dead`, with the reason in their `x-death` header.',
  'ex.dead-letter-rejected.hint1':
    'A queue can name a dead-letter exchange: rejected, expired and overflowing messages are re-published there.',
  'ex.dead-letter-rejected.hint2':
    'Set `dlx` as the dead-letter exchange of `pagamentos`, then bind `dlx` to `dead`.',
  'ex.max-length-reject.title': 'A queue that says no',
  'ex.max-length-reject.goal':
    '`sensores` sends 8 readings and nobody consumes `leituras`. The queue must keep at most 5: the first 5 stay, and the broker refuses the newer ones.',
  'ex.max-length-reject.hint1': 'Set a max length on the queue (`x-max-length`).',
  'ex.max-length-reject.hint2':
    'By default a full queue drops its oldest message (`drop-head`); the overflow setting can make it refuse the new one instead.',
  'ex.priority.title': 'VIP first',
  'ex.priority.goal':
    '`atendente` handles one ticket at a time. Three normal tickets and then a `vip` ticket (priority 9) arrive while the first one is being handled. The `vip` ticket must be served next, before the other normal ones.',
  'ex.priority.hint1':
    'A classic queue ignores message priority unless it is declared as a priority queue.',
  'ex.priority.hint2': "Set the queue's max priority (`x-max-priority`), for example 10.",
  'ex.durable-persistent.title': 'Survive a broker restart',
  'ex.durable-persistent.goal':
    'Three orders wait in `pedidos` when the broker restarts (3 s into the run). After the restart all three must still be in `pedidos`.',
  'ex.durable-persistent.hint1': 'A transient queue disappears in a restart, messages and all.',
  'ex.durable-persistent.hint2':
    'Even in a durable queue only persistent messages (delivery mode 2) survive: the queue and the messages each need to be made to last.',
  'ex.exclusive-queue.title': 'A private reply queue',
  'ex.exclusive-queue.goal':
    '`respostas` is the reply queue of `cliente-rpc`. Only the connection of `cliente-rpc` may use it, and it must disappear by itself when that connection closes (the check closes it after 4 s).',
  'ex.exclusive-queue.hint1':
    'Queues have flags for exactly this: durable, exclusive, auto-delete.',
  'ex.exclusive-queue.hint2':
    'An exclusive queue belongs to the connection that declared it and is deleted when that connection closes.',
  'ex.exchange-to-exchange.title': 'Audit every order event',
  'ex.exchange-to-exchange.goal':
    'Every `pedido.*` event published to `eventos` must also reach both audit queues, `audit-a` and `audit-b`, through the fanout exchange `auditoria`, without binding the audit queues to `eventos` directly. Customer events (`cliente.*`) must not be audited.',
  'ex.exchange-to-exchange.hint1':
    'A binding can lead from an exchange to another exchange, not only to a queue.',
  'ex.exchange-to-exchange.hint2':
    'Drag from `eventos` to `auditoria` and give the binding a topic pattern.',
  'ex.ttl-retry.title': 'Retry after 5 seconds',
  'ex.ttl-retry.goal':
    '`worker` rejects the task it gets (without requeue) because a service it needs is down. Instead of losing the task, build a retry loop: the rejected task waits 5 s in `espera`, then goes back to `trabalho` to be tried again, over and over.',
  'ex.ttl-retry.hint1':
    'Rejected messages from `trabalho` can be dead-lettered into `espera` (through `retry`).',
  'ex.ttl-retry.hint2':
    'A message TTL on `espera` makes each message expire after 5 s, and an expired message is dead-lettered too.',
  'ex.ttl-retry.hint3':
    'Dead-letter `espera` back into `tarefas`: the message keeps its routing key `tarefa`.',
  'ex.poison-message.title': 'Stop the poison message',
  'ex.poison-message.goal':
    '`processador` fails on a corrupt invoice and nacks it with requeue, so it comes back forever. After its third delivery it must instead go to `venenosas` (through `dlx`), with `delivery_limit` as the reason.',
  'ex.poison-message.hint1':
    'Quorum queues count deliveries and can give up on a message after a limit (`x-delivery-limit`).',
  'ex.poison-message.hint2': 'With a limit of N a message is delivered at most N + 1 times.',
  'ex.poison-message.hint3':
    'Make `faturas` a quorum queue with a delivery limit and `dlx` as its dead-letter exchange, then bind `dlx` to `venenosas`.',
} as const;

export const exercisesPt: Record<keyof typeof exercisesEn, string> = {
  // ---- the panel ----
  'ex.tab.list': 'Exercícios',
  'ex.tab.create': 'Criar (professores)',
  'ex.tabs': 'Visões dos exercícios',
  'ex.close': 'Fechar',
  'ex.intro':
    'Resolva cada objetivo no canvas. “Verificar minha solução” roda o seu cenário com mensagens de teste próprias e conta o que realmente aconteceu.',
  'ex.progress.count': '{done} de {total} resolvidos',
  'ex.level.easy': 'Fácil',
  'ex.level.medium': 'Médio',
  'ex.level.hard': 'Difícil',
  'ex.section.2': '§2 Mensagens',
  'ex.section.3': '§3 Quando usar mensageria',
  'ex.section.5': '§5 AMQP (RabbitMQ)',
  'ex.section.custom': 'Do seu professor',
  'ex.solved': 'Resolvido',
  'ex.current': 'Aberto agora',
  'ex.openExercise': 'Abrir “{title}”',
  'ex.openLink': 'Abrir um link de exercício',
  'ex.openLink.label': 'Link do exercício',
  'ex.openLink.go': 'Abrir',

  // ---- opening ----
  'ex.confirm.title': 'Substituir o seu canvas?',
  'ex.confirm.body':
    'Abrir “{title}” substitui o que está no canvas agora. Desfazer (Ctrl+Z) traz o seu trabalho de volta.',
  'ex.confirm.ok': 'Abrir o exercício',
  'ex.confirm.cancel': 'Manter meu canvas',
  'ex.opened': 'O exercício está no canvas. Desfazer (Ctrl+Z) traz de volta o que estava lá.',

  // ---- one exercise ----
  'ex.back': 'Todos os exercícios',
  'ex.goal': 'Objetivo',
  'ex.locked.title': 'Partes travadas',
  'ex.locked.help':
    'Estas partes são do exercício: você pode movê-las, mas não alterá-las nem apagá-las.',
  'ex.locked.edge': 'a conexão {from} → {to}',
  'ex.check': 'Verificar minha solução',
  'ex.result.passed':
    'Resolvido! A verificação rodou o seu cenário e tudo aconteceu como o objetivo pede.',
  'ex.result.failed': 'Ainda não. Isto é o que a verificação viu:',
  'ex.result.stale': 'Você mudou o canvas depois desta verificação.',
  'ex.hint.show': 'Mostrar uma dica ({n} de {total})',
  'ex.hint.title': 'Dicas',
  'ex.hint.n': 'Dica {n}',
  'ex.next': 'Próximo exercício',
  'ex.restart': 'Recomeçar',
  'ex.leave': 'Sair do exercício',
  'ex.how.title': 'Como é verificado',
  'ex.how.messages':
    'Publica {count} mensagens de teste próprias (os agendamentos dos produtores ficam desligados).',
  'ex.how.crash': 'Aos {at} s, derruba o consumidor {consumer}.',
  'ex.how.restart': 'Aos {at} s, reinicia o broker.',
  'ex.how.close': 'Aos {at} s, fecha a conexão do consumidor {consumer}.',
  'ex.how.run':
    'Roda {seconds} s de tempo simulado e depois lê o log de eventos e o estado do broker.',

  // ---- the goal bar ----
  'ex.bar.label': 'Exercício',
  'ex.bar.collapse': 'Ocultar o objetivo',
  'ex.bar.expand': 'Mostrar o objetivo',
  'ex.bar.details': 'Dicas e detalhes',
  'ex.bar.detached': 'O canvas não tem mais este exercício.',
  'ex.bar.more': '(e mais {count} em Dicas e detalhes)',
  'ex.lock.refusedNode':
    '{kind} {name} faz parte do exercício: pode ser movido, mas não alterado nem apagado.',
  'ex.lock.refusedEdge':
    'A conexão {from} → {to} faz parte do exercício: não pode ser alterada nem apagada.',

  // ---- progress ----
  'ex.progress.corrupt':
    'Não foi possível ler o seu progresso nos exercícios, então ele recomeça do zero. O registro antigo foi guardado neste navegador em “{key}”.',
  'ex.progress.stuck':
    'Não foi possível ler o seu progresso nos exercícios, e ele foi deixado como estava: o progresso novo não será salvo desta vez.',
  'ex.progress.quota':
    'Não foi possível salvar o seu progresso: o armazenamento deste navegador está cheio.',
  'ex.progress.unavailable':
    'Este navegador não deixa o BrokerLab lembrar o seu progresso (modo privado ou armazenamento desativado).',

  // ---- exercise links ----
  'ex.link.not-an-exercise-link': 'Isto não é um link de exercício do BrokerLab.',
  'ex.link.unknown-version':
    'Este link de exercício foi feito por um BrokerLab mais novo (formato {version}). Recarregue a página para pegar a versão mais recente.',
  'ex.link.truncated':
    'Este link está incompleto: provavelmente foi cortado ao ser copiado. Peça de novo.',
  'ex.link.corrupted': 'Este link está danificado e não pode ser lido.',
  'ex.link.too-large': 'Este link é grande demais para abrir.',
  'ex.link.invalid': 'Este link de exercício tem problemas:',
  'ex.link.keptWork': 'O seu canvas não foi alterado.',

  // ---- instructors ----
  'ex.author.intro':
    'Transforme o canvas num exercício: monte a solução, registre o que as mensagens de teste fazem, prepare o ponto de partida e compartilhe um link.',
  'ex.author.step1': '1. A solução e suas mensagens de teste',
  'ex.author.step1.help':
    'Monte a solução no canvas. A verificação publica estas mensagens pelos seus produtores:',
  'ex.author.noProducer':
    'Primeiro adicione um produtor ao canvas: as mensagens de teste saem pelos produtores.',
  'ex.author.msg.group': 'Mensagem de teste {n}',
  'ex.author.msg.producer': 'Produtor',
  'ex.author.msg.key': 'Routing key',
  'ex.author.msg.remove': 'Remover',
  'ex.author.msg.add': 'Adicionar mensagem de teste',
  'ex.author.msg.fromProducers': 'Pegar dos produtores',
  'ex.author.capture': 'Registrar os resultados',
  'ex.author.captured':
    'Registrado numa execução do canvas: cada mensagem de teste deve terminar assim.',
  'ex.author.col.message': 'Mensagem de teste',
  'ex.author.col.outcome': 'Chega a',
  'ex.author.outcome.none': 'nenhuma fila',
  'ex.author.outcome.returned': 'volta para {producer}',
  'ex.author.stale':
    'As mensagens de teste mudaram depois que os resultados foram registrados: registre de novo.',
  'ex.author.notLost': 'Exigir também que nenhuma mensagem de teste se perca',
  'ex.author.step2': '2. O ponto de partida',
  'ex.author.step2.help':
    'Agora transforme o canvas no que o aluno vai receber (tire um binding, mude uma chave…) e então:',
  'ex.author.useStart': 'Usar o canvas como início',
  'ex.author.startSet': 'Início registrado: {nodes} nós e {edges} conexões.',
  'ex.author.startPasses':
    'Atenção: este ponto de partida já passa na verificação, então o aluno não teria nada a fazer.',
  'ex.author.step3': '3. Objetivo, dicas e travas',
  'ex.author.title': 'Título',
  'ex.author.goal': 'Objetivo, com as suas palavras',
  'ex.author.level': 'Nível',
  'ex.author.hints': 'Dicas, uma por linha (opcional)',
  'ex.author.locks': 'Partes travadas: o aluno não pode alterá-las nem apagá-las',
  'ex.author.step4': '4. Compartilhar',
  'ex.author.makeLink': 'Criar o link',
  'ex.author.link': 'Link do exercício',
  'ex.author.copy': 'Copiar',
  'ex.author.copied': 'Copiado',
  'ex.author.linkLong':
    'Este link é longo ({chars} caracteres): alguns aplicativos de conversa cortam links longos.',
  'ex.author.linkTooLong':
    'Este link é longo demais ({chars} caracteres) para alguns navegadores: diminua o cenário.',
  'ex.author.try': 'Testar como aluno',
  'ex.author.need.messages': 'Adicione pelo menos uma mensagem de teste.',
  'ex.author.need.capture': 'Primeiro registre os resultados (passo 1).',
  'ex.author.need.start': 'Primeiro registre o ponto de partida (passo 2).',
  'ex.author.need.title': 'Dê um título ao exercício.',
  'ex.author.need.goal': 'Escreva o objetivo.',
  'ex.author.solutionFails': 'A solução que você registrou não passa nesta verificação:',
  'ex.author.tooLarge': 'O exercício é grande demais para compartilhar por link.',

  // ---- words inside feedback ----
  'ex.msg.nth': 'mensagem {n}',
  'ex.word.default-exchange': 'o exchange padrão',
  'ex.word.the.producer': 'O produtor',
  'ex.word.the.exchange': 'O exchange',
  'ex.word.the.queue': 'A fila',
  'ex.word.the.consumer': 'O consumidor',
  'ex.word.drop.unroutable': 'nenhum binding combinou com ela (não roteável)',
  'ex.word.drop.overflow': 'a fila estava cheia (tamanho máximo)',
  'ex.word.drop.cycle': 'ela entrou num ciclo de dead-letter',
  'ex.word.drop.queue-deleted': 'a fila dela foi apagada',
  'ex.word.drop.dlx-missing': 'o dead-letter exchange dela não existe',
  'ex.word.drop.no-dlx': 'ela foi rejeitada ou expirou, e a fila não tem dead-letter exchange',
  'ex.word.drop.purged': 'a fila foi esvaziada (purge)',
  'ex.word.drop.restart': 'o broker reiniciou',
  'ex.word.drop.not-persistent':
    'ela não era persistente (delivery mode 1) quando o broker reiniciou',
  'ex.word.deleted.explicit': 'ela foi apagada',
  'ex.word.deleted.auto-delete':
    'ela foi apagada automaticamente (auto-delete) quando o último consumidor saiu',
  'ex.word.deleted.expires': 'ela ficou sem uso por tempo demais (x-expires)',
  'ex.word.deleted.exclusive-owner-gone': 'a conexão dona dela fechou (exclusive)',
  'ex.word.deleted.restart': 'o restart do broker a apagou (ela não é durável)',

  // ---- feedback ----
  'ex.fail.producer.absent': 'Não existe o produtor {producer}: a verificação publica por ele.',
  'ex.fail.consumer.absent': 'Não existe o consumidor {consumer}.',
  'ex.fail.not-sent.no-edge':
    '{producer} não está ligado a um exchange nem a uma fila, então as mensagens de teste não conseguiram sair dele.',
  'ex.fail.not-sent.refused': 'O broker recusou {msg}: {code} {text}.',
  'ex.fail.not-sent.lost': '{msg} nunca chegou ao broker.',
  'ex.fail.action.no-consumer':
    'A verificação não encontrou o consumidor {consumer} para agir sobre ele.',
  'ex.fail.route.missing': '{msg} não chegou a {queue}.',
  'ex.fail.route.extra': '{msg} chegou a {queue}; deveria chegar só a {expected}.',
  'ex.fail.route.extra-none': '{msg} chegou a {queue}; não deveria chegar a fila nenhuma.',
  'ex.fail.route.unroutable':
    '{msg} não chegou a fila nenhuma (nenhum binding combinou com ela); deveria chegar a {expected}.',
  'ex.fail.returned.dropped':
    '{msg} foi descartada como não roteável; deveria ter voltado para {producer}.',
  'ex.fail.returned.routed':
    '{msg} foi roteada para {queue}, então não tinha como voltar para {producer}.',
  'ex.fail.dead-letter.no-dlx':
    '{msg} morreu em {from} (motivo {reason}) e foi descartada: {from} não tem dead-letter exchange.',
  'ex.fail.dead-letter.dlx-missing':
    '{msg} morreu em {from}, mas o dead-letter exchange {exchange} não existe, então ela foi descartada.',
  'ex.fail.dead-letter.unrouted':
    '{msg} virou dead-letter em {exchange}, mas nenhum binding ali a levou até {queue}.',
  'ex.fail.dead-letter.elsewhere': '{msg} virou dead-letter em {got} em vez de {queue}.',
  'ex.fail.dead-letter.never': '{msg} nunca morreu em {from} com o motivo {reason}.',
  'ex.fail.death-count':
    'O cabeçalho x-death de {msg} conta {count} × {reason} em {queue}; deveria ser pelo menos {min}.',
  'ex.fail.deliveries.few':
    '{msg} foi entregue a partir de {queue} {count} vez(es); deveria ser pelo menos {min}.',
  'ex.fail.deliveries.many':
    '{msg} foi entregue a partir de {queue} {count} vezes; deveria ser no máximo {max}.',
  'ex.fail.deliveries.gap':
    '{msg} voltou para {queue} depois de só {gap} s; deveria esperar pelo menos {min} s.',
  'ex.fail.lost.auto-ack':
    '{msg} se perdeu: {consumer} a recebeu com auto ack e caiu antes de terminá-la.',
  'ex.fail.lost.auto-ack-unknown':
    '{msg} se perdeu: foi entregue com auto ack e o consumidor nunca a terminou.',
  'ex.fail.lost.dropped-in': '{msg} se perdeu em {queue}: {why}.',
  'ex.fail.lost.dropped': '{msg} se perdeu: {why}.',
  'ex.fail.lost.unknown':
    '{msg} se perdeu: não está em fila nenhuma e nenhum consumidor a terminou.',
  'ex.fail.handled.waiting': '{msg} ainda está esperando em {queue}: nenhum consumidor a terminou.',
  'ex.fail.handled.late': '{msg} foi concluída aos {time} s; o objetivo é terminar até {within} s.',
  'ex.fail.holds.missing': '{msg} não está em {queue} no final.',
  'ex.fail.holds.missing-why': '{msg} não está em {queue} no final: {why}.',
  'ex.fail.holds.extra': '{msg} está em {queue} no final; a fila não deveria guardá-la.',
  'ex.fail.queue.gone': 'A fila {queue} não existe no final: {why}.',
  'ex.fail.queue.absent': 'Não existe a fila {queue}.',
  'ex.fail.queue-gone.still': 'A fila {queue} ainda existe no final; ela deveria ter sumido.',
  'ex.fail.order': 'As mensagens saíram de {queue} na ordem {got}; o objetivo é {expected}.',
  'ex.fail.in-flight':
    '{consumer} segurou {count} mensagens ao mesmo tempo; deveria segurar no máximo {max}.',
  'ex.fail.min-handled':
    '{consumer} concluiu {count} mensagens; deveria concluir pelo menos {min}.',
  'ex.fail.expired.never': '{msg} nunca expirou em {queue}.',
  'ex.fail.expired.early':
    '{msg} expirou em {queue} depois de {after} s; deveria esperar pelo menos {min} s.',
  'ex.fail.expired.late':
    '{msg} só expirou em {queue} depois de {after} s; deveria expirar em até {max} s.',
  'ex.fail.payload.not-empty': '{msg} leva um payload de {size} bytes; não deveria ter nenhum.',
  'ex.fail.payload.not-json': 'O payload de {msg} não é um JSON válido.',
  'ex.fail.payload.not-object': 'O payload de {msg} é JSON, mas não é um objeto.',
  'ex.fail.payload.missing-field': 'O payload JSON de {msg} não tem o campo {field}.',
  'ex.fail.property.missing': '{msg} não tem {name}; o objetivo pede {expected}.',
  'ex.fail.property.wrong': '{msg} tem {name} {value}; o objetivo pede {expected}.',
  'ex.fail.exchange.absent': 'Não existe o exchange {exchange}.',
  'ex.fail.exchange-type':
    'O exchange {exchange} é do tipo {type}; o objetivo precisa de {expected}.',
  'ex.fail.via-default':
    '{producer} publica no exchange {exchange}; o objetivo é publicar pelo exchange padrão.',
  'ex.fail.exchange-binding.missing':
    'Não há binding do exchange {source} para o exchange {destination}.',
  'ex.fail.no-binding':
    '{destination} está ligado direto a {source}; o objetivo é passar por outro exchange.',
  'ex.fail.queue-flag.on': 'A fila {queue} deveria ser {flag}.',
  'ex.fail.queue-flag.off': 'A fila {queue} não deveria ser {flag}.',
  'ex.fail.locked.node-deleted': '{kind} {name} faz parte do exercício e foi apagado.',
  'ex.fail.locked.node-changed': '{kind} {name} faz parte do exercício e foi alterado.',
  'ex.fail.locked.edge-deleted': 'A conexão {from} → {to} faz parte do exercício e foi apagada.',
  'ex.fail.locked.edge-changed': 'A conexão {from} → {to} faz parte do exercício e foi alterada.',

  // ---- the built-in exercises ----
  'ex.topic-filial.title': 'Notas de filial para `filial`',
  'ex.topic-filial.goal':
    'Toda nota de filial — qualquer routing key que combine com `notas.*.filial`, como `notas.compras.filial` e `notas.vendas.filial` — deve chegar à fila `filial`, e `filial` não deve receber mais nada. `compras` continua recebendo as notas de compras (`notas.compras.*`). Mude apenas o binding da `filial`.',
  'ex.topic-filial.hint1':
    'Selecione a seta de `notas` até `filial` e veja a binding key no inspetor.',
  'ex.topic-filial.hint2':
    'Num exchange topic, `*` vale exatamente uma palavra: `notas.*.filial` combina com `notas.vendas.filial`, mas não com `notas.vendas.matriz`.',
  'ex.direct-severity.title': 'Logs por severidade',
  'ex.direct-severity.goal':
    'O exchange direct `logs` recebe as chaves `info`, `warning` e `error`. `erros` deve receber só `error`; `todos` deve receber as três. Qualquer outra chave (`debug`) não vai para lugar nenhum.',
  'ex.direct-severity.hint1':
    'Um exchange direct compara a chave inteira, sem curingas: um binding, uma chave.',
  'ex.direct-severity.hint2':
    'Uma fila pode ter vários bindings com o mesmo exchange: arraste outra conexão de `logs` até `todos` e dê a ela uma chave nova.',
  'ex.default-exchange.title': 'Hello world pelo exchange padrão',
  'ex.default-exchange.goal':
    'Como no primeiro tutorial do RabbitMQ, `hello-app` deve mandar sua mensagem para a fila `hello` pelo exchange padrão (o sem nome, onde toda fila está ligada pelo próprio nome), e não por `hello-x`. `hello-worker` deve recebê-la.',
  'ex.default-exchange.hint1':
    '`hello-x` não tem binding, então tudo o que chega nele é descartado.',
  'ex.default-exchange.hint2':
    'Neste canvas, ligar um produtor direto a uma fila significa publicar no exchange padrão, com o nome da fila como routing key.',
  'ex.fanout-services.title': 'Um pedido, três serviços',
  'ex.fanout-services.goal':
    'Todo pedido que a `loja` publica deve chegar a `estoque`, `faturamento` e `email`, seja qual for a routing key. Use o tipo de exchange feito para difusão.',
  'ex.fanout-services.hint1':
    'Hoje `pedidos` é um exchange direct: cada fila recebe só a chave do seu binding.',
  'ex.fanout-services.hint2':
    'Um exchange fanout ignora routing keys e copia cada mensagem para todas as filas ligadas a ele.',
  'ex.headers-json.title': 'Cabeçalhos e payload JSON',
  'ex.headers-json.goal':
    'Configure a mensagem de `cadastro` para que ela chegue a `clientes`: cabeçalhos `tipo` = `cliente` (texto) e `versao` = 2 (número), content type `application/json` e um payload JSON que seja um objeto com o campo `nome`.',
  'ex.headers-json.hint1':
    'Selecione o binding de `entrada` até `clientes` para ver exatamente quais cabeçalhos ele pede (x-match all: todos eles).',
  'ex.headers-json.hint2':
    'Valores de cabeçalho têm tipo: o número 2 e o texto "2" são valores diferentes para um exchange headers.',
  'ex.headers-json.hint3': 'Um objeto JSON tem esta cara: `{"nome": "Ana"}`.',
  'ex.heartbeat.title': 'Uma mensagem sem payload',
  'ex.heartbeat.goal':
    '`monitor` manda heartbeats para `status`. Um heartbeat não leva payload nenhum, só atributos: deixe a mensagem vazia e defina a propriedade `type` como `heartbeat`.',
  'ex.heartbeat.hint1':
    'Uma mensagem pode ter atributos e nenhum payload: apague o campo de payload.',
  'ex.heartbeat.hint2':
    '`type` é uma das propriedades da mensagem, ao lado de content type e delivery mode.',
  'ex.message-ttl.title': 'Ofertas que expiram',
  'ex.message-ttl.goal':
    'Ninguém está lendo `ofertas` agora. Uma oferta que esperou 10 segundos ali já está velha: ela deve expirar e sair da fila 10 s depois de chegar (1 s para mais ou para menos).',
  'ex.message-ttl.hint1': 'Mensagens podem ter um tempo de vida (TTL), em milissegundos.',
  'ex.message-ttl.hint2':
    'Defina para a fila inteira (message TTL, `x-message-ttl`) ou para cada mensagem (a propriedade `expiration`).',
  'ex.scale-out.title': 'Mais consumidores para dar conta',
  'ex.scale-out.goal':
    'O `redimensionador` leva 2 s por imagem. Seis imagens chegam de uma vez, e todas as seis precisam estar prontas em até 9 s de tempo simulado. O `redimensionador` não pode mudar: escale horizontalmente.',
  'ex.scale-out.hint1':
    'Vários consumidores na mesma fila dividem as mensagens dela (round robin).',
  'ex.scale-out.hint2': 'Arraste mais consumidores da paleta e ligue `imagens` a cada um deles.',
  'ex.topic-hash.title': 'Todas as compras, em qualquer nível',
  'ex.topic-hash.goal':
    '`compras` deve receber toda nota de compra, seja o que for que venha depois de `notas.compras`: `notas.compras.filial`, `notas.compras.matriz.sp` e até `notas.compras` sozinha. Notas de vendas não podem chegar nela. Mude apenas o binding de `compras`.',
  'ex.topic-hash.hint1':
    '`*` combina com exatamente uma palavra, então `notas.compras.*` deixa de fora chaves com duas palavras depois de `compras`, ou nenhuma.',
  'ex.topic-hash.hint2': '`#` combina com zero ou mais palavras.',
  'ex.headers-pdf-log.title': 'Só os logs em PDF',
  'ex.headers-pdf-log.goal':
    '`logs` deve receber só mensagens com `format=pdf` e `type=log` ao mesmo tempo. Um relatório em PDF (`format=pdf, type=report`) vai só para `relatorios`, e um log em CSV não vai para lugar nenhum. Mude apenas o binding de `logs`.',
  'ex.headers-pdf-log.hint1': 'Olhe o `x-match` do binding de `logs`.',
  'ex.headers-pdf-log.hint2': '`any` se satisfaz com um cabeçalho que combine; `all` exige todos.',
  'ex.mandatory-return.title': 'Pedidos não roteáveis de volta',
  'ex.mandatory-return.goal':
    'Quando a `loja` publica um pedido com uma chave que nenhum binding aceita (`devolvido`), o broker o descarta em silêncio. Faça essa mensagem voltar para a `loja`, e `novo` continuar chegando em `novos`.',
  'ex.mandatory-return.hint1':
    'Quem publica pode pedir ao broker que devolva uma mensagem que ele não consegue rotear.',
  'ex.mandatory-return.hint2': 'É a flag `mandatory`, na mensagem do produtor.',
  'ex.alternate-exchange.title': 'Pegar o que ninguém roteia',
  'ex.alternate-exchange.goal':
    'Pedidos cuja chave não combina com nenhum binding de `pedidos` (como `devolvido` ou `trocado`) devem acabar em `nao-roteadas`, passando pelo exchange fanout `sobras`. Pedidos com a chave `novo` continuam indo só para `novos`.',
  'ex.alternate-exchange.hint1':
    'Um exchange pode indicar um alternate exchange: ele recebe tudo o que o primeiro não conseguiu rotear.',
  'ex.alternate-exchange.hint2':
    'Defina `sobras` como alternate exchange de `pedidos` e depois ligue `sobras` a `nao-roteadas`.',
  'ex.no-loss-crash.title': 'Nenhuma mensagem perdida quando um consumidor cai',
  'ex.no-loss-crash.goal':
    'O `worker-b` vai cair 1,5 s depois do início, no meio do trabalho. Nenhuma mensagem pode se perder: cada um dos seis uploads ainda precisa ser processado por alguém.',
  'ex.no-loss-crash.hint1':
    'Com auto ack, o broker esquece a mensagem no instante em que a entrega.',
  'ex.no-loss-crash.hint2':
    'Com ack manual, o broker guarda cada mensagem até o consumidor dar ack, e a entrega de novo se o canal do consumidor fechar antes.',
  'ex.fair-dispatch.title': 'Distribuição justa',
  'ex.fair-dispatch.goal':
    'O `lento` leva 4 s por mensagem; o `rapido`, 0,3 s. Dez mensagens chegam de uma vez. O `lento` nunca pode segurar mais de uma mensagem por vez, para que o `rapido` faça a maior parte do trabalho (pelo menos 7 das 10), e toda mensagem precisa ser concluída.',
  'ex.fair-dispatch.hint1':
    'Sem limite de prefetch, a fila entrega as mensagens em rodízio, não importa o quão ocupado cada consumidor esteja.',
  'ex.fair-dispatch.hint2':
    'Prefetch 1: o consumidor só recebe a próxima mensagem depois de dar ack na que está com ele.',
  'ex.dead-letter-rejected.title': 'Rejeitadas para a dead-letter',
  'ex.dead-letter-rejected.goal':
    'O `validador` rejeita todo pagamento que recebe (sem requeue). Pagamentos rejeitados não podem sumir: devem acabar na fila `dead`, com o motivo no cabeçalho `x-death`.',
  'ex.dead-letter-rejected.hint1':
    'Uma fila pode indicar um dead-letter exchange: mensagens rejeitadas, expiradas ou que estouram o limite são republicadas nele.',
  'ex.dead-letter-rejected.hint2':
    'Defina `dlx` como dead-letter exchange de `pagamentos` e depois ligue `dlx` a `dead`.',
  'ex.max-length-reject.title': 'Uma fila que diz não',
  'ex.max-length-reject.goal':
    '`sensores` manda 8 leituras e ninguém consome `leituras`. A fila deve guardar no máximo 5: as 5 primeiras ficam, e o broker recusa as mais novas.',
  'ex.max-length-reject.hint1': 'Defina um tamanho máximo na fila (`x-max-length`).',
  'ex.max-length-reject.hint2':
    'Por padrão, uma fila cheia descarta a mensagem mais antiga (`drop-head`); a configuração de overflow pode fazê-la recusar a nova.',
  'ex.priority.title': 'VIP primeiro',
  'ex.priority.goal':
    'O `atendente` atende um chamado por vez. Chegam três chamados normais e depois um chamado `vip` (prioridade 9) enquanto o primeiro está sendo atendido. O `vip` deve ser o próximo, antes dos outros normais.',
  'ex.priority.hint1':
    'Uma fila clássica ignora a prioridade das mensagens, a menos que seja declarada como fila de prioridade.',
  'ex.priority.hint2': 'Defina a prioridade máxima da fila (`x-max-priority`), por exemplo 10.',
  'ex.durable-persistent.title': 'Sobreviver a um restart do broker',
  'ex.durable-persistent.goal':
    'Três pedidos esperam em `pedidos` quando o broker reinicia (3 s depois do início). Depois do restart, os três ainda precisam estar em `pedidos`.',
  'ex.durable-persistent.hint1': 'Uma fila transiente some num restart, com mensagens e tudo.',
  'ex.durable-persistent.hint2':
    'Mesmo numa fila durável, só mensagens persistentes (delivery mode 2) sobrevivem: a fila e as mensagens precisam, cada uma, ser feitas para durar.',
  'ex.exclusive-queue.title': 'Uma fila de resposta particular',
  'ex.exclusive-queue.goal':
    '`respostas` é a fila de resposta do `cliente-rpc`. Só a conexão do `cliente-rpc` pode usá-la, e ela deve sumir sozinha quando essa conexão fechar (a verificação fecha a conexão depois de 4 s).',
  'ex.exclusive-queue.hint1':
    'Filas têm flags para exatamente isso: durable, exclusive, auto-delete.',
  'ex.exclusive-queue.hint2':
    'Uma fila exclusive pertence à conexão que a declarou e é apagada quando essa conexão fecha.',
  'ex.exchange-to-exchange.title': 'Auditar todo evento de pedido',
  'ex.exchange-to-exchange.goal':
    'Todo evento `pedido.*` publicado em `eventos` também deve chegar às duas filas de auditoria, `audit-a` e `audit-b`, passando pelo exchange fanout `auditoria`, sem ligar as filas de auditoria direto em `eventos`. Eventos de cliente (`cliente.*`) não devem ser auditados.',
  'ex.exchange-to-exchange.hint1':
    'Um binding pode ir de um exchange para outro exchange, não só para uma fila.',
  'ex.exchange-to-exchange.hint2':
    'Arraste de `eventos` até `auditoria` e dê ao binding um padrão de topic.',
  'ex.ttl-retry.title': 'Tentar de novo depois de 5 segundos',
  'ex.ttl-retry.goal':
    'O `worker` rejeita a tarefa que recebe (sem requeue) porque um serviço de que ele precisa está fora do ar. Em vez de perder a tarefa, monte um laço de nova tentativa: a tarefa rejeitada espera 5 s em `espera` e depois volta para `trabalho` para ser tentada de novo, repetidamente.',
  'ex.ttl-retry.hint1':
    'As mensagens rejeitadas em `trabalho` podem virar dead-letter em `espera` (passando por `retry`).',
  'ex.ttl-retry.hint2':
    'Um message TTL em `espera` faz cada mensagem expirar depois de 5 s, e uma mensagem expirada também vira dead-letter.',
  'ex.ttl-retry.hint3':
    'Mande o dead-letter de `espera` de volta para `tarefas`: a mensagem mantém a routing key `tarefa`.',
  'ex.poison-message.title': 'Parar a mensagem envenenada',
  'ex.poison-message.goal':
    'O `processador` falha com uma fatura corrompida e dá nack com requeue, então ela volta para sempre. Depois da terceira entrega, ela deve ir para `venenosas` (passando por `dlx`), com `delivery_limit` como motivo.',
  'ex.poison-message.hint1':
    'Filas quorum contam as entregas e podem desistir de uma mensagem depois de um limite (`x-delivery-limit`).',
  'ex.poison-message.hint2': 'Com limite N, uma mensagem é entregue no máximo N + 1 vezes.',
  'ex.poison-message.hint3':
    'Faça de `faturas` uma fila quorum com delivery limit e `dlx` como dead-letter exchange, e depois ligue `dlx` a `venenosas`.',
};
