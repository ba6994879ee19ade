// Brazilian Portuguese words of ./inspector.ts, in a file of their own so that each language is
// downloaded only by those who read it. A key missing here is a compile error.
import type { inspectorEn } from './inspector';

export const inspectorPt: Record<keyof typeof inspectorEn, string> = {
  'insp.title': 'Inspetor',
  'insp.empty.hint': 'Selecione um nó ou uma ligação no canvas para editá-lo.',
  'insp.summary.title': 'Este cenário',
  'insp.summary.producers': 'Produtores',
  'insp.summary.exchanges': 'Exchanges',
  'insp.summary.queues': 'Filas',
  'insp.summary.consumers': 'Consumidores',
  'insp.summary.bindings': 'Bindings',
  'insp.summary.publishes': 'Ligações de publicação',
  'insp.summary.subscriptions': 'Assinaturas',
  'insp.multi.count': '{count} itens selecionados',
  'insp.multi.hint': 'Selecione um único item para editar suas configurações.',
  'insp.delete': 'Excluir',
  'insp.deleteSelected': 'Excluir selecionados',
  'insp.deleteHint': 'Desfazer (Ctrl+Z) traz de volta.',
};
