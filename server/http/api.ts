import { Router } from 'express'
import type { Access } from '../access/Access.ts'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { assetRoutes } from './assetRoutes.ts'
import { exportPoolFor, exportRoutes } from '../export/exportRoutes.ts'
import { boardRoutes } from './boardRoutes.ts'
import { importRoutes } from './importRoutes.ts'
import { notFound } from './errors.ts'
import { UploadGate } from './uploadLimits.ts'
import { linkRoutes } from './linkRoutes.ts'
import type { DocumentChanges } from './boardTitle.ts'

export interface ApiDeps {
  store: BoardStore
  config: Config
  log: Logger
  /** Who may open which board: every route that takes a token asks it. */
  access: Access
  /** The realtime server's document changes (renaming a board); null without one. */
  documents?: DocumentChanges | null
}

/** Everything under `/api`. Answers are never cached: they carry tokens and live state. */
export function apiRouter(apiDeps: ApiDeps): Router {
  const router = Router()
  // One pool of worker threads for the process's exports and imports, and one count of the bytes
  // each address uploads (images, and `.werkraum` files with theirs).
  const deps = {
    ...apiDeps,
    exportPool: exportPoolFor(apiDeps.config),
    uploadGate: new UploadGate(apiDeps.config.uploads),
  }
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store')
    next()
  })
  router.use('/boards', importRoutes(deps))
  router.use('/boards', boardRoutes(deps))
  router.use('/boards', assetRoutes(deps))
  router.use('/boards', exportRoutes(deps))
  router.use('/boards', linkRoutes(deps))
  router.use(notFound)
  return router
}
