import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Router } from 'express'
import { exportFileName, parseExportQuery } from '../../shared/export/options.ts'
import { SchemaTooNewError } from '../../shared/schema/migrations.ts'
import { ASSET_HASH } from '../assets/assetFiles.ts'
import { hashToken } from '../auth/tokens.ts'
import type { Config } from '../config.ts'
import { bearerToken } from '../http/auth.ts'
import { HttpError, methodNotAllowed } from '../http/errors.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { ASSETS_DIR_NAME } from '../http/assetRoutes.ts'
import { EXPORT_WRITERS, ExportRefused } from './formats.ts'
import { loadExportDoc } from './loadExportDoc.ts'
import './index.ts'

export interface ExportRoutesDeps {
  store: BoardStore
  config: Config
  log: Logger
}

/**
 * `GET /api/boards/:id/export?format=…`: the board as a file, for anyone holding one of its
 * tokens (every right may take out what it can see). No token is 401, a token of another board
 * 401, an unknown board 404, a query that is not an export 400.
 */
export function exportRoutes({ store, config, log }: ExportRoutesDeps): Router {
  const router = Router()
  const assetDir = path.join(config.dataDir, ASSETS_DIR_NAME)

  router.get('/:id/export', async (req, res) => {
    const token = bearerToken(req)
    const board = await store.getBoard(req.params.id)
    if (!board) throw new HttpError(404, 'board_not_found', 'There is no board with this id.')
    const right = await store.rightForTokenHash(board.id, hashToken(token))
    if (!right) {
      throw new HttpError(401, 'invalid_token', 'This token does not open this board.', undefined, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      })
    }
    let options
    try {
      options = parseExportQuery(req.query)
    } catch (err) {
      throw new HttpError(400, 'invalid_export', 'This is not an export this server knows.', {
        reason: err instanceof Error ? err.message : String(err),
      })
    }
    const writer = EXPORT_WRITERS[options.format]
    if (!writer) {
      throw new HttpError(
        501,
        'format_unavailable',
        `This server cannot write ${options.format} yet.`,
      )
    }

    let doc
    try {
      doc = loadExportDoc(await store.loadDocument(board.id))
    } catch (err) {
      if (err instanceof SchemaTooNewError) {
        throw new HttpError(
          409,
          'schema_too_new',
          'This board was written by a newer Werkraum; this server cannot export it.',
        )
      }
      log.error('export: board does not load', { boardId: board.id, err: String(err) })
      throw new HttpError(500, 'board_unreadable', 'The board cannot be read for an export.')
    }
    const now = new Date()
    const headers: Record<string, string> = {}
    try {
      const body = await writer.write({
        doc,
        boardId: board.id,
        title: board.title,
        options,
        now,
        boardUrl: `${config.publicUrl ?? ''}/b/${encodeURIComponent(board.id)}`,
        readAsset: async (hash) => {
          // Only images this board has: a hash of another board's image is not this board's.
          if (!ASSET_HASH.test(hash) || !(await store.getAsset(board.id, hash))) return null
          return readFile(path.join(assetDir, hash)).catch(() => null)
        },
        header: (name, value) => {
          headers[name] = value
        },
      })
      const name = exportFileName(board.title, now, writer.extension)
      res
        .status(200)
        .set('Content-Type', writer.contentType)
        .set('Content-Disposition', contentDisposition(name))
        .set('X-Content-Type-Options', 'nosniff')
        .set(headers)
        .send(Buffer.from(body.buffer, body.byteOffset, body.byteLength))
    } catch (err) {
      if (err instanceof ExportRefused) throw new HttpError(400, err.code, err.message)
      throw err
    } finally {
      doc.destroy()
    }
  })
  router.all('/:id/export', methodNotAllowed('GET'))
  return router
}

/** An attachment name every browser reads: an ASCII fallback and the UTF-8 name (RFC 6266). */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
