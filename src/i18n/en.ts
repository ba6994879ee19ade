// The English dictionary defines the keys; every other language must cover all of them
// (a compile error in pt-BR.ts and a test in i18n.test.ts). Placeholders look like {name}.
export const en = {
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

export type MessageKey = keyof typeof en;
