import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import svelteConfig from './svelte.config.js'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'data/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    // shared/ is used by browser and server alike: no DOM, no Node, no Svelte, no socket.io.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'svelte',
            'svelte/*',
            'socket.io*',
            'express',
            'ws',
            '../server/*',
            '../client/*',
          ],
        },
      ],
    },
  },
  {
    // Components render; the Board model is the only bridge to Yjs.
    files: ['client/src/**/*.svelte'],
    rules: { 'no-restricted-imports': ['error', { paths: ['yjs'] }] },
  },
  {
    // Every visible string goes through the message catalogue (i18n/de.ts and en.ts, read with
    // t()): no text in both languages kept beside the code. CardProperties.svelte still builds an
    // empty fallback for the vocabulary's labels there until its rewrite into one form per card kind.
    files: ['client/src/**/*.ts', 'client/src/**/*.svelte'],
    ignores: ['client/src/**/i18n/**', 'client/src/**/CardProperties.svelte'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ObjectExpression:has(> Property:matches([key.name='de'], [key.value='de'])):has(> Property:matches([key.name='en'], [key.value='en']))",
          message:
            'Words in German and English belong in the message catalogue (client/src/lib/i18n/de.ts, en.ts); use t() with its key.',
        },
      ],
    },
  },
)
