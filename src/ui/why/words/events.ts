// Words for every event code of the integration engine and every note the lab reads off the
// figures. The engine reports codes and numbers; these sentences are what a class reads.
// Typed against EventCode: a code without words is a compile error.
import type { EventCode } from '../../../engine/integration';
import type { NoteCode } from '../lab/narrator';

type EventKey = `why.ev.${EventCode}`;
type NoteKey = `why.ev.${NoteCode}`;

const eventsEnBase = {
  'why.ev.order-sent': 'A sends order {order}',
  'why.ev.order-completed': 'Order {order} done by B, {latency} after A sent it',
  'why.ev.order-duplicate':
    'Order {order} processed again by B ({processings} times in all): a duplicate',
  'why.ev.order-failed': 'Order {order} failed: {reason}',
  'why.ev.order-lost': 'Order {order} lost without anyone noticing: {reason}',
  'why.ev.b-down': 'B goes down',
  'why.ev.b-up': 'B is back up',
  'why.ev.b-speed-changed': 'B now works at {factor}× its normal speed',
  'why.ev.b-instances-changed': 'B now runs {count} instance(s)',
  'why.ev.b-crashed': 'B instance {instance} crashes in the middle of its work',
  'why.ev.b-restarted': 'B instance {instance} is running again',
  'why.ev.rest-attempt': 'A calls B for order {order} (attempt {attempt}) and waits for the answer',
  'why.ev.rest-queued-at-b':
    'B is busy: the request for order {order} waits at B ({position} in line)',
  'why.ev.rest-processing': 'B instance {instance} works on order {order} while A waits',
  'why.ev.rest-response': 'B answers {status} for order {order}: A can carry on',
  'why.ev.rest-late-response':
    'B finishes order {order} after A stopped waiting (attempt {attempt}): nobody hears the answer',
  'why.ev.rest-rejected': 'B is overloaded and answers {status} to order {order} at once',
  'why.ev.rest-timeout':
    'Timeout: A waited {timeout} for order {order} (attempt {attempt}) and got no answer',
  'why.ev.rest-retry-scheduled': 'A will try order {order} again in {delay} (attempt {attempt})',
  'why.ev.rest-gave-up': 'A gives up on order {order} after {attempts} attempts: the order failed',
  'why.ev.rest-aborted':
    'The request for order {order} dies with B; A will only notice at its timeout',
  'why.ev.db-row-inserted': 'A inserts order {order} into the shared table (schema v{schema})',
  'why.ev.db-poll': 'B poller {instance} polls the table: {rows} new row(s)',
  'why.ev.db-lock-wait': 'B poller {instance} waits for the row locks held by poller {holder}',
  'why.ev.db-lock-acquired': 'B poller {instance} locks {rows} row(s) (SELECT … FOR UPDATE)',
  'why.ev.db-lock-timeout':
    'B poller {instance} gives up waiting for the lock; it tries again at its next poll',
  'why.ev.db-row-schema-error':
    'B cannot read order {order}: the row has schema v{rowSchema}, B only knows v{readerSchema}',
  'why.ev.db-commit':
    'B poller {instance} commits: {done} done, {failed} failed, {skipped} left for later',
  'why.ev.db-rollback': 'B poller {instance} rolls back: {rows} row(s) go back to "new"',
  'why.ev.db-schema-changed':
    'A changes the table: it now writes schema v{writerSchema}, B still reads v{readerSchema}',
  'why.ev.db-schema-fixed': 'B is redeployed and reads schema v{readerSchema} again',
  'why.ev.file-write-started': 'A starts writing file {file} ({lines} orders)',
  'why.ev.file-write-finished': 'A finished writing file {file} ({lines} orders)',
  'why.ev.file-picked-up': 'B picker {instance} picks up file {file}: {linesRead} of {lines} lines',
  'why.ev.file-line-truncated':
    'File {file} was half-written: line {line} (order {order}) is cut in the middle',
  'why.ev.file-parse-failed':
    'File {file} is a cut document and does not parse: moved to the error folder',
  'why.ev.file-done': 'B picker {instance} finished file {file} ({lines} lines)',
  'why.ev.file-requeued':
    'B picker {instance} died in file {file} after {linesDone} lines: the file goes back to the inbox',
  'why.ev.broker-enqueued':
    'A publishes order {order}; the queue holds it ({depth} waiting). A carries on at once',
  'why.ev.broker-delivered': 'The broker delivers order {order} to consumer {consumer}',
  'why.ev.broker-acked': 'Consumer {consumer} acks order {order}: the broker deletes it',
  'why.ev.broker-requeued':
    'Consumer {consumer} died without acking order {order}: back in the queue',
  'why.ev.broker-rejected-publish':
    'The queue is full ({maxLength}): the broker refuses order {order} and A is told',
  'why.ev.broker-dropped-head':
    'The queue is full ({maxLength}): the oldest message, order {order}, is dropped',
} as const satisfies Record<EventKey, string>;

const notesEn = {
  'why.ev.note-backlog-growing': 'Backlog growing: {backlog} orders waiting',
  'why.ev.note-backlog-drained': 'Backlog drained: nothing waiting any more (peak {peak})',
  'why.ev.note-a-blocked': 'A is stuck: {waiting} of its callers wait on B right now',
  'why.ev.note-a-free': 'A is free again after {blockedS} s of callers waiting',
  'why.ev.note-load': 'Load set to {factor}× the normal rate',
  'why.ev.note-burst': 'A burst of {count} orders arrives at once',
  'why.ev.note-rate': 'A now sends {perSec} orders per second',
  'why.ev.note-dropped': '{count} events were too many to show',
} as const satisfies Record<NoteKey, string>;

/** Variants where the same code tells a different story, and the reasons an order failed or was lost. */
const variantsEn = {
  'why.ev.db-poll.empty': 'B poller {instance} polls the table: nothing new',
  'why.ev.db-poll.blocked':
    'B poller {instance} polls the table and hits rows another poller has locked',
  'why.ev.file-picked-up.partial':
    'B picker {instance} picks up file {file} while A is still writing it: only {linesRead} of {lines} lines are there',
  'why.ev.broker-delivered.redelivered':
    'The broker redelivers order {order} to consumer {consumer} (redelivered = true)',
  'why.ev.b-crashed.order': 'B instance {instance} crashes while working on order {order}',
  'why.reason.retries-exhausted': 'A ran out of retries',
  'why.reason.queue-full': 'the queue was full',
  'why.reason.schema-mismatch': 'B could not read the row (schema mismatch)',
  'why.reason.file-parse-error': 'the file could not be parsed',
  'why.reason.queue-overflow': 'dropped from a full queue',
  'why.reason.auto-ack-consumer-died':
    'auto-ack: the broker had already forgotten it when the consumer died',
  'why.reason.half-written-file': 'B moved the file away before A had written this line',
  'why.reason.unknown': '{reason}',
} as const;

export const eventsEn = { ...eventsEnBase, ...notesEn, ...variantsEn };

export const eventsPt: Record<keyof typeof eventsEn, string> = {
  'why.ev.order-sent': 'A envia o pedido {order}',
  'why.ev.order-completed': 'Pedido {order} concluído por B, {latency} depois de A enviá-lo',
  'why.ev.order-duplicate':
    'Pedido {order} processado de novo por B ({processings} vezes ao todo): duplicado',
  'why.ev.order-failed': 'Pedido {order} falhou: {reason}',
  'why.ev.order-lost': 'Pedido {order} perdido sem ninguém perceber: {reason}',
  'why.ev.b-down': 'B cai (fora do ar)',
  'why.ev.b-up': 'B volta ao ar',
  'why.ev.b-speed-changed': 'B agora trabalha a {factor}× a velocidade normal',
  'why.ev.b-instances-changed': 'B agora roda {count} instância(s)',
  'why.ev.b-crashed': 'A instância {instance} de B cai no meio do trabalho',
  'why.ev.b-restarted': 'A instância {instance} de B está rodando de novo',
  'why.ev.rest-attempt':
    'A chama B para o pedido {order} (tentativa {attempt}) e espera a resposta',
  'why.ev.rest-queued-at-b':
    'B está ocupado: a requisição do pedido {order} espera em B ({position}º da fila)',
  'why.ev.rest-processing':
    'A instância {instance} de B trabalha no pedido {order} enquanto A espera',
  'why.ev.rest-response': 'B responde {status} para o pedido {order}: A pode seguir',
  'why.ev.rest-late-response':
    'B termina o pedido {order} depois que A desistiu de esperar (tentativa {attempt}): ninguém ouve a resposta',
  'why.ev.rest-rejected': 'B está sobrecarregado e responde {status} ao pedido {order} na hora',
  'why.ev.rest-timeout':
    'Timeout: A esperou {timeout} pelo pedido {order} (tentativa {attempt}) e não teve resposta',
  'why.ev.rest-retry-scheduled':
    'A vai tentar o pedido {order} de novo em {delay} (tentativa {attempt})',
  'why.ev.rest-gave-up':
    'A desiste do pedido {order} depois de {attempts} tentativas: o pedido falhou',
  'why.ev.rest-aborted': 'A requisição do pedido {order} morre com B; A só vai perceber no timeout',
  'why.ev.db-row-inserted': 'A insere o pedido {order} na tabela compartilhada (esquema v{schema})',
  'why.ev.db-poll': 'O leitor {instance} de B consulta a tabela: {rows} linha(s) nova(s)',
  'why.ev.db-lock-wait': 'O leitor {instance} de B espera os bloqueios de linha do leitor {holder}',
  'why.ev.db-lock-acquired':
    'O leitor {instance} de B bloqueia {rows} linha(s) (SELECT … FOR UPDATE)',
  'why.ev.db-lock-timeout':
    'O leitor {instance} de B desiste de esperar o bloqueio; tenta de novo na próxima consulta',
  'why.ev.db-row-schema-error':
    'B não consegue ler o pedido {order}: a linha tem o esquema v{rowSchema}, B só conhece o v{readerSchema}',
  'why.ev.db-commit':
    'O leitor {instance} de B faz commit: {done} concluída(s), {failed} com falha, {skipped} para depois',
  'why.ev.db-rollback': 'O leitor {instance} de B faz rollback: {rows} linha(s) voltam a "nova"',
  'why.ev.db-schema-changed':
    'A muda a tabela: agora grava o esquema v{writerSchema}, B ainda lê o v{readerSchema}',
  'why.ev.db-schema-fixed': 'B é reimplantado e volta a ler o esquema v{readerSchema}',
  'why.ev.file-write-started': 'A começa a gravar o arquivo {file} ({lines} pedidos)',
  'why.ev.file-write-finished': 'A terminou de gravar o arquivo {file} ({lines} pedidos)',
  'why.ev.file-picked-up':
    'O coletor {instance} de B pega o arquivo {file}: {linesRead} de {lines} linhas',
  'why.ev.file-line-truncated':
    'O arquivo {file} estava pela metade: a linha {line} (pedido {order}) está cortada no meio',
  'why.ev.file-parse-failed':
    'O arquivo {file} é um documento cortado e não pode ser lido: vai para a pasta de erros',
  'why.ev.file-done': 'O coletor {instance} de B terminou o arquivo {file} ({lines} linhas)',
  'why.ev.file-requeued':
    'O coletor {instance} de B caiu no arquivo {file} depois de {linesDone} linhas: o arquivo volta para a caixa de entrada',
  'why.ev.broker-enqueued':
    'A publica o pedido {order}; a fila o guarda ({depth} esperando). A segue na hora',
  'why.ev.broker-delivered': 'O broker entrega o pedido {order} ao consumidor {consumer}',
  'why.ev.broker-acked':
    'O consumidor {consumer} confirma (ack) o pedido {order}: o broker o apaga',
  'why.ev.broker-requeued':
    'O consumidor {consumer} caiu sem confirmar o pedido {order}: ele volta para a fila',
  'why.ev.broker-rejected-publish':
    'A fila está cheia ({maxLength}): o broker recusa o pedido {order} e A é avisado',
  'why.ev.broker-dropped-head':
    'A fila está cheia ({maxLength}): a mensagem mais antiga, pedido {order}, é descartada',
  'why.ev.note-backlog-growing': 'Fila acumulando: {backlog} pedidos esperando',
  'why.ev.note-backlog-drained': 'Fila esvaziada: nada mais esperando (pico de {peak})',
  'why.ev.note-a-blocked': 'A está travado: {waiting} chamadas de A esperam por B agora',
  'why.ev.note-a-free': 'A está livre de novo depois de {blockedS} s de chamadas esperando',
  'why.ev.note-load': 'Carga ajustada para {factor}× a taxa normal',
  'why.ev.note-burst': 'Uma rajada de {count} pedidos chega de uma vez',
  'why.ev.note-rate': 'A agora envia {perSec} pedidos por segundo',
  'why.ev.note-dropped': '{count} eventos eram demais para mostrar',
  'why.ev.db-poll.empty': 'O leitor {instance} de B consulta a tabela: nada novo',
  'why.ev.db-poll.blocked':
    'O leitor {instance} de B consulta a tabela e esbarra em linhas bloqueadas por outro leitor',
  'why.ev.file-picked-up.partial':
    'O coletor {instance} de B pega o arquivo {file} enquanto A ainda o grava: só {linesRead} de {lines} linhas estão lá',
  'why.ev.broker-delivered.redelivered':
    'O broker reentrega o pedido {order} ao consumidor {consumer} (redelivered = true)',
  'why.ev.b-crashed.order': 'A instância {instance} de B cai enquanto trabalhava no pedido {order}',
  'why.reason.retries-exhausted': 'as tentativas de A acabaram',
  'why.reason.queue-full': 'a fila estava cheia',
  'why.reason.schema-mismatch': 'B não conseguiu ler a linha (esquema incompatível)',
  'why.reason.file-parse-error': 'o arquivo não pôde ser lido',
  'why.reason.queue-overflow': 'descartado de uma fila cheia',
  'why.reason.auto-ack-consumer-died':
    'auto-ack: o broker já o tinha esquecido quando o consumidor caiu',
  'why.reason.half-written-file': 'B tirou o arquivo do lugar antes de A gravar esta linha',
  'why.reason.unknown': '{reason}',
};
