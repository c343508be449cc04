import path from 'node:path'
import { Router } from 'express'
import { exportFileName, parseExportQuery } from '../../shared/export/options.ts'
import type { Access } from '../access/Access.ts'
import type { Config } from '../config.ts'
import { requireAccess } from '../http/auth.ts'
import { HttpError, methodNotAllowed } from '../http/errors.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { ASSETS_DIR_NAME } from '../http/assetRoutes.ts'
import { ExportCrashed, ExportPool, ExportQueueFull, ExportTimedOut } from './ExportPool.ts'
import type { ExportReply } from './exportMessages.ts'
import { EXPORT_WRITERS, exportFileType } from './formats.ts'
import './index.ts'

/** Seconds a client is asked to wait when every export worker is busy and the queue is full. */
export const EXPORT_RETRY_AFTER_SECONDS = 10

export interface ExportRoutesDeps {
  store: BoardStore
  config: Config
  log: Logger
  /** Who may open which board. */
  access: Access
  /** The workers exports (and imports) run in; one pool from the config unless given. */
  exportPool?: ExportPool
}

/** The process's worker pool as the config sizes it. */
export function exportPoolFor(config: Config): ExportPool {
  return new ExportPool({
    concurrency: config.exportConcurrency,
    queueMax: config.exportQueueMax,
    timeoutMs: config.exportTimeoutMs,
    memoryMb: config.exportMemoryMb,
  })
}

/**
 * `GET /api/boards/:id/export?format=…`: the board as a file, for anyone holding one of its
 * tokens (every right may take out what it can see). No token is 401, a token of another board
 * 401, an unknown board 404, a query that is not an export 400, a format this server does not
 * write 501. The token, the query and the stored bytes are handled here; loading the board and
 * writing the file run in a worker thread (ExportPool), off the realtime event loop.
 */
export function exportRoutes({ store, config, log, access, exportPool }: ExportRoutesDeps): Router {
  const router = Router()
  const assetDir = path.join(config.dataDir, ASSETS_DIR_NAME)
  const pool = exportPool ?? exportPoolFor(config)

  router.get('/:id/export', async (req, res) => {
    const { board } = await requireAccess(access, req, req.params.id)
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

    const stored = await store.loadDocument(board.id)
    const assets = (await store.listAssets(board.id)).map(
      ({ hash, mime, size, width, height }) => ({ hash, mime, size, width, height }),
    )
    const now = new Date()
    const reply = await runInPool(
      () =>
        pool.run({
          kind: 'export',
          stored: { snapshot: stored.snapshot, updates: stored.updates },
          boardId: board.id,
          title: board.title,
          options,
          now: now.getTime(),
          boardUrl: `${config.publicUrl ?? ''}/b/${encodeURIComponent(board.id)}`,
          assets,
          assetDir,
        }),
      log,
    )
    if (!reply.ok) throw failure(reply, board.id, log)
    log.info('export written', {
      boardId: board.id,
      format: options.format,
      bytes: reply.body.byteLength,
      ms: Math.round(reply.ms),
    })
    const fileType = exportFileType(writer, options)
    const label = writer.nameLabel?.[options.language]
    const name = exportFileName(
      label === undefined ? board.title : `${board.title} (${label})`,
      now,
      fileType.extension,
    )
    res
      .status(200)
      .set('Content-Type', fileType.contentType)
      .set('Content-Disposition', contentDisposition(name))
      .set('X-Content-Type-Options', 'nosniff')
      .set(reply.headers)
      .send(Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength))
  })
  router.all('/:id/export', methodNotAllowed('GET'))
  return router
}

/** The pool's reply, or the HTTP error for a full queue, a time-out or a crashed worker. */
export async function runInPool<R>(run: () => Promise<R>, log: Logger): Promise<R> {
  try {
    return await run()
  } catch (err) {
    if (err instanceof ExportQueueFull) {
      throw new HttpError(
        503,
        'export_busy',
        'The server is handling as many exports and imports as it can; try again in a few seconds.',
        { waiting: err.waiting },
        { 'Retry-After': String(EXPORT_RETRY_AFTER_SECONDS) },
      )
    }
    if (err instanceof ExportTimedOut) {
      log.warn('export worker stopped at its time limit', { timeoutMs: err.timeoutMs })
      throw new HttpError(
        503,
        'export_timeout',
        `This took longer than ${Math.round(err.timeoutMs / 1000)} s and was stopped; for an export, take a frame or the selection instead.`,
      )
    }
    if (err instanceof ExportCrashed) {
      log.error('export worker failed', { err: err.message })
      throw new HttpError(
        500,
        'export_crashed',
        'The worker failed on this file; the server is fine.',
      )
    }
    throw err
  }
}

/** The HTTP error for an export the worker could not write. */
function failure(reply: Extract<ExportReply, { ok: false }>, boardId: string, log: Logger) {
  switch (reply.failure) {
    case 'refused':
      return new HttpError(400, reply.code, reply.message)
    case 'schema_too_new':
      return new HttpError(
        409,
        'schema_too_new',
        'This board was written by a newer Werkraum; this server cannot export it.',
      )
    case 'unreadable':
      log.error('export: board does not load', { boardId, err: reply.message })
      return new HttpError(500, 'board_unreadable', 'The board cannot be read for an export.')
    case 'failed':
      log.error('export failed', { boardId, err: reply.message })
      return new HttpError(500, 'export_failed', 'The export failed; the server is fine.')
  }
}

/** An attachment name every browser reads: an ASCII fallback and the UTF-8 name (RFC 6266). */
function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
