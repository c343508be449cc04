import path from 'node:path'
import express, { Router, type RequestHandler } from 'express'
import { TITLE_MAX_LENGTH } from '../../shared/api.ts'
import { BoardImportError } from '../../shared/exchange/importError.ts'
import { readWerkraumFile } from '../../shared/exchange/werkraumFile.ts'
import { AssetFiles } from '../assets/assetFiles.ts'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { ASSETS_DIR_NAME } from './assetRoutes.ts'
import { requireCreateToken } from './auth.ts'
import { HttpError, methodNotAllowed } from './errors.ts'
import { importBoard, importRefused } from './importBoard.ts'
import { createBoardRateLimit } from './rateLimit.ts'

/** The types a `.werkraum` file may be sent as. */
export const WERKRAUM_UPLOAD_TYPES = ['application/vnd.werkraum+zip', 'application/zip']

export interface ImportRoutesDeps {
  store: BoardStore
  config: Config
  log: Logger
}

/**
 * `POST /api/boards/import`: a new board from a `.werkraum` file sent as the raw body (the start
 * page's "Importieren", and scripts). Limited and authorised like creating a board (rate limit,
 * CREATE_TOKEN), the body at most IMPORT_MAX_BYTES, read under the ZIP limits of
 * shared/exchange/werkraumFile.ts; the answer is the one of `POST /api/boards` with
 * `missingImages`. Mounted before the board routes, whose `/:id` would take `import` for an id.
 */
export function importRoutes({ store, config, log }: ImportRoutesDeps): Router {
  const router = Router()
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
    express.raw({ type: () => true, limit: config.importMaxBytes }),
    async (req, res) => {
      const bytes: unknown = req.body
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        throw new HttpError(400, 'empty_body', 'Send the .werkraum file as the request body.')
      }
      const title = queryTitle(req.query.title)
      let file
      try {
        file = await readWerkraumFile(
          new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
          {
            maxUncompressedBytes: config.importMaxBytes + config.uploads.boardQuotaBytes,
            maxBoardJsonBytes: config.importMaxBytes,
            maxImageBytes: config.assetMaxBytes,
          },
        )
      } catch (err) {
        if (err instanceof BoardImportError) throw importRefused(err)
        throw err
      }
      const created = await importBoard({
        store,
        config,
        files,
        board: file.board,
        images: file.images,
        ...(title !== undefined ? { title } : {}),
      })
      log.info('board imported', {
        id: created.id,
        elements: created.elements,
        images: file.images.size,
        from: 'werkraum',
      })
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
