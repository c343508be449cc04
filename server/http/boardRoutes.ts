import path from 'node:path'
import express, { Router, type Request, type RequestHandler, type Response } from 'express'
import {
  CreateBoardRequest,
  DEFAULT_BOARD_TITLE,
  type BoardInfo,
  type CreateBoardResponse,
} from '../../shared/api.ts'
import { BoardImportError } from '../../shared/exchange/importError.ts'
import { parseBoardJson } from '../../shared/exchange/parseBoardJson.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import { AssetFiles } from '../assets/assetFiles.ts'
import { ASSETS_DIR_NAME } from './assetRoutes.ts'
import { importBoard, importRefused } from './importBoard.ts'
import { hashToken } from '../auth/tokens.ts'
import type { Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { bearerToken, requireCreateToken } from './auth.ts'
import { HttpError, methodNotAllowed } from './errors.ts'
import { BOARD_TEMPLATES, createNewBoard, isBoardTemplate } from './newBoard.ts'
import { createBoardRateLimit } from './rateLimit.ts'
import '../validationMessages.ts'

export interface BoardRoutesDeps {
  store: BoardStore
  config: Config
  log: Logger
}

/** Largest body of `POST /api/boards` without `import`: a title, a template id and a language
 * (MAX_BODY_BYTES applies when it is lower). A body with `import` may take IMPORT_MAX_BYTES. */
export const CREATE_BODY_MAX_BYTES = 8 * 1024

/** `/api/boards`: create a board, and tell a token holder what a board is and their role. */
export function boardRoutes({ store, config, log }: BoardRoutesDeps): Router {
  const router = Router()
  const files = new AssetFiles(path.join(config.dataDir, ASSETS_DIR_NAME))

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
    // more. The body is read up to IMPORT_MAX_BYTES, and one beyond 8 KiB without `import` is
    // refused as before.
    express.json({
      limit: Math.max(Math.min(CREATE_BODY_MAX_BYTES, config.maxBodyBytes), config.importMaxBytes),
      verify: (_req, res, body) => {
        ;(res as Response).locals.bodyBytes = body.byteLength
      },
    }),
    async (req, res) => {
      const plainLimit = Math.min(CREATE_BODY_MAX_BYTES, config.maxBodyBytes)
      const raw = readJsonBody(req)
      const importing = typeof raw === 'object' && raw !== null && 'import' in raw
      if (!importing && Number(res.locals.bodyBytes ?? 0) > plainLimit) {
        throw new HttpError(
          413,
          'payload_too_large',
          `The request body is larger than ${plainLimit} bytes (only an import may be larger).`,
        )
      }
      const body = parseCreateRequest(req)
      if (body.import !== undefined) {
        const created = await createFromImport(body.import, body.title)
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

  /** A new board from the board JSON of `import` (docs/exchange.md). */
  async function createFromImport(value: unknown, title: string | undefined) {
    let board
    try {
      board = parseBoardJson(value)
    } catch (err) {
      if (err instanceof BoardImportError) throw importRefused(err)
      throw err
    }
    return importBoard({ store, config, files, board, images: new Map(), title })
  }

  router.get('/:id', async (req, res) => {
    const token = bearerToken(req)
    const board = await store.getBoard(req.params.id)
    if (!board) throw new HttpError(404, 'board_not_found', 'There is no board with this id.')
    const role = await store.rightForTokenHash(board.id, hashToken(token))
    if (!role) {
      throw new HttpError(401, 'invalid_token', 'This token does not open this board.', undefined, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      })
    }
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
  router.all('/:id', methodNotAllowed('GET'))

  return router
}

function parseCreateRequest(req: Request): CreateBoardRequest {
  const parsed = CreateBoardRequest.safeParse(readJsonBody(req))
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

/** The parsed JSON body; `{}` (all defaults) when the JSON request has no body at all. */
function readJsonBody(req: Request): unknown {
  return req.body ?? {}
}
