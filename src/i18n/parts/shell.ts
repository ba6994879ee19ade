// Dictionaries are split by feature so features can grow in parallel; en.ts and pt-BR.ts merge them.
export const shellEn = {
  'app.name': 'BrokerLab',
  'app.tagline': 'Learn message brokers by watching them work',
  'app.skipToContent': 'Skip to the canvas',

  'mode.label': 'Simulator',
  'mode.amqp': 'RabbitMQ (AMQP)',
  'mode.kafka': 'Kafka',
  'mode.why': 'Why a broker?',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.pt-BR': 'Português (Brasil)',

  'theme.label': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.toggle': 'Switch to {theme} theme',

  'placeholder.comingSoon': 'This part of BrokerLab is being built.',
} as const;

export const shellPt: Record<keyof typeof shellEn, string> = {
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
