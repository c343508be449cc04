import type { BoardInfo } from '../../../../shared/api.ts'
import type { ApiResult } from '../api/boards.ts'
import { cachedBoardInfo, forgetBoardInfo, rememberBoardInfo } from '../storage/boardInfoCache.ts'
import { local, type KeyValueStore } from '../storage/safeStorage.ts'

/**
 * What a board page opens with, given the server's answer to `GET /api/boards/:id`:
 * - an answer: it is remembered for this token, for the next time the server is out of reach;
 * - no answer (network error, or a proxy's 5xx while the server is down): the remembered answer
 *   for this very token, so the board opens from its local copy;
 * - a refusal (401/403, 404): the refusal, and the remembered answer is forgotten. A wrong or
 *   rotated link never opens a stale copy as if it were valid.
 */
export function openInfo(
  id: string,
  token: string,
  answer: ApiResult<BoardInfo>,
  store: KeyValueStore = local,
): ApiResult<BoardInfo> & { fromCache?: boolean } {
  if (answer.ok) {
    rememberBoardInfo(answer.value, token, store)
    return answer
  }
  if (answer.reason === 'unauthorized' || answer.reason === 'notFound') {
    forgetBoardInfo(id, store)
    return answer
  }
  const cached = cachedBoardInfo(id, token, store)
  return cached ? { ok: true, value: cached, fromCache: true } : answer
}
