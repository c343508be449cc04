import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import svelteConfig from './svelte.config.js'

/** What no file in shared/ may import: it runs in the browser and on the server alike. */
const SHARED_BANNED = [
  'node:*',
  'svelte',
  'svelte/*',
  'socket.io*',
  'express',
  'ws',
  '../server/*',
  '../client/*',
]

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
    rules: { 'no-restricted-imports': ['error', { patterns: SHARED_BANNED }] },
  },
  {
    // The domain's vocabulary is the bottom of shared/: the schema reads it, it reads nothing.
    files: ['shared/vocabulary/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SHARED_BANNED, message: 'shared/ runs in browser and server alike.' },
            {
              group: ['../*', '!../vocabulary'],
              message: 'The vocabulary imports only itself: it lies below the schema.',
            },
            { group: ['yjs', 'zod'], message: 'The vocabulary is plain data.' },
          ],
        },
      ],
    },
  },
  {
    // The schema may use the vocabulary, never the domain model built on top of it.
    files: ['shared/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SHARED_BANNED, message: 'shared/ runs in browser and server alike.' },
            {
              group: ['**/domain/*', '**/domain'],
              message:
                'The domain model lies above the schema; the schema may import the vocabulary.',
            },
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
  ...clientLayers(),
  {
    // Every visible string goes through the message catalogue (i18n/de.ts and en.ts, read with
    // t()): no text in both languages kept beside the code.
    files: ['client/src/**/*.ts', 'client/src/**/*.svelte'],
    ignores: ['client/src/**/i18n/**'],
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

/**
 * The client is a stack of layers (client/README.md has the drawing): a folder may import its
 * own layer and those below, never one above. `services` (sync, storage, api, i18n, font and
 * the files at the root of lib/) sit under everything and import only each other. Import
 * cycles, inside a layer too, are dependency-cruiser's to find (.dependency-cruiser.cjs).
 */
function clientLayers() {
  const LAYERS = [
    ['services', ['sync', 'storage', 'api', 'i18n', 'font']],
    ['geometry', ['geometry']],
    ['model', ['model']],
    ['kinds', ['kinds']],
    ['views', ['render', 'listview', 'tools']],
    ['editor', ['editor']],
    [
      'features',
      [
        'actions',
        'cards',
        'clipboard',
        'templates',
        'domain',
        'exchange',
        'import',
        'export',
        'presence',
        'control',
      ],
    ],
    ['page', ['page']],
    ['components', ['components']],
  ]
  // The layers that read and write the board only through the Board model (geometry is pure).
  const ABOVE_THE_MODEL = ['geometry', 'kinds', 'views', 'editor', 'features', 'components']
  // The files at the root of lib/ are services too.
  const ROOT_FILES = ['listeners.ts', 'route.ts', 'router.svelte.ts', 'share.ts']
  return LAYERS.map(([layer, folders], rank) => {
    const above = LAYERS.slice(rank + 1).flatMap(([, f]) => f)
    const patterns = [
      {
        regex: `^(\\.\\./)+(${above.join('|')})/`,
        message: `${layer} may not import a layer above it (client/README.md: the layers).`,
      },
    ]
    const files = folders.map((f) => `client/src/lib/${f}/**/*.{ts,svelte}`)
    if (layer === 'services') files.push(...ROOT_FILES.map((f) => `client/src/lib/${f}`))
    if (layer === 'components') files.push('client/src/*.{ts,svelte}')
    // The Board model is the only bridge to Yjs: above it, nothing reads or writes the doc
    // itself (the page hands the doc it made to the model, sync and the local copy).
    const paths = ABOVE_THE_MODEL.includes(layer)
      ? [{ name: 'yjs', message: 'Only model/ (and page/, sync/) touch the Y.Doc: use the Board.' }]
      : []
    return { files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } }
  })
}
