// Exercise goals, the settings a student may change, and feedback for every failure code.
import type { ExerciseId } from '../../../engine/integration';

type ExerciseKey = `why.ex.${ExerciseId}.${'title' | 'goal'}`;

const goalsEn = {
  'why.ex.b-down-no-loss.title': 'B goes down: lose nothing',
  'why.ex.b-down-no-loss.goal':
    'A sends 2 orders a second for a minute, and B is down for {downS} s of it. Choose how A and B talk, and their settings, so that by the end every order is done: none failed, none lost, none still on its way.',
  'why.ex.fast-and-non-blocking.title': 'Fast, and A never waits',
  'why.ex.fast-and-non-blocking.goal':
    'A sends 5 orders a second. A must never be blocked waiting on B, 95% of the orders must be done within {p95Ms} ms of being sent, and every order must be done.',
  'why.ex.scale-to-drain.title': 'Scale out to drain a burst',
  'why.ex.scale-to-drain.goal':
    'On top of 5 orders a second, a burst of {burst} orders arrives at 0:10. Choose the consumers so the queue is empty again within {withinS} s, losing nothing.',
  'why.ex.file-no-half-written-loss.title': 'File transfer without half-written files',
  'why.ex.file-no-half-written-loss.goal':
    'Orders go from A to B in files. Writing a file takes a while, and B sometimes picks one up while A is still writing it. Change the handoff so that no order is lost, failed or processed twice.',
  'why.ex.crash-no-loss.title': 'Consumers crash: lose nothing',
  'why.ex.crash-no-loss.goal':
    'A consumer crashes in the middle of its work {crashes} times. Configure the broker so that no order is lost.',
} as const satisfies Record<ExerciseKey, string>;

const hintsEn = {
  'why.hint.b-down-no-loss.rest':
    'REST only works while B answers. Retries help only if B is back before they run out, and A waits the whole time. Could the order wait somewhere instead of A?',
  'why.hint.b-down-no-loss.shared-db':
    'The rows wait in the table while B is down. If some are unfinished at the end, B must catch up faster: poll more often or add pollers.',
  'why.hint.b-down-no-loss.file-transfer':
    'Files wait in the inbox, but B can catch a file half-written. Look at the handoff settings.',
  'why.hint.b-down-no-loss.broker':
    "The queue keeps messages while B is down. If something is missing, check the queue's limit and what happens when it overflows.",
  'why.hint.fast-and-non-blocking.rest':
    'A REST caller always waits for B\'s answer: "A blocked" can never be zero. Try a style where A hands the order over and carries on.',
  'why.hint.fast-and-non-blocking.broker':
    'A no longer waits. If p95 is too high, orders are waiting in the queue because B does not keep up: add consumers. If orders are lost or failed, look at the queue limit.',
  'why.hint.scale-to-drain.broker':
    'One consumer does 5 orders a second, which is exactly the steady load: the burst never goes away. How many consumers clear {burst} extra orders in {withinS} s?',
  'why.hint.file-no-half-written-loss.file-transfer':
    'Write the file under a temporary name and rename it when it is complete (safe handoff), so B never sees a half-written file. Re-reading a file that grew processes its first lines twice.',
  'why.hint.crash-no-loss.broker':
    'With auto-ack the broker forgets a message as soon as it delivers it, so a crash loses it. With manual ack, the consumer acks after the work, and the broker redelivers unacked messages.',
} as const;

const failuresEn = {
  'why.fail.orders-lost': '{count} order(s) were lost without anyone noticing.',
  'why.fail.orders-failed': '{count} order(s) failed.',
  'why.fail.orders-unfinished': '{count} order(s) were still on their way at the end of the run.',
  'why.fail.orders-duplicated': '{count} order(s) were processed twice.',
  'why.fail.a-blocked': 'A was blocked waiting on B for {duration} in all.',
  'why.fail.p95-too-high': '95% of orders took up to {p95}; the goal is {max}.',
  'why.fail.p95-none':
    'No order was completed, so there is no latency to measure; the goal is {max}.',
  'why.fail.backlog-not-drained': 'At {deadline} the queue still held {backlog} orders.',
  'why.fail.wrong-style': 'This exercise is about {expected}, not {got}.',
  'why.fail.style-not-allowed': '{kind} is not one of the styles this exercise allows.',
  'why.fail.unknown': 'The check failed ({code}).',
} as const;

export const exercisesEn = { ...goalsEn, ...hintsEn, ...failuresEn };

export const exercisesPt: Record<keyof typeof exercisesEn, string> = {
  'why.ex.b-down-no-loss.title': 'B cai: não perca nada',
  'why.ex.b-down-no-loss.goal':
    'A envia 2 pedidos por segundo durante um minuto, e B fica fora do ar por {downS} s nesse tempo. Escolha como A e B se comunicam, e as configurações, para que no fim todo pedido esteja concluído: nenhum com falha, nenhum perdido, nenhum ainda a caminho.',
  'why.ex.fast-and-non-blocking.title': 'Rápido, e A nunca espera',
  'why.ex.fast-and-non-blocking.goal':
    'A envia 5 pedidos por segundo. A nunca pode ficar bloqueado esperando B, 95% dos pedidos devem ser concluídos em até {p95Ms} ms depois de enviados, e todo pedido deve ser concluído.',
  'why.ex.scale-to-drain.title': 'Escale para esvaziar uma rajada',
  'why.ex.scale-to-drain.goal':
    'Além de 5 pedidos por segundo, uma rajada de {burst} pedidos chega aos 0:10. Escolha os consumidores para que a fila volte a ficar vazia em até {withinS} s, sem perder nada.',
  'why.ex.file-no-half-written-loss.title': 'Transferência de arquivos sem arquivos pela metade',
  'why.ex.file-no-half-written-loss.goal':
    'Os pedidos vão de A para B em arquivos. Gravar um arquivo leva um tempo, e às vezes B pega o arquivo enquanto A ainda o grava. Mude a entrega para que nenhum pedido se perca, falhe ou seja processado duas vezes.',
  'why.ex.crash-no-loss.title': 'Consumidores caem: não perca nada',
  'why.ex.crash-no-loss.goal':
    'Um consumidor cai no meio do trabalho {crashes} vezes. Configure o broker para que nenhum pedido se perca.',
  'why.hint.b-down-no-loss.rest':
    'O REST só funciona enquanto B responde. Novas tentativas só ajudam se B voltar antes de elas acabarem, e A espera o tempo todo. O pedido poderia esperar em outro lugar em vez de A?',
  'why.hint.b-down-no-loss.shared-db':
    'As linhas esperam na tabela enquanto B está fora. Se algumas ficam sem concluir no fim, B precisa alcançar mais rápido: consulte com mais frequência ou adicione leitores.',
  'why.hint.b-down-no-loss.file-transfer':
    'Os arquivos esperam na caixa de entrada, mas B pode pegar um arquivo pela metade. Veja as configurações de entrega.',
  'why.hint.b-down-no-loss.broker':
    'A fila guarda as mensagens enquanto B está fora. Se falta algo, confira o limite da fila e o que acontece quando ela transborda.',
  'why.hint.fast-and-non-blocking.rest':
    'Quem chama via REST sempre espera a resposta de B: "A bloqueado" nunca chega a zero. Tente um estilo em que A entrega o pedido e segue em frente.',
  'why.hint.fast-and-non-blocking.broker':
    'A não espera mais. Se o p95 está alto, os pedidos estão esperando na fila porque B não dá conta: adicione consumidores. Se há pedidos perdidos ou com falha, veja o limite da fila.',
  'why.hint.scale-to-drain.broker':
    'Um consumidor faz 5 pedidos por segundo, exatamente a carga constante: a rajada nunca vai embora. Quantos consumidores dão conta de {burst} pedidos extras em {withinS} s?',
  'why.hint.file-no-half-written-loss.file-transfer':
    'Grave o arquivo com um nome temporário e renomeie quando estiver completo (entrega segura), para que B nunca veja um arquivo pela metade. Reler um arquivo que cresceu processa as primeiras linhas duas vezes.',
  'why.hint.crash-no-loss.broker':
    'Com auto-ack o broker esquece a mensagem assim que a entrega, então uma queda a perde. Com ack manual, o consumidor confirma depois do trabalho, e o broker reentrega as mensagens não confirmadas.',
  'why.fail.orders-lost': '{count} pedido(s) se perderam sem ninguém perceber.',
  'why.fail.orders-failed': '{count} pedido(s) falharam.',
  'why.fail.orders-unfinished': '{count} pedido(s) ainda estavam a caminho no fim da execução.',
  'why.fail.orders-duplicated': '{count} pedido(s) foram processados duas vezes.',
  'why.fail.a-blocked': 'A ficou bloqueado esperando B por {duration} no total.',
  'why.fail.p95-too-high': '95% dos pedidos levaram até {p95}; a meta é {max}.',
  'why.fail.p95-none':
    'Nenhum pedido foi concluído, então não há latência para medir; a meta é {max}.',
  'why.fail.backlog-not-drained': 'Aos {deadline} a fila ainda tinha {backlog} pedidos.',
  'why.fail.wrong-style': 'Este exercício é sobre {expected}, não {got}.',
  'why.fail.style-not-allowed': '{kind} não é um dos estilos que este exercício permite.',
  'why.fail.unknown': 'A verificação falhou ({code}).',
};
