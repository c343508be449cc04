import express from 'express'
import { Access } from './access/Access.ts'
import type { Config } from './config.ts'
import type { Logger } from './log.ts'
import type { BoardStore } from './store/BoardStore.ts'
import { apiRouter } from './http/api.ts'
import type { DocumentChanges } from './http/boardTitle.ts'
import { serveClient } from './http/clientStatic.ts'
import { errorHandler, notFound } from './http/errors.ts'
import { Readiness, readyz } from './http/readiness.ts'
import { securityHeaders } from './http/security.ts'

export interface AppDeps {
  store: BoardStore
  config: Config
  /**
   * The realtime server, for the changes HTTP routes make to a board's document (renaming); null
   * in an HTTP-only test, where such routes answer 503.
   */
  sync: DocumentChanges | null
  log: Logger
  /**
   * Who may open which board. main.ts passes the one the realtime and control planes subscribed
   * to, so that a replaced link ends their connections; an HTTP-only test may leave it out.
   */
  access?: Access
  /** Readiness of this instance; main.ts passes its own to drain it on SIGTERM. */
  readiness?: Readiness
}

/**
 * The HTTP application: liveness (`/healthz`) and readiness (`/readyz`), REST API and the built
 * client, behind security headers.
 * It does not listen; main.ts (or a test) mounts it on a server.
 */
export function createApp({
  store,
  config,
  sync,
  log,
  access = new Access({ store, log }),
  readiness,
}: AppDeps): express.Application {
  const app = express()
  app.disable('x-powered-by')
  if (config.trustProxy !== null) app.set('trust proxy', config.trustProxy)

  app.use(securityHeaders())
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true })
  })
  app.get('/readyz', readyz(readiness ?? new Readiness({ store, dataDir: config.dataDir, log })))
  app.use('/api', apiRouter({ store, config, log, access, documents: sync }))
  app.use(serveClient(config.clientDir))
  app.use(notFound)
  app.use(errorHandler(log))
  return app
}
