import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/** The service worker's entry, built to /sw.js (see client/src/sw/serviceWorker.ts). */
export const SERVICE_WORKER_FILE = 'sw.js'

/**
 * Writes /precache.json next to the build: a version (a hash of the built file names, which
 * carry content hashes, and of index.html) and every file the app shell needs offline. The
 * service worker caches them at install and looks for a new version on page loads.
 */
export function precacheManifest(): Plugin {
  return {
    name: 'werkraum-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files: string[] = []
      const hash = createHash('sha256')
      for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      )) {
        if (fileName === SERVICE_WORKER_FILE || fileName.endsWith('.map')) continue
        hash.update(fileName)
        if (fileName === 'index.html' && output.type === 'asset') hash.update(output.source)
        else if (fileName !== 'index.html') files.push(`/${fileName}`)
      }
      files.push('/favicon.svg')
      const manifest = { version: hash.digest('hex').slice(0, 16), files }
      this.emitFile({
        type: 'asset',
        fileName: 'precache.json',
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      })
    },
  }
}
