import { Router } from 'express'
import { boardPath, type RotateLinkResponse } from '../../shared/api.ts'
import { hasRight, isRight, type Right } from '../../shared/rights.ts'
import { generateToken, hashToken } from '../auth/tokens.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { bearerToken } from './auth.ts'
import { HttpError, methodNotAllowed } from './errors.ts'

/**
 * Called once a right's token was replaced (its hash stored): ends every connection that used the
 * old one and tells the board's facilitators the new one.
 */
export type LinkReplaced = (boardId: string, right: Right, token: string) => void

export interface LinkRoutesDeps {
  store: BoardStore
  log: Logger
  linkReplaced: LinkReplaced
}

/**
 * `POST /api/boards/:id/links/:right/rotate` with a facilitator's token: a new token for that
 * right. The old one stops at once: the store forgets its hash first, then every realtime and
 * control connection that joined with it is closed with a reason, and the board's other
 * facilitators online are told the new link (when it is not their own). Scriptable for IT departments
 * (`curl -X POST -H "Authorization: Bearer …"`); the share dialog uses it too.
 */
export function linkRoutes({ store, log, linkReplaced }: LinkRoutesDeps): Router {
  const router = Router()

  router.post('/:id/links/:right/rotate', async (req, res) => {
    const token = bearerToken(req)
    const board = await store.getBoard(req.params.id)
    if (!board) throw new HttpError(404, 'board_not_found', 'There is no board with this id.')
    const held = await store.rightForTokenHash(board.id, hashToken(token))
    if (!held) {
      throw new HttpError(401, 'invalid_token', 'This token does not open this board.', undefined, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      })
    }
    if (!hasRight(held, 'facilitate')) {
      throw new HttpError(403, 'forbidden', 'Replacing a link needs the facilitate right.')
    }
    const right = req.params.right
    if (!isRight(right)) {
      throw new HttpError(400, 'unknown_right', 'The right must be view, edit or facilitate.')
    }
    const fresh = generateToken()
    await store.setTokenHash(board.id, right, hashToken(fresh))
    linkReplaced(board.id, right, fresh)
    log.info('link rotated', { id: board.id, right })
    const answer: RotateLinkResponse = {
      id: board.id,
      right,
      token: fresh,
      link: boardPath(board.id, fresh),
    }
    res.json(answer)
  })
  router.all('/:id/links/:right/rotate', methodNotAllowed('POST'))

  return router
}
