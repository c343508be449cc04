import path from 'node:path'
import express, { Router } from 'express'
import { notFound } from './errors.ts'

/** Paths the single-page app must never shadow: they belong to the API and the realtime servers. */
const SERVER_PATHS = /^\/(api|yjs|socket\.io|healthz|readyz)(\/|$)/

const NOT_BUILT = 'Client not built: run npm run build\n'

/**
 * Serves the built client. Files under `assets/` carry a content hash in their name, so they are
 * cached for a year; index.html is revalidated each time so a new release is picked up at once.
 * Any other GET gets index.html, and the client's router takes it from there.
 */
export function serveClient(clientDir: string): Router {
  const router = Router()
  const indexFile = path.join(clientDir, 'index.html')

  router.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
    }),
  )
  // A missing asset is a 404, not index.html: a browser must not run HTML as a script.
  router.use('/assets', notFound)
  router.use(
    express.static(clientDir, {
      index: false,
      cacheControl: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  )
  router.get('/{*splat}', (req, res, next) => {
    if (SERVER_PATHS.test(req.path)) return next()
    res.setHeader('Cache-Control', 'no-cache')
    res.sendFile(indexFile, (err?: NodeJS.ErrnoException) => {
      if (!err || res.headersSent) return
      if (err.code === 'ENOENT') {
        res.status(503).type('text/plain').set('Cache-Control', 'no-store').send(NOT_BUILT)
      } else {
        next(err)
      }
    })
  })
  return router
}
