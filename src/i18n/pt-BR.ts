import type { MessageKey } from './en';

// Typed as a complete record: a key missing here is a compile error.
export const ptBR: Record<MessageKey, string> = {
  'app.name': 'BrokerLab',
  'app.tagline': 'Aprenda mensageria vendo os brokers funcionarem',
  'app.skipToContent': 'Pular para o canvas',

  'mode.label': 'Simulador',
  'mode.amqp': 'RabbitMQ (AMQP)',
  'mode.kafka': 'Kafka',
  'mode.why': 'Por que um broker?',

  'lang.label': 'Idioma',
  'lang.en': 'English',
  'lang.pt-BR': 'Português (Brasil)',

  'theme.label': 'Tema',
  'theme.light': 'Claro',
  'theme.dark': 'Escuro',
  'theme.toggle': 'Mudar para o tema {theme}',

  'placeholder.comingSoon': 'Esta parte do BrokerLab está sendo construída.',
};
