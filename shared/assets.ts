/** Images uploaded to a board: what the browser and the server agree on. */

/** The raster types a board accepts; SVG is not among them (it can carry script). */
export const ASSET_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const
export type AssetMime = (typeof ASSET_MIME_TYPES)[number]

export function isAssetMime(value: unknown): value is AssetMime {
  return typeof value === 'string' && (ASSET_MIME_TYPES as readonly string[]).includes(value)
}

/** An asset's hash: SHA-256 of its bytes, lower-case hex. */
export const ASSET_HASH_PATTERN = /^[0-9a-f]{64}$/

/** Answer of `POST /api/boards/:id/assets` (201). `url` is the asset's path (assetPath), without
 * a token: fetch it with the token as a bearer header. */
export interface UploadAssetResponse {
  hash: string
  url: string
  mime: AssetMime
  width: number
  height: number
}

/**
 * Path of an asset. `GET` it with `Authorization: Bearer <token>` (any right of the board): the
 * token is never put in a URL, where reverse proxies and browser history would record it.
 */
export function assetPath(boardId: string, hash: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/assets/${encodeURIComponent(hash)}`
}
