// Words for the "closest model" scenes of brokers the lab does not simulate in full: what each
// scene shows, and a sentence for every code the models log.
import type { BrokerModelId } from '../../../engine/integration';

/** Every code the closest models log (the engine types them as plain strings; a test runs every scene against this list). */
export const MODEL_CODES = [
  'sqs-sent',
  'sqs-received',
  'sqs-visible-again',
  'sqs-deleted',
  'sqs-delete-stale-handle',
  'sqs-visibility-changed',
  'sqs-moved-to-dlq',
  'pubsub-published',
  'pubsub-no-subscription-dropped',
  'pubsub-delivered',
  'pubsub-redelivery',
  'pubsub-acked',
  'pubsub-ack-ignored',
  'pubsub-nacked',
  'pubsub-deadline-extended',
  'pubsub-dead-lettered',
  'sb-copied-to-subscription',
  'sb-no-matching-subscription',
  'sb-locked',
  'sb-completed',
  'sb-lock-lost',
  'sb-abandoned',
  'sb-lock-expired',
  'sb-dead-lettered',
  'redis-subscribed',
  'redis-unsubscribed',
  'redis-published',
  'redis-published-to-nobody',
  'redis-xadd',
  'redis-group-created',
  'redis-xreadgroup',
  'redis-xack',
  'redis-claimed',
  'jms-sent',
  'jms-delivered',
  'jms-acknowledged',
  'jms-rolled-back',
  'jms-dead-lettered',
  'jms-subscribed',
  'jms-durable-reconnected',
  'jms-disconnected',
  'jms-unsubscribed',
  'jms-published',
] as const;
export type ModelCode = (typeof MODEL_CODES)[number];

type CodeKey = `why.m.${ModelCode}`;
type IntroKey = `why.scene.${BrokerModelId}.intro`;

const introsEn = {
  'why.scene.sqs.intro':
    'An SQS queue with a 30 s visibility timeout and a redrive policy (maxReceiveCount 3). A good message is received and deleted; a poison message is received but never deleted, so it becomes visible again after each timeout and finally moves to the dead-letter queue.',
  'why.scene.pubsub.intro':
    'A Pub/Sub topic. A message published before any subscription exists is dropped. Then two subscriptions each get their own copy: billing acks in time, shipping does not, so its copy is delivered again when the 10 s ack deadline lapses.',
  'why.scene.servicebus.intro':
    'A Service Bus topic with three subscriptions: "all" keeps the default rule (a true filter), "reports" has a correlation filter (format = pdf, type = report), "logs" a SQL filter (type = \'log\'). Each subscription gets at most one copy.',
  'why.scene.redis-pubsub.intro':
    'Redis PUBLISH/SUBSCRIBE: a message reaches only the clients connected at that moment. While B is unsubscribed, a published message reaches nobody and is gone for good.',
  'why.scene.redis-streams.intro':
    'A Redis Stream with a consumer group: entries stay in the stream, the group hands each to one consumer and keeps it pending until XACK. Consumer b1 dies holding an entry; b2 claims it a minute later with XAUTOCLAIM.',
  'why.scene.jms-queue.intro':
    'A JMS queue (ActiveMQ flavour, at most 2 redeliveries). The consumer rolls back every time: the message comes back as redelivered, and past the limit it goes to the dead-letter queue (ActiveMQ.DLQ; in IBM MQ, the backout queue).',
  'why.scene.jms-topic-durable.intro':
    'A JMS topic with a durable subscriber (app-b) and a non-durable one (app-c). Both disconnect; a persistent and a non-persistent message are published; both come back. Only the durable subscription kept anything, and only the persistent message.',
} as const satisfies Record<IntroKey, string>;

const codesEn = {
  'why.m.sqs-sent': 'SendMessage: {messageId} is stored in queue {queue}',
  'why.m.sqs-received':
    'ReceiveMessage: {messageId} is received (receive #{receiveCount}); it is hidden, not removed, until {invisibleUntil}',
  'why.m.sqs-visible-again':
    'The visibility timeout ran out: {messageId} is visible again (received {receiveCount} times so far)',
  'why.m.sqs-deleted': "DeleteMessage: {messageId} is removed for good (the consumer's ack)",
  'why.m.sqs-delete-stale-handle':
    'DeleteMessage with an old receipt handle ({receiptHandle}): nothing is deleted',
  'why.m.sqs-visibility-changed':
    'ChangeMessageVisibility: {messageId} hidden until {invisibleUntil}',
  'why.m.sqs-moved-to-dlq':
    'Received {receiveCount} times and never deleted: the redrive policy moves {messageId} to the dead-letter queue {dlq}',
  'why.m.pubsub-published':
    'Published {messageId} to topic {topic}: one copy for each of its {copies} subscription(s)',
  'why.m.pubsub-no-subscription-dropped':
    'Published {messageId} to topic {topic}, which has no subscription yet: the message is dropped',
  'why.m.pubsub-delivered':
    'Subscription {subscription} delivers {messageId} (delivery attempt {deliveryAttempt}); the ack deadline is {deadline}',
  'why.m.pubsub-redelivery':
    'The ack deadline passed without an ack: subscription {subscription} delivers {messageId} again (attempt {attempts})',
  'why.m.pubsub-acked':
    'Subscription {subscription}: {messageId} acknowledged, removed from this subscription only',
  'why.m.pubsub-ack-ignored':
    'Subscription {subscription}: ack with an expired or unknown ack id ({ackId}) is ignored',
  'why.m.pubsub-nacked':
    'Subscription {subscription}: {messageId} nacked (ModifyAckDeadline 0): it can be delivered again at once',
  'why.m.pubsub-deadline-extended':
    'Subscription {subscription}: the ack deadline of {messageId} is extended',
  'why.m.pubsub-dead-lettered':
    'Subscription {subscription}: {messageId} reached {attempts} delivery attempts and goes to the dead-letter topic {topic}',
  'why.m.sb-copied-to-subscription':
    '{messageId} matches rule "{rule}" of subscription {subscription}: one copy goes there',
  'why.m.sb-no-matching-subscription':
    "{messageId} matches no subscription's rules: no copy is kept",
  'why.m.sb-locked':
    'Subscription {subscription}: {messageId} is received with peek-lock (delivery count {deliveryCount})',
  'why.m.sb-completed': 'Subscription {subscription}: {messageId} completed and removed',
  'why.m.sb-lock-lost':
    'Subscription {subscription}: the lock ({lockToken}) was already lost; complete fails',
  'why.m.sb-abandoned':
    'Subscription {subscription}: {messageId} abandoned: unlocked for another receive',
  'why.m.sb-lock-expired':
    'Subscription {subscription}: the lock on {messageId} expired; it can be received again',
  'why.m.sb-dead-lettered':
    'Subscription {subscription}: {messageId} goes to the $DeadLetterQueue sub-queue ({reason})',
  'why.m.redis-subscribed': 'SUBSCRIBE: {client} listens on channel {channel}',
  'why.m.redis-unsubscribed': 'UNSUBSCRIBE: {client} stops listening on channel {channel}',
  'why.m.redis-published': 'PUBLISH on {channel}: {receivers} connected client(s) get it right now',
  'why.m.redis-published-to-nobody':
    'PUBLISH on {channel}: nobody is listening, so the message is gone for good',
  'why.m.redis-xadd': 'XADD: entry {id} appended to stream {key} (it stays there)',
  'why.m.redis-group-created': 'XGROUP CREATE: consumer group {group} starts reading at "{start}"',
  'why.m.redis-xreadgroup':
    'XREADGROUP: {consumer} in group {group} reads {entries} entry(ies) with id "{id}"; they are pending until XACK',
  'why.m.redis-xack': 'XACK: {acked} entry(ies) acknowledged in group {group}, no longer pending',
  'why.m.redis-claimed':
    'XAUTOCLAIM: {to} takes pending entry {id} over from {from}, who stopped responding',
  'why.m.jms-sent': 'send(): {id} goes to queue {queue}',
  'why.m.jms-delivered': 'Queue {queue} delivers {id}',
  'why.m.jms-acknowledged': 'acknowledge(): {id} removed from queue {queue}',
  'why.m.jms-rolled-back':
    'rollback(): {id} goes back to queue {queue} (redelivery {redeliveries})',
  'why.m.jms-dead-lettered': 'Too many redeliveries ({redeliveries}): {id} goes to {to}',
  'why.m.jms-subscribed': '{clientId} subscribes as "{name}"',
  'why.m.jms-durable-reconnected':
    '{clientId} reconnects to its durable subscription "{name}": {waiting} message(s) waited for it',
  'why.m.jms-disconnected': '{clientId} disconnects from "{name}"',
  'why.m.jms-unsubscribed': '{clientId} ends its durable subscription "{name}"',
  'why.m.jms-published':
    'Published {id} to topic {topic}: {copies} copy(ies) kept, {missed} offline durable subscriber(s) miss it',
} as const satisfies Record<CodeKey, string>;

/** Variants where a flag changes the sentence. */
const variantsEn = {
  'why.m.jms-delivered.redelivered': 'Queue {queue} delivers {id} again (JMSRedelivered = true)',
  'why.m.jms-subscribed.durable': '{clientId} creates the durable subscription "{name}"',
  'why.m.jms-subscribed.nondurable':
    '{clientId} subscribes "{name}" (non-durable: it exists only while connected)',
  'why.m.jms-disconnected.durable':
    '{clientId} disconnects; its durable subscription "{name}" stays and keeps persistent messages',
  'why.m.jms-disconnected.nondurable':
    '{clientId} disconnects; its non-durable subscription "{name}" ends',
  'why.m.jms-published.persistent':
    'Published persistent {id} to topic {topic}: {copies} copy(ies) kept, {missed} offline durable subscriber(s) miss it',
  'why.m.jms-published.nonpersistent':
    'Published non-persistent {id} to topic {topic}: {copies} copy(ies) kept, {missed} offline durable subscriber(s) miss it',
} as const;

export const modelsEn = { ...introsEn, ...codesEn, ...variantsEn };

export const modelsPt: Record<keyof typeof modelsEn, string> = {
  'why.scene.sqs.intro':
    'Uma fila SQS com tempo de visibilidade de 30 s e uma política de redrive (maxReceiveCount 3). Uma mensagem boa é recebida e apagada; uma mensagem envenenada é recebida mas nunca apagada, então volta a ficar visível a cada tempo esgotado e por fim vai para a fila de mensagens mortas.',
  'why.scene.pubsub.intro':
    'Um tópico Pub/Sub. Uma mensagem publicada antes de existir qualquer assinatura é descartada. Depois, duas assinaturas recebem cada uma a sua cópia: billing confirma a tempo, shipping não, então a cópia dela é entregue de novo quando o prazo de ack de 10 s expira.',
  'why.scene.servicebus.intro':
    'Um tópico do Service Bus com três assinaturas: "all" mantém a regra padrão (filtro verdadeiro), "reports" tem um filtro de correlação (format = pdf, type = report), "logs" um filtro SQL (type = \'log\'). Cada assinatura recebe no máximo uma cópia.',
  'why.scene.redis-pubsub.intro':
    'PUBLISH/SUBSCRIBE do Redis: uma mensagem só chega aos clientes conectados naquele momento. Enquanto B está sem assinatura, uma mensagem publicada não chega a ninguém e se perde para sempre.',
  'why.scene.redis-streams.intro':
    'Um Redis Stream com um grupo de consumidores: as entradas ficam no stream, o grupo entrega cada uma a um consumidor e a mantém pendente até o XACK. O consumidor b1 cai segurando uma entrada; b2 a assume um minuto depois com XAUTOCLAIM.',
  'why.scene.jms-queue.intro':
    'Uma fila JMS (no estilo do ActiveMQ, no máximo 2 reentregas). O consumidor faz rollback toda vez: a mensagem volta como reentregue e, passado o limite, vai para a fila de mensagens mortas (ActiveMQ.DLQ; no IBM MQ, a fila de backout).',
  'why.scene.jms-topic-durable.intro':
    'Um tópico JMS com um assinante durável (app-b) e um não durável (app-c). Os dois se desconectam; uma mensagem persistente e uma não persistente são publicadas; os dois voltam. Só a assinatura durável guardou algo, e só a mensagem persistente.',
  'why.m.sqs-sent': 'SendMessage: {messageId} é guardada na fila {queue}',
  'why.m.sqs-received':
    'ReceiveMessage: {messageId} é recebida (recebimento nº {receiveCount}); fica oculta, não removida, até {invisibleUntil}',
  'why.m.sqs-visible-again':
    'O tempo de visibilidade acabou: {messageId} está visível de novo (recebida {receiveCount} vezes até agora)',
  'why.m.sqs-deleted': 'DeleteMessage: {messageId} é removida de vez (o ack do consumidor)',
  'why.m.sqs-delete-stale-handle':
    'DeleteMessage com um receipt handle antigo ({receiptHandle}): nada é apagado',
  'why.m.sqs-visibility-changed':
    'ChangeMessageVisibility: {messageId} oculta até {invisibleUntil}',
  'why.m.sqs-moved-to-dlq':
    'Recebida {receiveCount} vezes e nunca apagada: a política de redrive move {messageId} para a fila de mensagens mortas {dlq}',
  'why.m.pubsub-published':
    '{messageId} publicada no tópico {topic}: uma cópia para cada uma das {copies} assinatura(s)',
  'why.m.pubsub-no-subscription-dropped':
    '{messageId} publicada no tópico {topic}, que ainda não tem assinatura: a mensagem é descartada',
  'why.m.pubsub-delivered':
    'A assinatura {subscription} entrega {messageId} (tentativa de entrega {deliveryAttempt}); o prazo de ack é {deadline}',
  'why.m.pubsub-redelivery':
    'O prazo de ack passou sem ack: a assinatura {subscription} entrega {messageId} de novo (tentativa {attempts})',
  'why.m.pubsub-acked':
    'Assinatura {subscription}: {messageId} confirmada, removida só desta assinatura',
  'why.m.pubsub-ack-ignored':
    'Assinatura {subscription}: ack com um ack id expirado ou desconhecido ({ackId}) é ignorado',
  'why.m.pubsub-nacked':
    'Assinatura {subscription}: {messageId} recebe nack (ModifyAckDeadline 0): pode ser entregue de novo na hora',
  'why.m.pubsub-deadline-extended':
    'Assinatura {subscription}: o prazo de ack de {messageId} é estendido',
  'why.m.pubsub-dead-lettered':
    'Assinatura {subscription}: {messageId} chegou a {attempts} tentativas de entrega e vai para o tópico de mensagens mortas {topic}',
  'why.m.sb-copied-to-subscription':
    '{messageId} atende à regra "{rule}" da assinatura {subscription}: uma cópia vai para lá',
  'why.m.sb-no-matching-subscription':
    '{messageId} não atende às regras de nenhuma assinatura: nenhuma cópia é guardada',
  'why.m.sb-locked':
    'Assinatura {subscription}: {messageId} é recebida com peek-lock (contagem de entregas {deliveryCount})',
  'why.m.sb-completed': 'Assinatura {subscription}: {messageId} concluída (complete) e removida',
  'why.m.sb-lock-lost':
    'Assinatura {subscription}: o bloqueio ({lockToken}) já tinha sido perdido; o complete falha',
  'why.m.sb-abandoned':
    'Assinatura {subscription}: {messageId} abandonada (abandon): desbloqueada para outro recebimento',
  'why.m.sb-lock-expired':
    'Assinatura {subscription}: o bloqueio de {messageId} expirou; ela pode ser recebida de novo',
  'why.m.sb-dead-lettered':
    'Assinatura {subscription}: {messageId} vai para a subfila $DeadLetterQueue ({reason})',
  'why.m.redis-subscribed': 'SUBSCRIBE: {client} escuta o canal {channel}',
  'why.m.redis-unsubscribed': 'UNSUBSCRIBE: {client} para de escutar o canal {channel}',
  'why.m.redis-published':
    'PUBLISH em {channel}: {receivers} cliente(s) conectado(s) recebem agora',
  'why.m.redis-published-to-nobody':
    'PUBLISH em {channel}: ninguém está escutando, então a mensagem se perde para sempre',
  'why.m.redis-xadd': 'XADD: entrada {id} acrescentada ao stream {key} (ela fica lá)',
  'why.m.redis-group-created':
    'XGROUP CREATE: o grupo de consumidores {group} começa a ler em "{start}"',
  'why.m.redis-xreadgroup':
    'XREADGROUP: {consumer} no grupo {group} lê {entries} entrada(s) com id "{id}"; ficam pendentes até o XACK',
  'why.m.redis-xack':
    'XACK: {acked} entrada(s) confirmada(s) no grupo {group}, não estão mais pendentes',
  'why.m.redis-claimed':
    'XAUTOCLAIM: {to} assume a entrada pendente {id} de {from}, que parou de responder',
  'why.m.jms-sent': 'send(): {id} vai para a fila {queue}',
  'why.m.jms-delivered': 'A fila {queue} entrega {id}',
  'why.m.jms-acknowledged': 'acknowledge(): {id} removida da fila {queue}',
  'why.m.jms-rolled-back': 'rollback(): {id} volta para a fila {queue} (reentrega {redeliveries})',
  'why.m.jms-dead-lettered': 'Reentregas demais ({redeliveries}): {id} vai para {to}',
  'why.m.jms-subscribed': '{clientId} assina como "{name}"',
  'why.m.jms-durable-reconnected':
    '{clientId} se reconecta à sua assinatura durável "{name}": {waiting} mensagem(ns) esperavam por ele',
  'why.m.jms-disconnected': '{clientId} se desconecta de "{name}"',
  'why.m.jms-unsubscribed': '{clientId} encerra sua assinatura durável "{name}"',
  'why.m.jms-published':
    '{id} publicada no tópico {topic}: {copies} cópia(s) guardada(s), {missed} assinante(s) durável(is) desconectado(s) a perdem',
  'why.m.jms-delivered.redelivered': 'A fila {queue} entrega {id} de novo (JMSRedelivered = true)',
  'why.m.jms-subscribed.durable': '{clientId} cria a assinatura durável "{name}"',
  'why.m.jms-subscribed.nondurable':
    '{clientId} assina "{name}" (não durável: só existe enquanto está conectado)',
  'why.m.jms-disconnected.durable':
    '{clientId} se desconecta; sua assinatura durável "{name}" continua e guarda as mensagens persistentes',
  'why.m.jms-disconnected.nondurable':
    '{clientId} se desconecta; sua assinatura não durável "{name}" termina',
  'why.m.jms-published.persistent':
    '{id} persistente publicada no tópico {topic}: {copies} cópia(s) guardada(s), {missed} assinante(s) durável(is) desconectado(s) a perdem',
  'why.m.jms-published.nonpersistent':
    '{id} não persistente publicada no tópico {topic}: {copies} cópia(s) guardada(s), {missed} assinante(s) durável(is) desconectado(s) a perdem',
};
