// Brazilian Portuguese words of ./shell.ts, in a file of their own so that each language is
// downloaded only by those who read it. A key missing here is a compile error.
import type { shellEn } from './shell';

export const shellPt: Record<keyof typeof shellEn, string> = {
  'app.name': 'BrokerLab',
  'app.tagline': 'Aprenda mensageria vendo os brokers funcionarem',
  'app.skipToContent': 'Pular para o canvas',
  'app.loading': 'Carregando…',

  'mode.label': 'Simulador',
  'mode.amqp': 'RabbitMQ (AMQP)',
  'mode.kafka': 'Kafka',
  'mode.why': 'Por que um broker?',

  'panel.label': 'Cenários',
  'panel.presets': 'Cenários prontos',
  'panel.exercises': 'Exercícios',
  'panel.share': 'Compartilhar',
  'panel.presenter': 'Apresentar',
  'panel.presenterHint': 'Modo apresentação para projetor: letra grande, alto contraste, passos pelo teclado',

  'lang.label': 'Idioma',
  'lang.en': 'English',
  'lang.pt-BR': 'Português (Brasil)',

  'theme.label': 'Tema',
  'theme.light': 'Claro',
  'theme.dark': 'Escuro',
  'theme.toggle': 'Mudar para o tema {theme}',


  'startup.draft-restored-with-warnings': 'Seu trabalho salvo foi aberto, com algumas partes corrigidas:',
  'startup.draft-unreadable':
    'Não foi possível abrir seu trabalho salvo, então o cenário de exemplo está aberto no lugar. Nada foi apagado.',
  'startup.keptAt': 'O texto salvo foi guardado neste navegador em “{key}”.',
  'startup.storage-unavailable':
    'Este navegador não deixa o BrokerLab salvar seu trabalho (modo privado ou armazenamento desativado): exporte-o antes de fechar a aba.',
  'startup.dismiss': 'Fechar',
};
