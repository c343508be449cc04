import { Router } from 'express'
import { boardPath, type RotateLinkResponse } from '../../shared/api.ts'
import { isRight } from '../../shared/rights.ts'
import type { Access } from '../access/Access.ts'
import type { Logger } from '../log.ts'
import { requireAccess } from './auth.ts'
import { HttpError, methodNotAllowed } from './errors.ts'

export interface LinkRoutesDeps {
  log: Logger
  /** Who may open which board; replaces tokens and tells the planes. */
  access: Access
}

/**
 * `POST /api/boards/:id/links/:right/rotate` with a facilitator's token: a new token for that
 * right. The old one stops at once: the store forgets its hash first, then every realtime and
 * control connection that joined with it is closed with a reason, and the board's other
 * facilitators online are told the new link (when it is not their own); `Access.replaceToken`
 * does all of it. Scriptable for IT departments (`curl -X POST -H "Authorization: Bearer …"`);
 * the share dialog uses it too.
 */
export function linkRoutes({ log, access }: LinkRoutesDeps): Router {
  const router = Router()

  router.post('/:id/links/:right/rotate', async (req, res) => {
    const { board } = await requireAccess(access, req, req.params.id, {
      right: 'facilitate',
      refusal: 'Replacing a link needs the facilitate right.',
    })
    const right = req.params.right
    if (!isRight(right)) {
      throw new HttpError(400, 'unknown_right', 'The right must be view, edit or facilitate.')
    }
    const fresh = await access.replaceToken(board.id, right)
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
