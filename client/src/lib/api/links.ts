import type { ApiError, RotateLinkResponse } from '../../../../shared/api.ts'
import { isRight, type Right } from '../../../../shared/rights.ts'

export type RotateResult = { ok: true; value: RotateLinkResponse } | { ok: false; detail: string }

/**
 * `POST /api/boards/:id/links/:right/rotate` with this person's facilitator token: a new token
 * for `right`; whoever holds the old one is locked out at once.
 */
export async function rotateLink(
  boardId: string,
  right: Right,
  token: string,
  fetchFn: typeof fetch = fetch,
): Promise<RotateResult> {
  let response: Response
  try {
    response = await fetchFn(`/api/boards/${encodeURIComponent(boardId)}/links/${right}/rotate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    })
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) }
  }
  const body = (await response.json().catch(() => null)) as Partial<
    RotateLinkResponse & ApiError
  > | null
  if (!response.ok) {
    return {
      ok: false,
      detail: typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`,
    }
  }
  if (
    typeof body?.token !== 'string' ||
    typeof body.link !== 'string' ||
    typeof body.id !== 'string' ||
    !isRight(body.right)
  ) {
    return { ok: false, detail: 'unexpected answer' }
  }
  return { ok: true, value: { id: body.id, right: body.right, token: body.token, link: body.link } }
}
