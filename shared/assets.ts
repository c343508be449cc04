/** Images uploaded to a board: what the browser and the server agree on. */

/** The raster types a board accepts; SVG is not among them (it can carry script). */
export const ASSET_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const
export type AssetMime = (typeof ASSET_MIME_TYPES)[number]

export function isAssetMime(value: unknown): value is AssetMime {
  return typeof value === 'string' && (ASSET_MIME_TYPES as readonly string[]).includes(value)
}

/** An asset's hash: SHA-256 of its bytes, lower-case hex. */
export const ASSET_HASH_PATTERN = /^[0-9a-f]{64}$/

/** Answer of `POST /api/boards/:id/assets` (201). `url` is a path without the token. */
export interface UploadAssetResponse {
  hash: string
  url: string
  mime: AssetMime
  width: number
  height: number
}

/** Path of an asset; `GET` it with `?token=` (an <img> cannot send headers) or a bearer token. */
export function assetPath(boardId: string, hash: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/assets/${encodeURIComponent(hash)}`
}

/** The asset's address for an <img> or canvas load, token in the query. */
export function assetUrl(boardId: string, hash: string, token: string): string {
  return `${assetPath(boardId, hash)}?token=${encodeURIComponent(token)}`
}
