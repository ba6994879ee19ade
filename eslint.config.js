import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

// The engine and the simulation core must stay pure and deterministic (docs/ARCHITECTURE.md):
// no UI framework, no wall clock, no unseeded randomness, no browser globals.
const engineRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'The engine is framework-free.' },
        { group: ['zustand', 'zustand/*', '@xyflow/*', 'framer-motion'], message: 'The engine is framework-free.' },
        { group: ['**/ui/**', '**/store/**', '**/app/**', '**/i18n/**'], message: 'The engine must not depend on the UI.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'No browser globals in the engine.' },
    { name: 'document', message: 'No browser globals in the engine.' },
    { name: 'performance', message: 'Time is injected: use the simulated clock.' },
    { name: 'setTimeout', message: 'Time is injected: schedule on the simulated event queue.' },
    { name: 'setInterval', message: 'Time is injected: schedule on the simulated event queue.' },
    { name: 'requestAnimationFrame', message: 'Time is injected: use the simulated clock.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Time is injected: use the simulated clock.' },
    { object: 'Math', property: 'random', message: 'Use the seeded PRNG in src/sim/random.ts.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date']", message: 'Time is injected: use the simulated clock.' },
  ],
};

export default defineConfig([
  globalIgnores(['dist', 'dist-*', 'test-results', 'playwright-report', 'node_modules', '.scratch']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/sim/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: engineRestrictions,
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
    rules: { 'react-refresh/only-export-components': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
