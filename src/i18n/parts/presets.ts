// The preset gallery and presenter mode. Preset documents are language-neutral (queue names such as
// `notas.compras.filial` stay as they are); their titles, explanations, tags and "things to try"
// live here, as presets.<id>.title / .explain / .tags / .try1-3. Text between backticks shows as code.
export const presetsEn = {
  'presets.heading': 'Presets',
  'presets.intro':
    'Ready-made scenarios, one click each. Opening one replaces the canvas: Undo brings your canvas back.',
  'presets.search': 'Search presets',
  'presets.searchPlaceholder': 'topic, prefetch, dead letter…',
  'presets.count': '{n} of {total} presets',
  'presets.none': 'No preset matches “{query}”.',
  'presets.autoplay': 'Start playing when opened',
  'presets.open': 'Open',
  'presets.openLabel': 'Open preset: {title}',
  'presets.try': 'Things to try',
  'presets.close': 'Close',
  'presets.keys': '↑ ↓ move between presets, Enter opens the first match from the search box.',
  'presets.opened': 'Opened “{title}”. Undo brings your canvas back.',
  'presets.undo': 'Undo',
  'presets.dismiss': 'Dismiss',

  'presets.group.exchanges': 'Exchanges and routing',
  'presets.group.queues': 'Queues: dead letters, limits, priority',
  'presets.group.consumers': 'Consumers and acks',
  'presets.group.broker': 'Broker, connections and channels',
  'presets.group.tutorials': 'RabbitMQ tutorials',
  'presets.group.why': 'When to use messaging',

  'presets.notes-topic.title': 'Topic exchange: the study notes’ keys',
  'presets.notes-topic.explain':
    'The notes’ example. The producer cycles through `notas.compras.filial`, `notas.compras.matriz` and `notas.vendas.filial`. Queue `filial` is bound with `notas.*.filial` (`*` takes exactly one word), `compras` with `notas.compras.*`. Each message lands once in every queue whose binding matches.',
  'presets.notes-topic.tags': 'topic, wildcard, *, #, routing key, binding key, notes',
  'presets.notes-topic.try1':
    'Click a token or a log line: the explanation shows word by word why `notas.*.filial` matched.',
  'presets.notes-topic.try2':
    'Change the `filial` binding to `notas.#`: every key reaches `filial` now.',
  'presets.notes-topic.try3': 'Bind a new queue with `#.matriz` and see which messages it gets.',

  'presets.default-exchange.title': 'Default exchange',
  'presets.default-exchange.explain':
    'A producer wired straight to a queue publishes to the default exchange (the exchange named with the empty string), with the queue’s name as routing key. Every queue is reachable this way under its own name: no binding is needed, and none can be made.',
  'presets.default-exchange.tags':
    'default exchange, amq.default, empty name, routing key, queue name',
  'presets.default-exchange.try1':
    'Read the log: published to the default exchange with key `pedidos`, then routed to queue `pedidos`.',
  'presets.default-exchange.try2':
    'Rename queue `pedidos`: the next messages use the new name as their key.',
  'presets.default-exchange.try3':
    'Change the routing key in `loja`’s message: nothing changes, the queue’s name is used.',

  'presets.direct.title': 'Direct exchange',
  'presets.direct.explain':
    'Exact match: a message goes to the queues whose binding key equals its routing key, letter for letter. The producer cycles `aprovado`, `recusado` and `estornado`. Nobody bound `estornado`, so those messages are unroutable and silently dropped (mandatory is off).',
  'presets.direct.tags': 'direct, routing key, binding key, exact match, unroutable',
  'presets.direct.try1':
    'Bind `recusados` a second time with `estornado`: no message is lost any more.',
  'presets.direct.try2':
    'Turn on mandatory in the producer’s message: unroutable messages come back as basic.return (312 NO_ROUTE).',
  'presets.direct.try3':
    'Change a binding key to `Aprovado`: the match is case-sensitive, so nothing arrives.',

  'presets.fanout.title': 'Fanout exchange',
  'presets.fanout.explain':
    'Broadcast: every queue bound to `avisos` gets its own copy of every message. The routing key (`promo` or `entrega`) and the binding keys are ignored.',
  'presets.fanout.tags': 'fanout, broadcast, publish/subscribe, copies',
  'presets.fanout.try1':
    'Add a queue and bind it to `avisos`: from the next message on, it gets copies too.',
  'presets.fanout.try2':
    'Make `sms-sender` slow (5000 ms): only `sms` grows, the other queues do not notice.',
  'presets.fanout.try3': 'Type a key on one of the bindings: nothing changes, fanout ignores it.',

  'presets.headers.title': 'Headers exchange',
  'presets.headers.explain':
    'Routing by headers, not by routing key. The notes’ messages: `format=pdf,type=report` and `format=pdf,type=log`. `relatorios` needs format=pdf and type=report (x-match all); `pdfs` needs only format=pdf, so it gets both; `logs` needs type=log or level=error (x-match any).',
  'presets.headers.tags': 'headers, x-match, all, any, header, format, pdf, report, log',
  'presets.headers.try1':
    'Click a routing line in the log: each header is checked one by one, ✔ or ✘.',
  'presets.headers.try2':
    'Switch the `logs` binding to x-match all: it needs level=error as well now, and gets nothing.',
  'presets.headers.try3':
    'Give `log-app` a routing key: nothing changes, a headers exchange ignores it.',

  'presets.exchange-to-exchange.title': 'Exchange to exchange',
  'presets.exchange-to-exchange.explain':
    'An exchange can be bound to another exchange. `eventos` (topic) forwards the keys matching `pedidos.#` to the fanout exchange `pedidos`, which copies them to `faturamento` and `estoque`. `auditoria` is bound to `eventos` with `#` and sees everything. A message is routed once over the whole graph: each queue gets one copy.',
  'presets.exchange-to-exchange.tags': 'exchange-to-exchange, e2e, exchange.bind, topic, fanout, #',
  'presets.exchange-to-exchange.try1':
    'Follow a `clientes.criado` message: it reaches `auditoria` only.',
  'presets.exchange-to-exchange.try2':
    'Bind `faturamento` to `eventos` with `#` too: it still gets a single copy of each message.',
  'presets.exchange-to-exchange.try3':
    'Delete the binding between the two exchanges: `pedidos` receives nothing more.',

  'presets.alternate-exchange.title': 'Alternate exchange',
  'presets.alternate-exchange.explain':
    '`pedidos` (direct) has the argument alternate-exchange = `nao-roteadas`. Only `pedido.br` has a binding; `pedido.ar` and `pedido.cl` match nothing, so instead of being dropped they go to the fanout exchange `nao-roteadas` and on to `revisar`. The link is an argument of `pedidos`, not an edge on the canvas.',
  'presets.alternate-exchange.tags':
    'alternate exchange, alternate-exchange, AE, unroutable, argument',
  'presets.alternate-exchange.try1':
    'Select `pedidos` and clear its alternate exchange: `pedido.ar` and `pedido.cl` are dropped again.',
  'presets.alternate-exchange.try2':
    'Bind a new queue to `pedidos` with `pedido.ar`: those messages stop using the alternate exchange.',
  'presets.alternate-exchange.try3':
    'Read the routing of a `pedido.cl` message in the log: no binding matched, so the alternate exchange took it.',

  'presets.dead-letter-retry.title': 'Dead-lettering with a TTL retry loop',
  'presets.dead-letter-retry.explain':
    'A delayed retry. `worker` rejects each message without requeue, and `trabalho` dead-letters it through the default exchange to `espera`. `espera` has a 5 s TTL and dead-letters expired messages back to `trabalho`. Each round adds to the x-death header. This worker rejects everything, so the loop never ends: a real one reads the x-death count and gives up.',
  'presets.dead-letter-retry.tags':
    'dead letter, DLX, x-dead-letter-exchange, x-dead-letter-routing-key, TTL, x-message-ttl, retry, x-death, reject, expired',
  'presets.dead-letter-retry.try1':
    'Click a message in `espera` and open its x-death table: the count grows each round.',
  'presets.dead-letter-retry.try2':
    'Set `worker` to ack: the next retried message is processed and the loop stops.',
  'presets.dead-letter-retry.try3':
    'Clear `espera`’s dead-letter routing key: an expired message would go back to `espera` itself, and RabbitMQ drops it as a dead-letter cycle.',

  'presets.max-length.title': 'Max length and overflow',
  'presets.max-length.explain':
    'Both queues get every reading from the fanout `leituras` and hold at most 3 ready messages (x-max-length). `ultimas-3` uses overflow drop-head: the oldest message is pushed out, here dead-lettered (reason maxlen) into `descartadas`. `recusa-novas` uses reject-publish: the new message is refused, and the sensor, which uses publisher confirms, gets a nack.',
  'presets.max-length.tags':
    'max length, x-max-length, overflow, drop-head, reject-publish, maxlen, nack, publisher confirms',
  'presets.max-length.try1': 'Watch the ready counts: neither queue goes above 3.',
  'presets.max-length.try2':
    'Find the nack confirms in the log: those are the readings `recusa-novas` refused.',
  'presets.max-length.try3':
    'Switch `recusa-novas` to reject-publish-dlx with a dead-letter exchange: refused messages are dead-lettered instead.',

  'presets.priority.title': 'Message priority',
  'presets.priority.explain':
    '`tarefas` is declared with x-max-priority 10, so it orders ready messages by priority first, then by arrival. `normal` publishes with priority 1 and `urgente` with priority 9: an urgent message overtakes the normal ones that are waiting, but not the one the worker already holds.',
  'presets.priority.tags': 'priority, x-max-priority, order, FIFO, urgent',
  'presets.priority.try1':
    'Watch an `urgente` message arrive while normal ones wait: it is the next one delivered.',
  'presets.priority.try2':
    'Remove x-max-priority from `tarefas`: the queue is plain FIFO again and priorities are ignored.',
  'presets.priority.try3':
    'Raise the worker’s prefetch to 5: messages already handed out cannot be overtaken.',

  'presets.work-queues-prefetch.title': 'Work queues and prefetch',
  'presets.work-queues-prefetch.explain':
    'The same tasks go to two queues, each with a fast worker (0.4 s) and a slow one (4 s). In `prefetch-1` each worker holds at most one unacked message, so the fast one takes far more (fair dispatch). In `sem-limite` prefetch is 0, no limit: the queue deals the messages in turn, and tasks pile up unacked at the slow worker.',
  'presets.work-queues-prefetch.tags':
    'prefetch, basic.qos, fair dispatch, round-robin, work queue, competing consumers, unacked',
  'presets.work-queues-prefetch.try1': 'Compare the unacked counts of the two queues.',
  'presets.work-queues-prefetch.try2':
    'Set `lento-0`’s prefetch to 1: `sem-limite` now shares the work like `prefetch-1`.',
  'presets.work-queues-prefetch.try3':
    'Search the log for a worker’s name to count the messages it received.',

  'presets.manual-ack.title': 'Ack, nack and reject by hand',
  'presets.manual-ack.explain':
    'You are the consumer. `voce` receives up to 3 messages (prefetch 3) and waits for your decision on each. Ack removes it; Nack or Reject with requeue puts it back, and it returns with redelivered = true; without requeue it is dead-lettered into `rejeitados`. Until you decide, the messages stay unacked and the others wait in the queue.',
  'presets.manual-ack.tags':
    'ack, nack, reject, requeue, redelivered, manual ack, prefetch, dead letter',
  'presets.manual-ack.try1': 'Press Ack on a message: the next one from `pedidos` is delivered.',
  'presets.manual-ack.try2': 'Nack a message with requeue: it comes back marked redelivered.',
  'presets.manual-ack.try3':
    'Reject a message without requeue: it lands in `rejeitados` with an x-death header.',

  'presets.consumer-crash.title': 'Consumer crash and redelivery',
  'presets.consumer-crash.explain':
    '`instavel` does the work, then crashes before its ack, holding up to 2 messages. Its channel closes, so the broker requeues every unacked message with redelivered = true and `estavel` processes them again: at-least-once delivery, which is why consumers should be idempotent. `instavel` restarts after 3 s and crashes again.',
  'presets.consumer-crash.tags':
    'crash, redelivery, redelivered, requeue, unacked, channel closed, at-least-once, idempotent',
  'presets.consumer-crash.try1':
    'Find a delivery marked redelivered in the log and follow that message’s journey.',
  'presets.consumer-crash.try2': 'Set `instavel` to ack: every message is processed exactly once.',
  'presets.consumer-crash.try3':
    'Give `instavel` prefetch 1: each crash requeues a single message.',

  'presets.durability.title': 'Durability and broker restart',
  'presets.durability.explain':
    'Two producers send 3 messages each to the fanout `eventos`: persistent ones (delivery mode 2) and transient ones (delivery mode 1). `duravel` is a durable queue and `temporaria` a transient one; nobody consumes, so the messages wait. Press Restart broker: `temporaria` is gone with its messages, and `duravel` keeps only the persistent ones.',
  'presets.durability.tags':
    'durable, transient, persistent, delivery mode, restart, durability, disk',
  'presets.durability.try1':
    'Once the 6 messages are in, press Restart broker and count what is left in `duravel`.',
  'presets.durability.try2': 'Press Declare again to bring `temporaria` back, empty.',
  'presets.durability.try3':
    'Make `eventos` transient and restart: the exchange is gone, and Publish fails with 404 until it is declared again.',

  'presets.connections-channels.title': 'Connections and channels',
  'presets.connections-channels.explain':
    'Each application opens one connection, with a channel per producer and consumer. `vendas`, `auditoria` and `separacao` belong to app `loja`: one connection, three channels. `auditoria` publishes with user_id `admin` while connected as `guest`, so RabbitMQ closes its channel with 406 PRECONDITION_FAILED. Only that channel: `vendas` and `separacao` carry on over the same connection.',
  'presets.connections-channels.tags':
    'connection, channel, multiplexing, channel error, 406, PRECONDITION_FAILED, user_id',
  'presets.connections-channels.try1':
    'Read the error in the log: the code, RabbitMQ’s own text, and that only the channel closed.',
  'presets.connections-channels.try2':
    'Clear `auditoria`’s user_id: its messages reach `registros`.',
  'presets.connections-channels.try3':
    'Give `auditoria` an app of its own: it gets its own connection, and the error still closes only its channel.',

  'presets.tutorial-hello-world.title': 'Tutorial 1: “Hello World!”',
  'presets.tutorial-hello-world.explain':
    'The first RabbitMQ tutorial. `send` publishes the text Hello World! to the queue `hello` through the default exchange; `receive` consumes with automatic ack, so each message counts as acknowledged as soon as it is sent.',
  'presets.tutorial-hello-world.tags':
    'tutorial, hello world, hello, send, receive, default exchange, auto ack',
  'presets.tutorial-hello-world.try1': 'Click a token: its payload is the text Hello World!',
  'presets.tutorial-hello-world.try2':
    'Delete the link from `hello` to `receive`: the messages wait in the queue.',
  'presets.tutorial-hello-world.try3':
    'Switch `receive` to manual ack: acks now travel back from the consumer.',

  'presets.tutorial-work-queues.title': 'Tutorial 2: Work queues',
  'presets.tutorial-work-queues.explain':
    '`new_task` sends persistent tasks to the durable queue `task_queue`, and two workers share them. Each worker acks when it has finished, with prefetch 1, so it is never given a new task before it acks the last one (fair dispatch).',
  'presets.tutorial-work-queues.tags':
    'tutorial, work queues, task_queue, worker, competing consumers, round-robin, prefetch, ack, persistent',
  'presets.tutorial-work-queues.try1':
    'Make `worker-2` slower (5000 ms): `worker-1` takes the extra tasks.',
  'presets.tutorial-work-queues.try2':
    'Set both prefetch values to 0: the tasks are dealt in strict turn, however slow a worker is.',
  'presets.tutorial-work-queues.try3':
    'Press Restart broker while tasks wait: persistent tasks in a durable queue survive.',

  'presets.tutorial-publish-subscribe.title': 'Tutorial 3: Publish/Subscribe',
  'presets.tutorial-publish-subscribe.explain':
    '`emit_log` publishes to the fanout exchange `logs`; each receiver has its own queue bound to it and gets every message. The tutorial declares exclusive queues with server-made names; here they are named auto-delete queues, so you can see them.',
  'presets.tutorial-publish-subscribe.tags':
    'tutorial, publish/subscribe, pub/sub, fanout, logs, emit_log, receive_logs, temporary queue',
  'presets.tutorial-publish-subscribe.try1':
    'Add a third queue and consumer bound to `logs`: it receives the next messages, not the past ones.',
  'presets.tutorial-publish-subscribe.try2':
    'Delete the binding of `logs-file`: its receiver stops getting logs.',
  'presets.tutorial-publish-subscribe.try3':
    'Give `emit_log` a routing key: nothing changes, fanout ignores it.',

  'presets.tutorial-routing.title': 'Tutorial 4: Routing',
  'presets.tutorial-routing.explain':
    '`emit_log_direct` publishes logs to the direct exchange `direct_logs` with the severity as routing key: `info`, `warning`, `error`. `errors-to-disk` is bound with `error` only; `all-to-screen` is bound three times, once per severity (the three bindings share one line on the canvas).',
  'presets.tutorial-routing.tags':
    'tutorial, routing, direct, direct_logs, severity, info, warning, error, multiple bindings',
  'presets.tutorial-routing.try1': 'Follow an `error` message: it is copied to both queues.',
  'presets.tutorial-routing.try2':
    'Delete one of the bindings into `all-to-screen`: that severity stops reaching it.',
  'presets.tutorial-routing.try3': 'Bind a new queue with `warning` and give it a consumer.',

  'presets.tutorial-topics.title': 'Tutorial 5: Topics',
  'presets.tutorial-topics.explain':
    'Keys of three words, `<speed>.<colour>.<species>`. Q1 is bound with `*.orange.*`, Q2 with `*.*.rabbit` and `lazy.#`. `quick.orange.rabbit` reaches both queues; `lazy.pink.rabbit` reaches Q2 once, although both of its bindings match; `quick.brown.fox`, `orange` and `quick.orange.new.rabbit` match nothing and are dropped.',
  'presets.tutorial-topics.tags':
    'tutorial, topics, topic, topic_logs, wildcard, *, #, lazy, orange, rabbit',
  'presets.tutorial-topics.try1':
    'Follow `lazy.orange.elephant`: it matches one binding of each queue.',
  'presets.tutorial-topics.try2':
    'Change `*.*.rabbit` to `#.rabbit`: `quick.orange.new.rabbit` reaches Q2 now.',
  'presets.tutorial-topics.try3':
    'Bind a queue with `#`: it behaves like a fanout and gets everything.',

  'presets.tutorial-rpc.title': 'Tutorial 6: RPC',
  'presets.tutorial-rpc.explain':
    '`rpc_client` sends a request to `rpc_queue` with reply_to = `rpc_client.replies` and correlation_id = `req-1`, and `rpc_server` consumes it. The reply is the producer `rpc_server.reply`: press its Publish button once the request is processed, and the answer reaches the client’s callback queue with the same correlation_id. Not simulated: the server’s code and its automatic reply, the client waiting for the answer, a new correlation_id per request, and direct reply-to (amq.rabbitmq.reply-to).',
  'presets.tutorial-rpc.tags':
    'tutorial, rpc, request, reply, reply_to, correlation_id, callback queue, rpc_queue',
  'presets.tutorial-rpc.try1':
    'Open the request’s details: reply_to and correlation_id are among its properties.',
  'presets.tutorial-rpc.try2':
    'Press Publish on `rpc_server.reply`: the reply carries correlation_id `req-1`, which lets the client match it to its request.',
  'presets.tutorial-rpc.try3':
    'Press Publish on `rpc_client` several times: the requests wait in `rpc_queue` while the server handles one at a time.',

  'presets.tutorial-publisher-confirms.title': 'Tutorial 7: Publisher confirms',
  'presets.tutorial-publisher-confirms.explain':
    'The producer’s channel is in confirm mode: the broker confirms each message once the queue has taken it, numbering them 1, 2, 3… per channel. A nack would mean the broker could not take responsibility for the message.',
  'presets.tutorial-publisher-confirms.tags':
    'tutorial, publisher confirms, confirm.select, ack, nack, sequence number, reliability',
  'presets.tutorial-publisher-confirms.try1':
    'Find the confirm that follows each publish in the log, with its sequence number.',
  'presets.tutorial-publisher-confirms.try2':
    'Give `confirms` a max length of 2 with overflow reject-publish: the broker nacks what it refuses.',
  'presets.tutorial-publisher-confirms.try3':
    'Turn publisher confirms off: the messages flow the same, but the producer hears nothing back.',

  'presets.why-async.title': 'Why messaging: asynchronous communication',
  'presets.why-async.explain':
    '`checkout` publishes 2 orders a second and moves on at once: it never waits for an e-mail to be sent. `email-sender` needs 2.5 s per message, so the queue absorbs the difference, and the sender works through the backlog at its own pace.',
  'presets.why-async.tags': 'why, asynchronous, async, non-blocking, buffer, backlog',
  'presets.why-async.try1': 'Watch the producer: it never slows down, however long the queue gets.',
  'presets.why-async.try2':
    'Make `email-sender` faster (300 ms) with prefetch 5: the backlog shrinks.',
  'presets.why-async.try3':
    'Set the producer’s rate to 0.25 a second: the consumer keeps up and the queue stays empty.',

  'presets.why-decoupling.title': 'Why messaging: decoupling',
  'presets.why-decoupling.explain':
    'The shop publishes `pedido.criado` and `pedido.pago` to the exchange `eventos-loja` and knows nothing more: not who listens, not how many. Stock, billing and analytics each bind their own queue to the keys they care about.',
  'presets.why-decoupling.tags': 'why, decoupling, independent services, publish/subscribe, topic',
  'presets.why-decoupling.try1':
    'Add a queue and consumer bound with `pedido.#`: a new service joins without touching the producer.',
  'presets.why-decoupling.try2':
    'Delete `faturamento-app`: the shop keeps publishing, and `faturamento` keeps the messages for later.',
  'presets.why-decoupling.try3': 'Change a consumer’s speed or name: the producer does not notice.',

  'presets.why-scalability.title': 'Why messaging: scalability',
  'presets.why-scalability.explain':
    '`uploads` sends an image a second and one worker handles about half of that, so `imagens` keeps growing. `worker-2` and `worker-3` are ready but not connected. Connect them to the queue (drag from the queue’s right handle to each worker): the three share the work, throughput rises and the backlog drains.',
  'presets.why-scalability.tags':
    'why, scalability, scale out, competing consumers, workers, throughput, add consumers',
  'presets.why-scalability.try1': 'Connect `worker-2` to `imagens`: the ready count stops growing.',
  'presets.why-scalability.try2': 'Connect `worker-3` as well: the backlog drains.',
  'presets.why-scalability.try3':
    'Copy a worker (Ctrl+D) and connect the copy: add as many as the load needs.',

  'presets.why-resilience.title': 'Why messaging: resilience',
  'presets.why-resilience.explain':
    '`pagamentos-a` crashes in the middle of each message, before its ack. The broker sees the channel close, requeues the message (redelivered = true), and `pagamentos-b` processes it. Nothing is lost: every payment is acked in the end.',
  'presets.why-resilience.tags':
    'why, resilience, crash, failure, redelivery, reprocessing, nothing lost',
  'presets.why-resilience.try1':
    'Follow a redelivered message: first to `pagamentos-a`, then to `pagamentos-b`.',
  'presets.why-resilience.try2':
    'Delete `pagamentos-b`: the messages wait in `pagamentos` while `pagamentos-a` keeps crashing, and none is lost.',
  'presets.why-resilience.try3': 'Set `pagamentos-a` to ack: the two consumers share the work.',

  'presets.why-background.title': 'Why messaging: background processing',
  'presets.why-background.explain':
    'The site hands slow work to background workers through the direct exchange `tarefas`: e-mails are quick, PDFs take 4 s, thumbnails 1 s. The site publishes at the same pace whatever the workers do; the PDF queue grows while the e-mails flow.',
  'presets.why-background.tags':
    'why, background processing, jobs, tasks, workers, slow work, direct',
  'presets.why-background.try1': 'Add a second consumer to `pdfs`: the PDF backlog shrinks.',
  'presets.why-background.try2': 'Delete `pdf-worker`: the site does not slow down at all.',
  'presets.why-background.try3': 'Compare the three queues’ ready counts after a minute.',

  'presenter.label': 'Presenter mode: the latest step, explained',
  'presenter.waiting': 'Press Space to play or → to take one step. Each step is explained here.',
  'presenter.keys': 'Space play/pause · → step · + − speed · Esc leave',
  'presenter.speed': 'speed {speed}×',
  'presenter.playing': 'playing',
  'presenter.paused': 'paused',
  'presenter.leave': 'Leave presenter mode',
  'presenter.message': 'message #{id}',
} as const;

export const presetsPt: Record<keyof typeof presetsEn, string> = {
  'presets.heading': 'Cenários prontos',
  'presets.intro':
    'Cenários prontos, um clique cada. Abrir um substitui o canvas: Desfazer traz o seu canvas de volta.',
  'presets.search': 'Buscar cenários',
  'presets.searchPlaceholder': 'topic, prefetch, dead letter…',
  'presets.count': '{n} de {total} cenários',
  'presets.none': 'Nenhum cenário corresponde a “{query}”.',
  'presets.autoplay': 'Dar play ao abrir',
  'presets.open': 'Abrir',
  'presets.openLabel': 'Abrir cenário: {title}',
  'presets.try': 'Experimente',
  'presets.close': 'Fechar',
  'presets.keys': '↑ ↓ passam de um cenário a outro; Enter na busca abre o primeiro resultado.',
  'presets.opened': '“{title}” aberto. Desfazer traz o seu canvas de volta.',
  'presets.undo': 'Desfazer',
  'presets.dismiss': 'Fechar aviso',

  'presets.group.exchanges': 'Exchanges e roteamento',
  'presets.group.queues': 'Filas: dead letters, limites, prioridade',
  'presets.group.consumers': 'Consumidores e acks',
  'presets.group.broker': 'Broker, conexões e canais',
  'presets.group.tutorials': 'Tutoriais do RabbitMQ',
  'presets.group.why': 'Quando usar mensageria',

  'presets.notes-topic.title': 'Exchange topic: as chaves das anotações',
  'presets.notes-topic.explain':
    'O exemplo das anotações. O produtor alterna entre `notas.compras.filial`, `notas.compras.matriz` e `notas.vendas.filial`. A fila `filial` tem o binding `notas.*.filial` (o `*` pega exatamente uma palavra) e a fila `compras`, `notas.compras.*`. Cada mensagem chega uma vez a cada fila cujo binding combina.',
  'presets.notes-topic.tags': 'topic, curinga, *, #, routing key, binding key, anotações, notas',
  'presets.notes-topic.try1':
    'Clique numa mensagem ou numa linha do log: a explicação mostra palavra por palavra por que `notas.*.filial` combinou.',
  'presets.notes-topic.try2':
    'Troque o binding de `filial` para `notas.#`: agora toda chave chega a `filial`.',
  'presets.notes-topic.try3':
    'Ligue uma fila nova com `#.matriz` e veja quais mensagens ela recebe.',

  'presets.default-exchange.title': 'Exchange padrão',
  'presets.default-exchange.explain':
    'Um produtor ligado direto a uma fila publica no exchange padrão (o exchange cujo nome é a string vazia), com o nome da fila como routing key. Toda fila pode ser alcançada assim pelo próprio nome: não precisa de binding, e nem dá para criar um.',
  'presets.default-exchange.tags':
    'exchange padrão, default exchange, amq.default, nome vazio, routing key, nome da fila',
  'presets.default-exchange.try1':
    'Leia o log: publicada no exchange padrão com a chave `pedidos`, depois roteada para a fila `pedidos`.',
  'presets.default-exchange.try2':
    'Renomeie a fila `pedidos`: as próximas mensagens usam o novo nome como chave.',
  'presets.default-exchange.try3':
    'Mude a routing key da mensagem de `loja`: nada muda, vale o nome da fila.',

  'presets.direct.title': 'Exchange direct',
  'presets.direct.explain':
    'Correspondência exata: a mensagem vai para as filas cuja binding key é igual à sua routing key, letra por letra. O produtor alterna `aprovado`, `recusado` e `estornado`. Ninguém fez binding com `estornado`, então essas mensagens não têm rota e somem sem aviso (mandatory está desligado).',
  'presets.direct.tags':
    'direct, routing key, binding key, correspondência exata, sem rota, unroutable',
  'presets.direct.try1':
    'Faça um segundo binding de `recusados` com `estornado`: nenhuma mensagem se perde mais.',
  'presets.direct.try2':
    'Ligue mandatory na mensagem do produtor: as mensagens sem rota voltam como basic.return (312 NO_ROUTE).',
  'presets.direct.try3':
    'Troque uma binding key para `Aprovado`: a comparação diferencia maiúsculas, então nada chega.',

  'presets.fanout.title': 'Exchange fanout',
  'presets.fanout.explain':
    'Difusão: cada fila ligada a `avisos` recebe sua própria cópia de cada mensagem. A routing key (`promo` ou `entrega`) e as binding keys são ignoradas.',
  'presets.fanout.tags': 'fanout, difusão, broadcast, publish/subscribe, cópias',
  'presets.fanout.try1':
    'Crie uma fila e faça o binding dela com `avisos`: a partir da próxima mensagem, ela também recebe cópias.',
  'presets.fanout.try2':
    'Deixe `sms-sender` lento (5000 ms): só `sms` cresce, as outras filas nem percebem.',
  'presets.fanout.try3': 'Escreva uma chave num dos bindings: nada muda, o fanout ignora.',

  'presets.headers.title': 'Exchange headers',
  'presets.headers.explain':
    'Roteamento pelos cabeçalhos, não pela routing key. As mensagens das anotações: `format=pdf,type=report` e `format=pdf,type=log`. `relatorios` exige format=pdf e type=report (x-match all); `pdfs` exige só format=pdf, então recebe as duas; `logs` exige type=log ou level=error (x-match any).',
  'presets.headers.tags': 'headers, cabeçalho, x-match, all, any, format, pdf, report, log',
  'presets.headers.try1':
    'Clique numa linha de roteamento no log: cada cabeçalho é conferido um a um, ✔ ou ✘.',
  'presets.headers.try2':
    'Mude o binding de `logs` para x-match all: agora ele exige também level=error e não recebe nada.',
  'presets.headers.try3': 'Dê uma routing key a `log-app`: nada muda, o exchange headers a ignora.',

  'presets.exchange-to-exchange.title': 'Exchange para exchange',
  'presets.exchange-to-exchange.explain':
    'Um exchange pode ter binding com outro exchange. `eventos` (topic) repassa as chaves que combinam com `pedidos.#` para o exchange fanout `pedidos`, que as copia para `faturamento` e `estoque`. `auditoria` tem binding `#` com `eventos` e vê tudo. A mensagem é roteada uma vez pelo grafo inteiro: cada fila recebe uma cópia só.',
  'presets.exchange-to-exchange.tags':
    'exchange para exchange, exchange-to-exchange, e2e, exchange.bind, topic, fanout, #',
  'presets.exchange-to-exchange.try1':
    'Siga uma mensagem `clientes.criado`: ela só chega a `auditoria`.',
  'presets.exchange-to-exchange.try2':
    'Faça também um binding de `faturamento` com `eventos` usando `#`: ela continua recebendo uma só cópia de cada mensagem.',
  'presets.exchange-to-exchange.try3':
    'Apague o binding entre os dois exchanges: `pedidos` não recebe mais nada.',

  'presets.alternate-exchange.title': 'Alternate exchange',
  'presets.alternate-exchange.explain':
    '`pedidos` (direct) tem o argumento alternate-exchange = `nao-roteadas`. Só `pedido.br` tem binding; `pedido.ar` e `pedido.cl` não combinam com nada e, em vez de sumir, vão para o exchange fanout `nao-roteadas` e dali para `revisar`. A ligação é um argumento de `pedidos`, não uma aresta no canvas.',
  'presets.alternate-exchange.tags':
    'alternate exchange, alternate-exchange, AE, exchange alternativo, sem rota, argumento',
  'presets.alternate-exchange.try1':
    'Selecione `pedidos` e apague o alternate exchange: `pedido.ar` e `pedido.cl` voltam a se perder.',
  'presets.alternate-exchange.try2':
    'Ligue uma fila nova a `pedidos` com `pedido.ar`: essas mensagens deixam de usar o alternate exchange.',
  'presets.alternate-exchange.try3':
    'Leia no log o roteamento de uma mensagem `pedido.cl`: nenhum binding combinou, então o alternate exchange a recebeu.',

  'presets.dead-letter-retry.title': 'Dead letter com retentativa por TTL',
  'presets.dead-letter-retry.explain':
    'Uma retentativa com espera. `worker` rejeita cada mensagem sem requeue, e `trabalho` a manda como dead letter, pelo exchange padrão, para `espera`. `espera` tem TTL de 5 s e devolve as mensagens expiradas para `trabalho`. Cada volta acrescenta ao cabeçalho x-death. Este worker rejeita tudo, então o ciclo não termina: um de verdade lê o count do x-death e desiste.',
  'presets.dead-letter-retry.tags':
    'dead letter, DLX, x-dead-letter-exchange, x-dead-letter-routing-key, TTL, x-message-ttl, retentativa, retry, x-death, reject, expirada',
  'presets.dead-letter-retry.try1':
    'Clique numa mensagem em `espera` e abra a tabela x-death: o count cresce a cada volta.',
  'presets.dead-letter-retry.try2':
    'Mude `worker` para ack: a próxima mensagem que voltar é processada e o ciclo para.',
  'presets.dead-letter-retry.try3':
    'Apague a dead-letter routing key de `espera`: a mensagem expirada voltaria para a própria `espera`, e o RabbitMQ a descarta como ciclo de dead letter.',

  'presets.max-length.title': 'Tamanho máximo e overflow',
  'presets.max-length.explain':
    'As duas filas recebem cada leitura do fanout `leituras` e guardam no máximo 3 mensagens prontas (x-max-length). `ultimas-3` usa overflow drop-head: a mensagem mais antiga é empurrada para fora, aqui como dead letter (motivo maxlen) para `descartadas`. `recusa-novas` usa reject-publish: a mensagem nova é recusada, e o sensor, que usa publisher confirms, recebe um nack.',
  'presets.max-length.tags':
    'tamanho máximo, max length, x-max-length, overflow, drop-head, reject-publish, maxlen, nack, publisher confirms',
  'presets.max-length.try1': 'Observe as contagens de prontas: nenhuma fila passa de 3.',
  'presets.max-length.try2':
    'Procure os confirms com nack no log: são as leituras que `recusa-novas` recusou.',
  'presets.max-length.try3':
    'Mude `recusa-novas` para reject-publish-dlx com um dead-letter exchange: as recusadas viram dead letters.',

  'presets.priority.title': 'Prioridade de mensagens',
  'presets.priority.explain':
    '`tarefas` foi declarada com x-max-priority 10, então ordena as mensagens prontas primeiro pela prioridade, depois pela chegada. `normal` publica com prioridade 1 e `urgente` com prioridade 9: uma mensagem urgente passa na frente das normais que estão esperando, mas não da que o worker já está segurando.',
  'presets.priority.tags': 'prioridade, priority, x-max-priority, ordem, FIFO, PEPS, urgente',
  'presets.priority.try1':
    'Veja uma mensagem `urgente` chegar enquanto as normais esperam: ela é a próxima entregue.',
  'presets.priority.try2':
    'Tire o x-max-priority de `tarefas`: a fila volta a ser FIFO simples e as prioridades são ignoradas.',
  'presets.priority.try3':
    'Aumente o prefetch do worker para 5: mensagens já entregues não podem ser ultrapassadas.',

  'presets.work-queues-prefetch.title': 'Filas de trabalho e prefetch',
  'presets.work-queues-prefetch.explain':
    'As mesmas tarefas vão para duas filas, cada uma com um worker rápido (0,4 s) e um lento (4 s). Em `prefetch-1` cada worker segura no máximo uma mensagem sem ack, então o rápido pega muito mais (distribuição justa). Em `sem-limite` o prefetch é 0, sem limite: a fila entrega as mensagens em rodízio, e as tarefas se acumulam sem ack no worker lento.',
  'presets.work-queues-prefetch.tags':
    'prefetch, basic.qos, distribuição justa, fair dispatch, rodízio, round-robin, fila de trabalho, consumidores concorrentes, sem ack',
  'presets.work-queues-prefetch.try1': 'Compare as contagens sem ack das duas filas.',
  'presets.work-queues-prefetch.try2':
    'Mude o prefetch de `lento-0` para 1: `sem-limite` passa a dividir o trabalho como `prefetch-1`.',
  'presets.work-queues-prefetch.try3':
    'Busque o nome de um worker no log para contar as mensagens que ele recebeu.',

  'presets.manual-ack.title': 'Ack, nack e reject na mão',
  'presets.manual-ack.explain':
    'Você é o consumidor. `voce` recebe até 3 mensagens (prefetch 3) e espera a sua decisão sobre cada uma. Ack a remove; Nack ou Reject com requeue a devolve à fila, e ela volta com redelivered = true; sem requeue ela vira dead letter em `rejeitados`. Enquanto você não decide, as mensagens ficam sem ack e as outras esperam na fila.',
  'presets.manual-ack.tags':
    'ack, nack, reject, requeue, redelivered, ack manual, prefetch, dead letter',
  'presets.manual-ack.try1': 'Aperte Ack numa mensagem: a próxima de `pedidos` é entregue.',
  'presets.manual-ack.try2':
    'Dê Nack numa mensagem com requeue: ela volta marcada como redelivered.',
  'presets.manual-ack.try3':
    'Dê Reject numa mensagem sem requeue: ela cai em `rejeitados` com um cabeçalho x-death.',

  'presets.consumer-crash.title': 'Queda do consumidor e reentrega',
  'presets.consumer-crash.explain':
    '`instavel` faz o trabalho e cai antes do ack, segurando até 2 mensagens. O canal dele fecha, então o broker devolve à fila todas as mensagens sem ack, com redelivered = true, e `estavel` as processa de novo: entrega pelo menos uma vez (at-least-once), e por isso os consumidores devem ser idempotentes. `instavel` reinicia depois de 3 s e cai de novo.',
  'presets.consumer-crash.tags':
    'queda, crash, reentrega, redelivered, requeue, sem ack, canal fechado, at-least-once, idempotente',
  'presets.consumer-crash.try1':
    'Ache no log uma entrega marcada como redelivered e siga o percurso dessa mensagem.',
  'presets.consumer-crash.try2':
    'Mude `instavel` para ack: cada mensagem é processada exatamente uma vez.',
  'presets.consumer-crash.try3': 'Dê prefetch 1 a `instavel`: cada queda devolve uma mensagem só.',

  'presets.durability.title': 'Durabilidade e reinício do broker',
  'presets.durability.explain':
    'Dois produtores mandam 3 mensagens cada ao fanout `eventos`: persistentes (delivery mode 2) e transitórias (delivery mode 1). `duravel` é uma fila durável e `temporaria`, uma transitória; ninguém consome, então as mensagens esperam. Aperte Reiniciar broker: `temporaria` some com as suas mensagens, e `duravel` fica só com as persistentes.',
  'presets.durability.tags':
    'durável, durable, transitória, transient, persistente, delivery mode, reinício, restart, durabilidade, disco',
  'presets.durability.try1':
    'Quando as 6 mensagens tiverem chegado, aperte Reiniciar broker e conte o que sobrou em `duravel`.',
  'presets.durability.try2': 'Aperte Declarar de novo para trazer `temporaria` de volta, vazia.',
  'presets.durability.try3':
    'Torne `eventos` transitório e reinicie: o exchange some, e Publicar falha com 404 até ele ser declarado de novo.',

  'presets.connections-channels.title': 'Conexões e canais',
  'presets.connections-channels.explain':
    'Cada aplicação abre uma conexão, com um canal por produtor e por consumidor. `vendas`, `auditoria` e `separacao` pertencem à aplicação `loja`: uma conexão, três canais. `auditoria` publica com user_id `admin` estando conectada como `guest`, então o RabbitMQ fecha o canal dela com 406 PRECONDITION_FAILED. Só esse canal: `vendas` e `separacao` continuam pela mesma conexão.',
  'presets.connections-channels.tags':
    'conexão, canal, channel, multiplexação, erro de canal, 406, PRECONDITION_FAILED, user_id',
  'presets.connections-channels.try1':
    'Leia o erro no log: o código, o texto do próprio RabbitMQ e que só o canal fechou.',
  'presets.connections-channels.try2':
    'Apague o user_id de `auditoria`: as mensagens dela chegam a `registros`.',
  'presets.connections-channels.try3':
    'Dê a `auditoria` uma aplicação própria: ela ganha sua própria conexão, e o erro continua fechando só o canal dela.',

  'presets.tutorial-hello-world.title': 'Tutorial 1: “Hello World!”',
  'presets.tutorial-hello-world.explain':
    'O primeiro tutorial do RabbitMQ. `send` publica o texto Hello World! na fila `hello` pelo exchange padrão; `receive` consome com ack automático, então cada mensagem conta como confirmada assim que é enviada.',
  'presets.tutorial-hello-world.tags':
    'tutorial, hello world, hello, send, receive, exchange padrão, ack automático',
  'presets.tutorial-hello-world.try1': 'Clique numa mensagem: o payload é o texto Hello World!',
  'presets.tutorial-hello-world.try2':
    'Apague a ligação de `hello` para `receive`: as mensagens esperam na fila.',
  'presets.tutorial-hello-world.try3':
    'Mude `receive` para ack manual: agora os acks voltam do consumidor.',

  'presets.tutorial-work-queues.title': 'Tutorial 2: Filas de trabalho',
  'presets.tutorial-work-queues.explain':
    '`new_task` manda tarefas persistentes para a fila durável `task_queue`, e dois workers as dividem. Cada worker dá ack quando termina, com prefetch 1, então nunca recebe uma tarefa nova antes de confirmar a anterior (distribuição justa).',
  'presets.tutorial-work-queues.tags':
    'tutorial, filas de trabalho, work queues, task_queue, worker, consumidores concorrentes, rodízio, prefetch, ack, persistente',
  'presets.tutorial-work-queues.try1':
    'Deixe `worker-2` mais lento (5000 ms): `worker-1` pega as tarefas a mais.',
  'presets.tutorial-work-queues.try2':
    'Ponha 0 nos dois prefetch: as tarefas são distribuídas em rodízio estrito, por mais lento que seja um worker.',
  'presets.tutorial-work-queues.try3':
    'Aperte Reiniciar broker com tarefas esperando: tarefas persistentes numa fila durável sobrevivem.',

  'presets.tutorial-publish-subscribe.title': 'Tutorial 3: Publish/Subscribe',
  'presets.tutorial-publish-subscribe.explain':
    '`emit_log` publica no exchange fanout `logs`; cada receptor tem a sua própria fila ligada a ele e recebe todas as mensagens. O tutorial declara filas exclusivas com nomes gerados pelo servidor; aqui elas são filas auto-delete com nome, para você poder vê-las.',
  'presets.tutorial-publish-subscribe.tags':
    'tutorial, publish/subscribe, pub/sub, fanout, logs, emit_log, receive_logs, fila temporária',
  'presets.tutorial-publish-subscribe.try1':
    'Crie uma terceira fila com consumidor ligada a `logs`: ela recebe as próximas mensagens, não as antigas.',
  'presets.tutorial-publish-subscribe.try2':
    'Apague o binding de `logs-file`: o receptor dela para de receber logs.',
  'presets.tutorial-publish-subscribe.try3':
    'Dê uma routing key a `emit_log`: nada muda, o fanout a ignora.',

  'presets.tutorial-routing.title': 'Tutorial 4: Roteamento',
  'presets.tutorial-routing.explain':
    '`emit_log_direct` publica logs no exchange direct `direct_logs` com a severidade como routing key: `info`, `warning`, `error`. `errors-to-disk` tem binding só com `error`; `all-to-screen` tem três bindings, um por severidade (os três dividem uma mesma linha no canvas).',
  'presets.tutorial-routing.tags':
    'tutorial, roteamento, routing, direct, direct_logs, severidade, info, warning, error, vários bindings',
  'presets.tutorial-routing.try1': 'Siga uma mensagem `error`: ela é copiada para as duas filas.',
  'presets.tutorial-routing.try2':
    'Apague um dos bindings que chegam a `all-to-screen`: aquela severidade deixa de chegar.',
  'presets.tutorial-routing.try3': 'Ligue uma fila nova com `warning` e dê a ela um consumidor.',

  'presets.tutorial-topics.title': 'Tutorial 5: Topics',
  'presets.tutorial-topics.explain':
    'Chaves de três palavras, `<velocidade>.<cor>.<espécie>`. Q1 tem o binding `*.orange.*`; Q2, `*.*.rabbit` e `lazy.#`. `quick.orange.rabbit` chega às duas filas; `lazy.pink.rabbit` chega uma vez só a Q2, embora os dois bindings dela combinem; `quick.brown.fox`, `orange` e `quick.orange.new.rabbit` não combinam com nada e se perdem.',
  'presets.tutorial-topics.tags':
    'tutorial, topics, topic, topic_logs, curinga, *, #, lazy, orange, rabbit',
  'presets.tutorial-topics.try1':
    'Siga `lazy.orange.elephant`: ela combina com um binding de cada fila.',
  'presets.tutorial-topics.try2':
    'Troque `*.*.rabbit` por `#.rabbit`: agora `quick.orange.new.rabbit` chega a Q2.',
  'presets.tutorial-topics.try3':
    'Ligue uma fila com `#`: ela se comporta como um fanout e recebe tudo.',

  'presets.tutorial-rpc.title': 'Tutorial 6: RPC',
  'presets.tutorial-rpc.explain':
    '`rpc_client` manda uma requisição para `rpc_queue` com reply_to = `rpc_client.replies` e correlation_id = `req-1`, e `rpc_server` a consome. A resposta é o produtor `rpc_server.reply`: aperte o botão Publicar dele depois que a requisição for processada, e a resposta chega à fila de retorno do cliente com o mesmo correlation_id. Não simulado: o código do servidor e a resposta automática, o cliente esperando a resposta, um correlation_id novo por requisição e o direct reply-to (amq.rabbitmq.reply-to).',
  'presets.tutorial-rpc.tags':
    'tutorial, rpc, requisição, resposta, reply_to, correlation_id, fila de retorno, callback, rpc_queue',
  'presets.tutorial-rpc.try1':
    'Abra os detalhes da requisição: reply_to e correlation_id estão entre as propriedades.',
  'presets.tutorial-rpc.try2':
    'Aperte Publicar em `rpc_server.reply`: a resposta leva o correlation_id `req-1`, que permite ao cliente casá-la com a requisição.',
  'presets.tutorial-rpc.try3':
    'Aperte Publicar em `rpc_client` várias vezes: as requisições esperam em `rpc_queue` enquanto o servidor atende uma de cada vez.',

  'presets.tutorial-publisher-confirms.title': 'Tutorial 7: Publisher confirms',
  'presets.tutorial-publisher-confirms.explain':
    'O canal do produtor está em modo confirm: o broker confirma cada mensagem assim que a fila a recebe, numerando-as 1, 2, 3… por canal. Um nack significaria que o broker não pôde assumir a responsabilidade pela mensagem.',
  'presets.tutorial-publisher-confirms.tags':
    'tutorial, publisher confirms, confirm.select, ack, nack, número de sequência, confiabilidade',
  'presets.tutorial-publisher-confirms.try1':
    'Ache no log o confirm que vem depois de cada publicação, com o seu número de sequência.',
  'presets.tutorial-publisher-confirms.try2':
    'Dê a `confirms` tamanho máximo 2 com overflow reject-publish: o broker dá nack no que recusar.',
  'presets.tutorial-publisher-confirms.try3':
    'Desligue os publisher confirms: as mensagens fluem igual, mas o produtor não recebe resposta.',

  'presets.why-async.title': 'Por que mensageria: comunicação assíncrona',
  'presets.why-async.explain':
    '`checkout` publica 2 pedidos por segundo e segue em frente na hora: nunca espera o e-mail ser enviado. `email-sender` leva 2,5 s por mensagem, então a fila absorve a diferença e ele vai dando conta do acúmulo no seu ritmo.',
  'presets.why-async.tags':
    'por que, assíncrona, assíncrono, async, sem bloqueio, buffer, acúmulo, backlog',
  'presets.why-async.try1': 'Observe o produtor: ele nunca desacelera, por maior que a fila fique.',
  'presets.why-async.try2':
    'Deixe `email-sender` mais rápido (300 ms) com prefetch 5: o acúmulo diminui.',
  'presets.why-async.try3':
    'Ponha a taxa do produtor em 0,25 por segundo: o consumidor acompanha e a fila fica vazia.',

  'presets.why-decoupling.title': 'Por que mensageria: desacoplamento',
  'presets.why-decoupling.explain':
    'A loja publica `pedido.criado` e `pedido.pago` no exchange `eventos-loja` e não sabe de mais nada: nem quem escuta, nem quantos são. Estoque, faturamento e analytics ligam cada um a sua fila às chaves que lhes interessam.',
  'presets.why-decoupling.tags':
    'por que, desacoplamento, serviços independentes, publish/subscribe, topic',
  'presets.why-decoupling.try1':
    'Crie uma fila com consumidor ligada com `pedido.#`: um serviço novo entra sem mexer no produtor.',
  'presets.why-decoupling.try2':
    'Apague `faturamento-app`: a loja continua publicando, e `faturamento` guarda as mensagens para depois.',
  'presets.why-decoupling.try3':
    'Mude a velocidade ou o nome de um consumidor: o produtor nem percebe.',

  'presets.why-scalability.title': 'Por que mensageria: escalabilidade',
  'presets.why-scalability.explain':
    '`uploads` manda uma imagem por segundo e um worker dá conta de mais ou menos metade disso, então `imagens` não para de crescer. `worker-2` e `worker-3` estão prontos, mas desligados. Ligue-os à fila (arraste da alça direita da fila até cada worker): os três dividem o trabalho, a vazão sobe e o acúmulo se esvazia.',
  'presets.why-scalability.tags':
    'por que, escalabilidade, escalar horizontalmente, consumidores concorrentes, workers, vazão, mais consumidores',
  'presets.why-scalability.try1':
    'Ligue `worker-2` a `imagens`: a contagem de prontas para de crescer.',
  'presets.why-scalability.try2': 'Ligue também `worker-3`: o acúmulo se esvazia.',
  'presets.why-scalability.try3':
    'Copie um worker (Ctrl+D) e ligue a cópia: ponha quantos a carga pedir.',

  'presets.why-resilience.title': 'Por que mensageria: resiliência',
  'presets.why-resilience.explain':
    '`pagamentos-a` cai no meio de cada mensagem, antes do ack. O broker vê o canal fechar, devolve a mensagem à fila (redelivered = true) e `pagamentos-b` a processa. Nada se perde: no fim, todo pagamento recebe ack.',
  'presets.why-resilience.tags':
    'por que, resiliência, queda, falha, reentrega, reprocessamento, nada se perde',
  'presets.why-resilience.try1':
    'Siga uma mensagem reentregue: primeiro para `pagamentos-a`, depois para `pagamentos-b`.',
  'presets.why-resilience.try2':
    'Apague `pagamentos-b`: as mensagens esperam em `pagamentos` enquanto `pagamentos-a` continua caindo, e nenhuma se perde.',
  'presets.why-resilience.try3':
    'Mude `pagamentos-a` para ack: os dois consumidores dividem o trabalho.',

  'presets.why-background.title': 'Por que mensageria: processamento em segundo plano',
  'presets.why-background.explain':
    'O site entrega o trabalho demorado a workers em segundo plano pelo exchange direct `tarefas`: e-mails são rápidos, PDFs levam 4 s, miniaturas 1 s. O site publica no mesmo ritmo, faça o que fizerem os workers; a fila de PDFs cresce enquanto os e-mails fluem.',
  'presets.why-background.tags':
    'por que, segundo plano, background, jobs, tarefas, workers, trabalho demorado, direct',
  'presets.why-background.try1':
    'Ponha um segundo consumidor em `pdfs`: o acúmulo de PDFs diminui.',
  'presets.why-background.try2': 'Apague `pdf-worker`: o site não desacelera nada.',
  'presets.why-background.try3':
    'Compare as contagens de prontas das três filas depois de um minuto.',

  'presenter.label': 'Modo apresentação: o último passo, explicado',
  'presenter.waiting':
    'Aperte Espaço para dar play ou → para avançar um passo. Cada passo é explicado aqui.',
  'presenter.keys': 'Espaço play/pausa · → passo · + − velocidade · Esc sair',
  'presenter.speed': 'velocidade {speed}×',
  'presenter.playing': 'rodando',
  'presenter.paused': 'pausado',
  'presenter.leave': 'Sair do modo apresentação',
  'presenter.message': 'mensagem #{id}',
};
