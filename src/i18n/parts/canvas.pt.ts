// Brazilian Portuguese words of ./canvas.ts, in a file of their own so that each language is
// downloaded only by those who read it. A key missing here is a compile error.
import type { canvasEn } from './canvas';

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
