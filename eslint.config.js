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
  // The server's layers (server/README.md): main → app → http → sync/control → access → store.
  // Each imports only below itself.
  {
    files: ['server/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../access/*', '../http/*', '../sync/*', '../control/*', '../app.ts'] },
      ],
    },
  },
  {
    files: ['server/access/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['../http/*', '../sync/*', '../control/*', '../edge/*', '../app.ts'] },
      ],
    },
  },
  {
    files: ['server/sync/**/*.ts', 'server/control/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../http/*', '../app.ts'] }] },
  },
  {
    files: ['server/http/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../sync/*', '../control/*'] }] },
  },
  {
    // Components render; the Board model is the only bridge to Yjs.
    files: ['client/src/**/*.svelte'],
    rules: { 'no-restricted-imports': ['error', { paths: ['yjs'] }] },
  },
)
