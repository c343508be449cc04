import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Werkraum's version from its package.json, written into every `.werkraum` manifest. Found by
 * walking up from this module: it sits in server/export/ in the sources and in a chunk of
 * dist/server/ (at some depth) in the bundle.
 */
export const APP_VERSION: string = findVersion(path.dirname(fileURLToPath(import.meta.url)))

function findVersion(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === 'werkraum' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // No package.json here: one level up.
    }
    if (path.dirname(dir) === dir) return '0.0.0'
  }
}
