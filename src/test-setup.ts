import { MotionGlobalConfig } from 'framer-motion';

// happy-dom never finishes exit animations; tests assert on end states.
MotionGlobalConfig.skipAnimations = true;

import { loadLanguage } from './i18n/translate';

// The app loads a language before showing it; tests render in either.
await loadLanguage('en');
await loadLanguage('pt-BR');
