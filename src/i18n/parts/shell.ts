// Dictionaries are split by feature so features can grow in parallel; en.ts and pt-BR.ts merge them.
export const shellEn = {
  'app.name': 'BrokerLab',
  'app.tagline': 'Learn message brokers by watching them work',
  'app.skipToContent': 'Skip to the canvas',
  'app.loading': 'Loading…',

  'mode.label': 'Simulator',
  'mode.amqp': 'RabbitMQ (AMQP)',
  'mode.kafka': 'Kafka',
  'mode.why': 'Why a broker?',

  'panel.label': 'Scenarios',
  'panel.presets': 'Presets',
  'panel.exercises': 'Exercises',
  'panel.share': 'Share',
  'panel.presenter': 'Present',
  'panel.presenterHint': 'Presenter mode for projectors: large type, high contrast, keyboard stepping',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.pt-BR': 'Português (Brasil)',

  'theme.label': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.toggle': 'Switch to {theme} theme',


  'startup.draft-restored-with-warnings': 'Your saved work was opened, with some parts corrected:',
  'startup.draft-unreadable':
    'Your saved work could not be opened, so the example scenario is shown instead. Nothing was deleted.',
  'startup.keptAt': 'The saved text is kept in this browser under “{key}”.',
  'startup.storage-unavailable':
    'This browser does not let BrokerLab save your work (private mode or storage disabled): export it before closing the tab.',
  'startup.dismiss': 'Dismiss',
} as const;
