import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig, type ViteUserConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { precacheManifest, SERVICE_WORKER_FILE } from './client/build/precachePlugin.ts'

const root = fileURLToPath(new URL('.', import.meta.url))
// In development the API and realtime server run on their own port; Vite proxies to them.
const serverPort = process.env.WERKRAUM_DEV_SERVER_PORT ?? '3001'
const target = `http://localhost:${serverPort}`

// `vite build --ssr server/main.ts` bundles the server (server/ and shared/, packages left as
// imports) into dist/server/main.js, so production runs on plain node without a TypeScript loader.
// Worker threads are entries of their own beside it (see server/sync/SnapshotWorker.ts).
const serverBuild: ViteUserConfig = {
  root,
  publicDir: false as const,
  plugins: [
    {
      name: 'werkraum-server-workers',
      buildStart() {
        this.emitFile({
          type: 'chunk',
          id: `${root}server/sync/snapshotThread.ts`,
          fileName: 'snapshotThread.js',
        })
        this.emitFile({
          type: 'chunk',
          id: `${root}server/export/exportThread.ts`,
          fileName: 'exportThread.js',
        })
      },
    },
  ],
  build: {
    outDir: `${root}dist/server`,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
  },
}

const clientConfig: ViteUserConfig = {
  root: `${root}client`,
  publicDir: `${root}client/public`,
  plugins: [svelte({ configFile: `${root}svelte.config.js` }), precacheManifest()],
  build: {
    outDir: `${root}dist/client`,
    emptyOutDir: true,
    // No inline scripts or styles, so the Content-Security-Policy can forbid them.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The service worker (offline app shell) is a second entry with a fixed name at the root:
      // its scope is the whole origin.
      input: { index: `${root}client/index.html`, sw: `${root}client/src/sw/serviceWorker.ts` },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'sw' ? SERVICE_WORKER_FILE : 'assets/[name]-[hash].js',
      },
    },
  },
  server: {
    proxy: {
      '/api': target,
      '/healthz': target,
      '/yjs': { target, ws: true },
      '/socket.io': { target, ws: true },
    },
  },
  test: {
    root,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/*.svelte.test.ts'],
        },
      },
      {
        // Reactivity of the models as the page runs it (runes compiled for the browser, Svelte's
        // browser runtime: its server build, which node would load, never re-runs anything).
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'svelte',
          include: ['test/unit/**/*.svelte.test.ts'],
          environment: './test/helpers/svelteClientEnvironment.ts',
          server: { deps: { inline: ['svelte'] } },
        },
      },
    ],
  },
}

export default defineConfig(({ isSsrBuild }) => (isSsrBuild ? serverBuild : clientConfig))
