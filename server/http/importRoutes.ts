import path from 'node:path'
import express, { Router, type Request, type RequestHandler } from 'express'
import { TITLE_MAX_LENGTH } from '../../shared/api.ts'
import { AssetFiles } from '../assets/assetFiles.ts'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { ASSETS_DIR_NAME, clientAddress } from './assetRoutes.ts'
import { UploadGate } from './uploadLimits.ts'
import { requireCreateToken } from './auth.ts'
import { HttpError, methodNotAllowed } from './errors.ts'
import { importBoard } from './importBoard.ts'
import { exportPoolFor } from '../export/exportRoutes.ts'
import type { ExportPool } from '../export/ExportPool.ts'
import { createBoardRateLimit } from './rateLimit.ts'

/** The types a `.werkraum` file may be sent as. */
export const WERKRAUM_UPLOAD_TYPES = ['application/vnd.werkraum+zip', 'application/zip']

export interface ImportRoutesDeps {
  store: BoardStore
  config: Config
  log: Logger
  /** The worker pool the file is read and the board built in (shared with exports). */
  exportPool?: ExportPool
  /** The per-address upload limits, shared with image uploads. */
  uploadGate?: UploadGate
}

/**
 * `POST /api/boards/import`: a new board from a `.werkraum` file sent as the raw body (the start
 * page's "Importieren", and scripts). Limited and authorised like creating a board (rate limit,
 * CREATE_TOKEN), the body at most IMPORT_MAX_BYTES, read under the ZIP limits of
 * shared/exchange/werkraumFile.ts; the answer is the one of `POST /api/boards` with
 * `missingImages`. Mounted before the board routes, whose `/:id` would take `import` for an id.
 */
export function importRoutes({
  store,
  config,
  log,
  exportPool,
  uploadGate,
}: ImportRoutesDeps): Router {
  const router = Router()
  const pool = exportPool ?? exportPoolFor(config)
  const gate = uploadGate ?? new UploadGate(config.uploads)
  const files = new AssetFiles(path.join(config.dataDir, ASSETS_DIR_NAME))

  router.post(
    '/import',
    createBoardRateLimit({
      perMinute: config.createRateLimit,
      trustsProxy: config.trustProxy !== null,
      log,
    }),
    requireCreateToken(config.createToken),
    requireWerkraumType,
    // A file brings its images: it counts against the address's hourly upload bytes, like them.
    (req, _res, next) => {
      gate.checkBudget(clientAddress(req), declaredLength(req), Date.now())
      next()
    },
    express.raw({ type: () => true, limit: config.importMaxBytes }),
    async (req, res) => {
      const bytes: unknown = req.body
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        throw new HttpError(400, 'empty_body', 'Send the .werkraum file as the request body.')
      }
      const now = Date.now()
      gate.checkBudget(clientAddress(req), bytes.length, now)
      gate.spend(clientAddress(req), bytes.length, now)
      const title = queryTitle(req.query.title)
      const created = await importBoard({
        store,
        config,
        files,
        pool,
        log,
        source: {
          type: 'werkraum',
          // A copy of its own: it moves to the worker, and the request's buffer may be pooled.
          bytes: new Uint8Array(bytes),
          ...(title !== undefined ? { title } : {}),
        },
      })
      log.info('board imported', { id: created.id, elements: created.elements, from: 'werkraum' })
      res.status(201).json(created)
    },
  )
  router.all('/import', methodNotAllowed('POST'))
  return router
}

/** 415 unless the body is declared a `.werkraum` file (a form cannot send these types). */
const requireWerkraumType: RequestHandler = (req, _res, next) => {
  const type = req.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (!WERKRAUM_UPLOAD_TYPES.includes(type)) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      `Send the .werkraum file as ${WERKRAUM_UPLOAD_TYPES.join(' or ')}, not "${type}".`,
    )
  }
  next()
}

/** The body's declared length; 0 when it is sent in chunks (counted once read). */
function declaredLength(req: Request): number {
  const length = Number(req.get('content-length'))
  return Number.isSafeInteger(length) && length > 0 ? length : 0
}

function queryTitle(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.trim() === '' || [...value].length > TITLE_MAX_LENGTH) {
    throw new HttpError(
      400,
      'invalid_request',
      `title must be a text of 1 to ${TITLE_MAX_LENGTH} characters.`,
    )
  }
  return value.trim()
}
