import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Werkraum's version from package.json, written into every `.werkraum` manifest. Two levels up
 * from this module in the sources (server/export/) and in the bundle (dist/server/) alike.
 */
export const APP_VERSION: string = (require('../../package.json') as { version: string }).version
