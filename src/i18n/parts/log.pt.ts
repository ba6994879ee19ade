// Brazilian Portuguese words of ./log.ts, in a file of their own so that each language is
// downloaded only by those who read it. A key missing here is a compile error.
import type { logEn } from './log';

export const logPt: Record<keyof typeof logEn, string> = {
  'log.title': 'Log de eventos',
  'log.filters': 'Mostrar',
  'log.filter.routing': 'Roteamento',
  'log.filter.delivery': 'Entrega',
  'log.filter.acks': 'Acks',
  'log.filter.drops': 'Descartes e dead letters',
  'log.filter.errors': 'Erros',
  'log.filter.clients': 'Clientes',
  'log.filter.topology': 'Topologia',
  'log.search': 'Buscar',
  'log.searchPlaceholder': 'routing key, fila, #id…',
  'log.empty': 'Nada ainda. Aperte play e cada passo será explicado aqui.',
  'log.noMatch': 'Nenhum evento corresponde aos filtros.',
  'log.count': '{shown} de {total} eventos',
  'log.earlier': 'Mostrar {n} eventos anteriores',
  'log.why': 'Por quê?',
  'log.collapse': 'Esconder o log de eventos',
  'log.expand': 'Mostrar o log de eventos',
  'log.resize': 'Redimensionar o log de eventos',
  'log.jumpLatest': 'Ir para o evento mais recente',
  'log.listLabel': 'Eventos, o mais recente embaixo. Setas movem, Enter seleciona a mensagem, Espaço mostra o porquê.',
  'log.delivered.redelivered': 'redelivered=true: ela já foi entregue antes e voltou para a fila.',
};
