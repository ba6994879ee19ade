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

  'placeholder.comingSoon': 'This part of BrokerLab is being built.',

  'startup.draft-restored-with-warnings': 'Your saved work was opened, with some parts corrected:',
  'startup.draft-unreadable':
    'Your saved work could not be opened, so the example scenario is shown instead. Nothing was deleted.',
  'startup.keptAt': 'The saved text is kept in this browser under “{key}”.',
  'startup.storage-unavailable':
    'This browser does not let BrokerLab save your work (private mode or storage disabled): export it before closing the tab.',
  'startup.dismiss': 'Dismiss',
} as const;

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

  'placeholder.comingSoon': 'Esta parte do BrokerLab está sendo construída.',

  'startup.draft-restored-with-warnings': 'Seu trabalho salvo foi aberto, com algumas partes corrigidas:',
  'startup.draft-unreadable':
    'Não foi possível abrir seu trabalho salvo, então o cenário de exemplo está aberto no lugar. Nada foi apagado.',
  'startup.keptAt': 'O texto salvo foi guardado neste navegador em “{key}”.',
  'startup.storage-unavailable':
    'Este navegador não deixa o BrokerLab salvar seu trabalho (modo privado ou armazenamento desativado): exporte-o antes de fechar a aba.',
  'startup.dismiss': 'Fechar',
};
