import { isAssetMime, type AssetMime } from '../../assets.ts'
import type { ElementSnapshot } from '../../ops/elementSnapshot.ts'

/**
 * Pictures embedded in an Excalidraw file. Their bytes do not go into the board: the importer
 * uploads each once (`POST /api/boards/:id/assets`) and then completes the image snapshots with
 * what the server answered.
 */

/** A picture to upload, and the image snapshots (local ids) that show it. */
export interface ImageToUpload {
  fileId: string
  mime: AssetMime
  bytes: Uint8Array<ArrayBuffer>
  elementIds: string[]
}

/**
 * A picture as the board stores it: its SHA-256 (what the server answers to an upload, or what
 * the importer computed before uploading), its type and, when known, its natural size.
 */
export interface StoredPicture {
  hash: string
  mime: AssetMime
  width?: number
  height?: number
}

/** A data URL's type and bytes, or why it cannot be read. */
export function decodeDataUrl(
  dataUrl: string,
): { ok: true; mime: string; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: string } {
  const comma = dataUrl.indexOf(',')
  const head = comma < 0 ? '' : dataUrl.slice(0, comma)
  const m = /^data:([a-z0-9.+/-]+)((?:;[^;,]*)*)$/i.exec(head)
  if (!m) return { ok: false, reason: 'not a data URL' }
  const mime = (m[1] as string).toLowerCase()
  const body = dataUrl.slice(comma + 1)
  if (!/;base64$/i.test(m[2] as string)) {
    // Excalidraw always writes base64; a percent-encoded picture is read as well.
    try {
      return { ok: true, mime, bytes: new TextEncoder().encode(decodeURIComponent(body)) }
    } catch {
      return { ok: false, reason: 'malformed percent-encoding' }
    }
  }
  let binary: string
  try {
    binary = atob(body.replace(/\s+/g, ''))
  } catch {
    return { ok: false, reason: 'malformed base64' }
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return { ok: true, mime, bytes }
}

/** Whether a board accepts pictures of this type (PNG, JPEG, WebP, GIF: never SVG). */
export function acceptedPicture(mime: string): mime is AssetMime {
  return isAssetMime(mime)
}

/**
 * The snapshots with every image completed by its stored picture (`asset`, `mime`, natural size
 * when known; without it readers take the size on the board). An image whose picture is not
 * stored (`null` or absent in `stored`) is left out: a connector bound to it keeps its drawn
 * end, free. Returns the file ids that were left out as well.
 */
export function completeImages(
  elements: readonly ElementSnapshot[],
  images: readonly ImageToUpload[],
  stored: ReadonlyMap<string, StoredPicture | null>,
): { elements: ElementSnapshot[]; missing: string[] } {
  const byElement = new Map<string, StoredPicture | null>()
  const missing: string[] = []
  for (const image of images) {
    const asset = stored.get(image.fileId) ?? null
    if (asset === null) missing.push(image.fileId)
    for (const id of image.elementIds) byElement.set(id, asset)
  }
  const out: ElementSnapshot[] = []
  for (const snapshot of elements) {
    if (!byElement.has(snapshot.id)) {
      out.push(snapshot)
      continue
    }
    const asset = byElement.get(snapshot.id)
    if (!asset) continue
    out.push({
      id: snapshot.id,
      data: {
        ...snapshot.data,
        asset: asset.hash,
        mime: asset.mime,
        ...(isPixels(asset.width) && isPixels(asset.height)
          ? { width: asset.width, height: asset.height }
          : {}),
      },
    })
  }
  return { elements: out, missing }
}

function isPixels(v: number | undefined): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0
}
