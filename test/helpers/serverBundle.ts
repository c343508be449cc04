import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Bundles the server as `npm start` does (`vite build --ssr server/main.ts`) into `outDir` and
 * returns the Node arguments that run it. `outDir` must lie inside the project so the bundle
 * finds its packages in node_modules.
 */
export async function buildServerBundle(outDir: string): Promise<string[]> {
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { ssr: 'server/main.ts', outDir, emptyOutDir: true },
  })
  return ['--enable-source-maps', path.join(outDir, 'main.js')]
}
