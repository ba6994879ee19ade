// The eight ready-made scenes of the lab: what each shows and what to try next.
import type { LabPresetId } from '../../../engine/integration';

type PresetKey = `why.preset.${LabPresetId}.${'title' | 'summary' | 'try1' | 'try2' | 'try3'}`;

export const presetsEn = {
  'why.preset.problem-slowness.title': 'Problem: slowness (B takes its time)',
  'why.preset.problem-slowness.summary':
    "At 0:10 B becomes ten times slower, and at 0:40 it recovers. Over REST, A waits on every call and requests time out; the shared table and the file wait longer for B; the broker's queue grows and then drains.",
  'why.preset.problem-slowness.try1': 'Watch "A blocked" climb for REST only.',
  'why.preset.problem-slowness.try2':
    'Give B more instances while it is slow: which style recovers first?',
  'why.preset.problem-slowness.try3':
    'Compare the latency chart before, during and after the slow spell.',
  'why.preset.problem-communication-failure.title': 'Problem: communication failure (B is down)',
  'why.preset.problem-communication-failure.summary':
    'B is down from 0:10 to 0:40. REST calls time out, retry and give up: orders fail. The broker keeps every order in the queue while B is away and delivers them all when it comes back.',
  'why.preset.problem-communication-failure.try1':
    'Look at "failed" and "lost" for each style when B is back.',
  'why.preset.problem-communication-failure.try2':
    "Follow the broker's backlog chart: up while B is down, then back to zero.",
  'why.preset.problem-communication-failure.try3':
    'Take B down again yourself for 60 s and see whether REST retries help.',
  'why.preset.problem-overload.title': 'Problem: overload (ten times the orders)',
  'why.preset.problem-overload.summary':
    'From 0:10 to 0:30 A sends ten times as many orders. B cannot keep up: REST answers 503 and times out, while the queue absorbs the peak and B works through it at its own pace.',
  'why.preset.problem-overload.try1': "Watch REST's failed count during the peak.",
  'why.preset.problem-overload.try2':
    'Add B instances during the peak: how fast does the queue drain?',
  'why.preset.problem-overload.try3': 'Send a burst of 200 orders on top of it.',
  'why.preset.reason-asynchrony.title': 'Reason: asynchronous communication',
  'why.preset.reason-asynchrony.summary':
    'B takes about 1.5 s per order. Over REST, A waits for every answer; with a broker, A publishes and carries on at once, and four consumers do the work.',
  'why.preset.reason-asynchrony.try1': 'Compare "A blocked" for REST and for the broker.',
  'why.preset.reason-asynchrony.try2': 'Make B slower still: what happens to A in each style?',
  'why.preset.reason-asynchrony.try3':
    "Read the feed: A's REST calls wait, the broker's publishes do not.",
  'why.preset.reason-decoupling.title': 'Reason: decoupling',
  'why.preset.reason-decoupling.summary':
    "At 0:10 A changes the shared table's schema without telling B: every new row fails until B is fixed at 0:40. From 1:00 to 1:20 B is down: REST callers fail, the broker just waits. Coupled by a schema or by availability, A and B break together.",
  'why.preset.reason-decoupling.try1': 'Find the schema errors of the shared database in the feed.',
  'why.preset.reason-decoupling.try2': 'Which styles lose or fail orders when B is down?',
  'why.preset.reason-decoupling.try3': 'Trigger a schema change yourself and fix it later.',
  'why.preset.reason-scalability.title': 'Reason: scalability (add consumers)',
  'why.preset.reason-scalability.summary':
    'Twelve orders a second into one queue with one consumer: the queue grows. At 0:20 a second consumer joins, at 0:40 two more: throughput rises and the backlog turns round and drains.',
  'why.preset.reason-scalability.try1': 'Watch the backlog chart bend at 0:20 and 0:40.',
  'why.preset.reason-scalability.try2': 'Set B instances to 8 yourself: how fast does it drain?',
  'why.preset.reason-scalability.try3': 'Double the load: how many consumers keep up now?',
  'why.preset.reason-resilience.title': 'Reason: resilience (reprocess on failure)',
  'why.preset.reason-resilience.summary':
    'A consumer crashes in the middle of a message at 0:10, 0:20, 0:30 and 0:40. With manual acks the broker redelivers the message to another consumer and nothing is lost; with auto-ack the broker had already forgotten it, so it is lost.',
  'why.preset.reason-resilience.try1': 'Compare "lost" for the two brokers.',
  'why.preset.reason-resilience.try2': 'Find "redelivered" in the feed.',
  'why.preset.reason-resilience.try3': 'Crash a consumer yourself a few more times.',
  'why.preset.reason-background-processing.title': 'Reason: background processing',
  'why.preset.reason-background-processing.summary':
    'Each report takes B 5 s. A REST caller gives up after 3 s, so every call times out although B keeps working (and then works again on the retries). With a broker the reports are done in the background by three consumers and A never waits.',
  'why.preset.reason-background-processing.try1':
    'Look for "late response" and "duplicate" in the REST feed.',
  'why.preset.reason-background-processing.try2':
    'Compare "completed" and "A blocked" for both styles.',
  'why.preset.reason-background-processing.try3':
    'Give the broker one consumer only: does anything get lost?',
} as const satisfies Record<PresetKey, string>;

export const presetsPt: Record<keyof typeof presetsEn, string> = {
  'why.preset.problem-slowness.title': 'Problema: demora na execução (B demora)',
  'why.preset.problem-slowness.summary':
    'Aos 0:10 B fica dez vezes mais lento e aos 0:40 se recupera. Com REST, A espera em cada chamada e as requisições estouram o tempo limite; a tabela compartilhada e o arquivo esperam mais por B; a fila do broker cresce e depois esvazia.',
  'why.preset.problem-slowness.try1': 'Veja o "A bloqueado" subir só no REST.',
  'why.preset.problem-slowness.try2':
    'Dê mais instâncias a B enquanto ele está lento: qual estilo se recupera primeiro?',
  'why.preset.problem-slowness.try3':
    'Compare o gráfico de latência antes, durante e depois da lentidão.',
  'why.preset.problem-communication-failure.title':
    'Problema: falhas na comunicação (B fora do ar)',
  'why.preset.problem-communication-failure.summary':
    'B fica fora do ar de 0:10 a 0:40. As chamadas REST estouram o tempo limite, tentam de novo e desistem: pedidos falham. O broker guarda todos os pedidos na fila enquanto B está fora e entrega todos quando ele volta.',
  'why.preset.problem-communication-failure.try1':
    'Olhe "com falha" e "perdidos" de cada estilo quando B voltar.',
  'why.preset.problem-communication-failure.try2':
    'Acompanhe o gráfico da fila do broker: sobe enquanto B está fora e volta a zero.',
  'why.preset.problem-communication-failure.try3':
    'Derrube B você mesmo por 60 s e veja se as novas tentativas do REST ajudam.',
  'why.preset.problem-overload.title': 'Problema: sobrecarga (dez vezes mais pedidos)',
  'why.preset.problem-overload.summary':
    'De 0:10 a 0:30 A envia dez vezes mais pedidos. B não dá conta: o REST responde 503 e estoura o tempo limite, enquanto a fila absorve o pico e B trabalha no seu ritmo.',
  'why.preset.problem-overload.try1': 'Veja a contagem de falhas do REST durante o pico.',
  'why.preset.problem-overload.try2':
    'Adicione instâncias de B durante o pico: a fila esvazia em quanto tempo?',
  'why.preset.problem-overload.try3': 'Mande uma rajada de 200 pedidos por cima.',
  'why.preset.reason-asynchrony.title': 'Motivo: comunicação assíncrona',
  'why.preset.reason-asynchrony.summary':
    'B leva cerca de 1,5 s por pedido. Com REST, A espera cada resposta; com um broker, A publica e segue na hora, e quatro consumidores fazem o trabalho.',
  'why.preset.reason-asynchrony.try1': 'Compare o "A bloqueado" do REST e do broker.',
  'why.preset.reason-asynchrony.try2':
    'Deixe B ainda mais lento: o que acontece com A em cada estilo?',
  'why.preset.reason-asynchrony.try3':
    'Leia o registro: as chamadas REST de A esperam, as publicações no broker não.',
  'why.preset.reason-decoupling.title': 'Motivo: desacoplamento',
  'why.preset.reason-decoupling.summary':
    'Aos 0:10 A muda o esquema da tabela compartilhada sem avisar B: toda linha nova falha até B ser corrigido aos 0:40. De 1:00 a 1:20 B fica fora do ar: as chamadas REST falham, o broker só espera. Acoplados por um esquema ou pela disponibilidade, A e B quebram juntos.',
  'why.preset.reason-decoupling.try1':
    'Encontre no registro os erros de esquema do banco compartilhado.',
  'why.preset.reason-decoupling.try2':
    'Quais estilos perdem ou falham pedidos quando B está fora do ar?',
  'why.preset.reason-decoupling.try3':
    'Provoque você mesmo uma mudança de esquema e corrija depois.',
  'why.preset.reason-scalability.title': 'Motivo: escalabilidade (mais consumidores)',
  'why.preset.reason-scalability.summary':
    'Doze pedidos por segundo em uma fila com um consumidor: a fila cresce. Aos 0:20 entra um segundo consumidor, aos 0:40 mais dois: a vazão sobe e a fila para de crescer e esvazia.',
  'why.preset.reason-scalability.try1':
    'Veja o gráfico da fila mudar de direção aos 0:20 e aos 0:40.',
  'why.preset.reason-scalability.try2':
    'Coloque você mesmo 8 instâncias de B: em quanto tempo esvazia?',
  'why.preset.reason-scalability.try3': 'Dobre a carga: quantos consumidores dão conta agora?',
  'why.preset.reason-resilience.title': 'Motivo: resiliência (reprocessar na falha)',
  'why.preset.reason-resilience.summary':
    'Um consumidor cai no meio de uma mensagem aos 0:10, 0:20, 0:30 e 0:40. Com ack manual o broker reentrega a mensagem a outro consumidor e nada se perde; com auto-ack o broker já a tinha esquecido, então ela se perde.',
  'why.preset.reason-resilience.try1': 'Compare os "perdidos" dos dois brokers.',
  'why.preset.reason-resilience.try2': 'Procure "redelivered" no registro.',
  'why.preset.reason-resilience.try3': 'Derrube você mesmo um consumidor mais algumas vezes.',
  'why.preset.reason-background-processing.title': 'Motivo: processamento em segundo plano',
  'why.preset.reason-background-processing.summary':
    'Cada relatório leva 5 s em B. Quem chama via REST desiste depois de 3 s, então toda chamada estoura o tempo limite embora B continue trabalhando (e trabalhe de novo nas novas tentativas). Com um broker os relatórios são feitos em segundo plano por três consumidores e A nunca espera.',
  'why.preset.reason-background-processing.try1':
    'Procure "resposta atrasada" e "duplicado" no registro do REST.',
  'why.preset.reason-background-processing.try2':
    'Compare "concluídos" e "A bloqueado" nos dois estilos.',
  'why.preset.reason-background-processing.try3':
    'Deixe o broker com um só consumidor: algo se perde?',
};
