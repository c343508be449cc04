import express, { Router, type Request } from 'express'
import {
  CreateBoardRequest,
  DEFAULT_BOARD_TITLE,
  type BoardInfo,
  type CreateBoardResponse,
} from '../../shared/api.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
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

/** `/api/boards`: create a board, and tell a token holder what a board is and their role. */
export function boardRoutes({ store, config, log }: BoardRoutesDeps): Router {
  const router = Router()

  router.post(
    '/',
    // Limit and authorise before reading the body, so refused clients cost no parsing.
    createBoardRateLimit({
      perMinute: config.createRateLimit,
      trustsProxy: config.trustProxy !== null,
      log,
    }),
    requireCreateToken(config.createToken),
    express.json({ limit: config.maxBodyBytes }),
    async (req, res) => {
      const body = parseCreateRequest(req)
      if (body.import !== undefined) {
        throw new HttpError(
          400,
          'import_unsupported',
          'Importing a board export is not supported by this version of Werkraum yet.',
        )
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

/** The parsed JSON body; no body at all means "all defaults", a body in another type is refused
 * (a cross-site form cannot send application/json). */
function readJsonBody(req: Request): unknown {
  if (req.body !== undefined) return req.body
  const length = req.get('content-length')
  const hasBody =
    req.get('transfer-encoding') !== undefined || (length !== undefined && length !== '0')
  if (hasBody) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json.')
  }
  return {}
}
