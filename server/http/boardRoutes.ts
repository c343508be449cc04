import path from 'node:path'
import express, { Router, type RequestHandler } from 'express'
import {
  CreateBoardRequest,
  DEFAULT_BOARD_TITLE,
  RenameBoardRequest,
  type BoardInfo,
  type CreateBoardResponse,
  type RenameBoardResponse,
} from '../../shared/api.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import { AssetFiles } from '../assets/assetFiles.ts'
import { ASSETS_DIR_NAME } from './assetRoutes.ts'
import { CREATE_BODY_MAX_BYTES } from './createLimits.ts'
import { importBoard } from './importBoard.ts'
import { exportPoolFor } from '../export/exportRoutes.ts'
import type { ExportPool } from '../export/ExportPool.ts'
import type { Access } from '../access/Access.ts'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { requireAccess, requireCreateToken } from './auth.ts'
import { BoardTitles, type DocumentChanges } from './boardTitle.ts'
import { HttpError, methodNotAllowed } from './errors.ts'
import { BOARD_TEMPLATES, createNewBoard, isBoardTemplate } from './newBoard.ts'
import { createBoardRateLimit } from './rateLimit.ts'
import '../validationMessages.ts'

export interface BoardRoutesDeps {
  store: BoardStore
  config: Config
  log: Logger
  /** Who may open which board. */
  access: Access
  /** The worker pool imports are built in (shared with exports). */
  exportPool?: ExportPool
  /** The realtime server's document changes (renaming); null in an HTTP-only setup. */
  documents?: DocumentChanges | null
}

export { CREATE_BODY_MAX_BYTES }

/** `/api/boards`: create a board, and tell a token holder what a board is and their role. */
export function boardRoutes({
  store,
  config,
  log,
  access,
  exportPool,
  documents = null,
}: BoardRoutesDeps): Router {
  const router = Router()
  const titles = documents === null ? null : new BoardTitles(store, documents)
  const files = new AssetFiles(path.join(config.dataDir, ASSETS_DIR_NAME))
  const pool = exportPool ?? exportPoolFor(config)
  const plainLimit = Math.min(CREATE_BODY_MAX_BYTES, config.maxBodyBytes)

  router.post(
    '/',
    // Limit and authorise before reading the body, so refused clients cost no parsing.
    createBoardRateLimit({
      perMinute: config.createRateLimit,
      trustsProxy: config.trustProxy !== null,
      log,
    }),
    requireCreateToken(config.createToken),
    requireJson,
    // A title, a template and a language fit in 8 KiB; the `import` of a board JSON needs far
    // more. The body is read as bytes up to IMPORT_MAX_BYTES: one of up to 8 KiB is parsed here,
    // a larger one only in the export worker (parsing megabytes here would stall every room),
    // which refuses it unless it is an import.
    express.raw({ type: () => true, limit: Math.max(plainLimit, config.importMaxBytes) }),
    async (req, res) => {
      const bytes: unknown = req.body
      const raw = Buffer.isBuffer(bytes) ? bytes : Buffer.alloc(0)
      if (raw.length > plainLimit) {
        const created = await importBoard({
          store,
          config,
          files,
          pool,
          log,
          source: { type: 'createBody', bytes: new Uint8Array(raw) },
        })
        log.info('board imported', { id: created.id, elements: created.elements, from: 'json' })
        res.status(201).json(created)
        return
      }
      const body = parseCreateRequest(parseJsonBytes(raw))
      if (body.import !== undefined) {
        const created = await importBoard({
          store,
          config,
          files,
          pool,
          log,
          source: {
            type: 'boardJson',
            value: body.import,
            ...(body.title !== undefined ? { title: body.title } : {}),
          },
        })
        log.info('board imported', { id: created.id, elements: created.elements, from: 'json' })
        res.status(201).json(created)
        return
      }
      const template = body.template ?? 'empty'
      if (!isBoardTemplate(template)) {
        throw new HttpError(400, 'unknown_template', `Unknown template "${template}".`, {
          available: BOARD_TEMPLATES,
        })
      }
      const created: CreateBoardResponse = await createNewBoard(
        store,
        body.title ?? DEFAULT_BOARD_TITLE,
        { template, locale: body.language },
      )
      log.info('board created', { id: created.id, template })
      res.status(201).json(created)
    },
  )
  router.all('/', methodNotAllowed('POST'))

  router.get('/:id', async (req, res) => {
    const { board, right: role } = await requireAccess(access, req, req.params.id)
    const info: BoardInfo = {
      id: board.id,
      title: board.title,
      role,
      createdAt: board.createdAt.toISOString(),
      // The room migrates an older document on load, so a client always meets this version.
      schemaVersion: SCHEMA_VERSION,
    }
    if (config.publicUrl !== null) info.publicUrl = config.publicUrl
    res.json(info)
  })
  router.patch(
    '/:id',
    requireJson,
    express.json({ limit: RENAME_BODY_MAX_BYTES }),
    async (req, res) => {
      const { board } = await requireAccess(access, req, String(req.params.id), {
        right: 'facilitate',
        refusal: 'Only a facilitator can rename the board.',
      })
      const { title } = parseRenameRequest(req.body)
      if (titles === null) {
        throw new HttpError(503, 'unavailable', 'Renaming needs the realtime server.')
      }
      try {
        await titles.rename(board.id, title)
      } catch (err) {
        log.error('renaming a board failed', { boardId: board.id, err })
        throw new HttpError(503, 'unavailable', 'The board could not be renamed; try again.')
      }
      log.info('board renamed', { id: board.id })
      const answer: RenameBoardResponse = { id: board.id, title }
      res.json(answer)
    },
  )
  router.all('/:id', methodNotAllowed('GET, PATCH'))

  return router
}

/** A title of 200 characters, even of four UTF-8 bytes each and escaped, fits in 4 KiB. */
const RENAME_BODY_MAX_BYTES = 4 * 1024

function parseRenameRequest(value: unknown): RenameBoardRequest {
  const parsed = RenameBoardRequest.safeParse(value)
  if (!parsed.success) {
    throw new HttpError(
      400,
      'invalid_request',
      'The request body does not hold a usable title (1 to 200 characters, one line).',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    )
  }
  return parsed.data
}

function parseCreateRequest(value: unknown): CreateBoardRequest {
  const parsed = CreateBoardRequest.safeParse(value)
  if (!parsed.success) {
    throw new HttpError(
      400,
      'invalid_request',
      'The request body does not describe a board.',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    )
  }
  return parsed.data
}

/**
 * 415 unless the request says `Content-Type: application/json`, with or without a body. A
 * cross-site form or a `no-cors` fetch can send a POST, but never with this type without a CORS
 * preflight, which this server does not answer; so no other site can create boards in a
 * visitor's name.
 */
const requireJson: RequestHandler = (req, _res, next) => {
  if (!isJsonType(req.get('content-type'))) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      'Send the body as application/json (an empty object for all defaults).',
    )
  }
  next()
}

function isJsonType(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/json'
}

/** The body's JSON; `{}` (all defaults) when the request has no body at all. */
function parseJsonBytes(bytes: Buffer): unknown {
  if (bytes.length === 0) return {}
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown
  } catch {
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.')
  }
}
