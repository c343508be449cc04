import {
  assetPath,
  isAssetMime,
  type AssetMime,
  type UploadAssetResponse,
} from '../../../../shared/assets.ts'

/** Why an upload failed, as the person needs to hear it: each limit of the server by name. */
export type UploadFailure =
  | 'unsupported'
  | 'tooLarge'
  | 'tooManyPixels'
  | 'boardFull'
  | 'uploadQuota'
  | 'busy'
  | 'forbidden'
  | 'storageFull'
  | 'network'
  | 'server'

export type UploadResult =
  { ok: true; asset: UploadAssetResponse } | { ok: false; reason: UploadFailure }

type Fetch = typeof fetch

/**
 * Uploads an image's bytes to a board (`POST /api/boards/:id/assets`). A file whose type is not
 * PNG, JPEG, WebP or GIF is refused here without a request; the server checks the bytes again.
 */
export async function uploadAsset(
  boardId: string,
  token: string,
  file: Blob,
  fetchFn: Fetch = fetch,
): Promise<UploadResult> {
  if (!isAssetMime(file.type)) return { ok: false, reason: 'unsupported' }
  let response: Response
  try {
    response = await fetchFn(`/api/boards/${encodeURIComponent(boardId)}/assets`, {
      method: 'POST',
      headers: { 'content-type': file.type, authorization: `Bearer ${token}` },
      body: file,
    })
  } catch {
    return { ok: false, reason: 'network' }
  }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // A proxy's error page: judged by its status.
  }
  if (response.status === 201) {
    const asset = parseUploaded(body)
    return asset ? { ok: true, asset } : { ok: false, reason: 'server' }
  }
  return { ok: false, reason: failureFor(response.status, limitOf(body)) }
}

/** The limit a refusal names (`details.limit` of the server's error), if any. */
function limitOf(body: unknown): string | undefined {
  const details = (body as { details?: { limit?: unknown } } | null)?.details
  return typeof details?.limit === 'string' ? details.limit : undefined
}

/** The failure for a status, told apart by the limit the server names; a proxy's bare 413 or
 * 507 still reads sensibly. */
export function failureFor(status: number, limit?: string): UploadFailure {
  if (status === 413) return limit === 'image_pixels' ? 'tooManyPixels' : 'tooLarge'
  if (status === 415) return 'unsupported'
  if (status === 401 || status === 403) return 'forbidden'
  if (status === 429) return limit === 'address_bytes_per_hour' ? 'uploadQuota' : 'busy'
  if (status === 507) return limit === 'board_bytes' ? 'boardFull' : 'storageFull'
  return 'server'
}

function parseUploaded(body: unknown): UploadAssetResponse | null {
  if (typeof body !== 'object' || body === null) return null
  const { hash, url, mime, width, height } = body as Record<string, unknown>
  if (typeof hash !== 'string' || typeof url !== 'string' || !isAssetMime(mime)) return null
  if (!isPixels(width) || !isPixels(height)) return null
  return { hash, url, mime: mime satisfies AssetMime, width, height }
}

function isPixels(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0
}

/**
 * Lets a board show an image another board has (`POST /api/boards/:id/assets/:hash`): for
 * elements copied from `from.board`, whose token this browser holds.
 */
export async function copyAsset(
  boardId: string,
  token: string,
  hash: string,
  from: { board: string; token: string },
  fetchFn: Fetch = fetch,
): Promise<boolean> {
  try {
    const response = await fetchFn(
      `/api/boards/${encodeURIComponent(boardId)}/assets/${encodeURIComponent(hash)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ from }),
      },
    )
    return response.status === 200 || response.status === 201
  } catch {
    return false
  }
}

/**
 * An image's bytes (`GET /api/boards/:id/assets/:hash`) with the token as a bearer header, so
 * it appears in no URL. The answer is immutable (content-addressed), so the browser's private
 * cache may keep it; null when the board has no such image or the token does not open it.
 */
export async function fetchAsset(
  boardId: string,
  token: string,
  hash: string,
  fetchFn: Fetch = fetch,
): Promise<Blob | null> {
  const response = await fetchFn(assetPath(boardId, hash), {
    headers: { authorization: `Bearer ${token}` },
  })
  return response.ok ? response.blob() : null
}
