import { createHash } from 'node:crypto'
import * as Y from 'yjs'
import {
  DEFAULT_BOARD_TITLE,
  TITLE_MAX_LENGTH,
  type CreateBoardResponse,
} from '../../shared/api.ts'
import type { BoardJson } from '../../shared/exchange/boardJson.ts'
import { boardDocFromJson } from '../../shared/exchange/boardDoc.ts'
import type { BoardImportError } from '../../shared/exchange/importError.ts'
import { SERVER_ORIGIN } from '../../shared/origins.ts'
import { elementEntries, elementsMap, metaMap } from '../../shared/schema/doc.ts'
import type { AssetFiles } from '../assets/assetFiles.ts'
import { imageInfo } from '../assets/imageInfo.ts'
import { completeImage } from '../assets/imageStructure.ts'
import type { Config } from '../config.ts'
import type { AssetRecord, BoardStore } from '../store/BoardStore.ts'
import { HttpError } from './errors.ts'
import { createBoardWithState } from './newBoard.ts'

/** The answer of an import: the new board, and the images it shows that did not come with it. */
export interface ImportedBoardResponse extends CreateBoardResponse {
  /** Hashes of images the board shows whose bytes the import did not carry: upload them. */
  missingImages: string[]
  /** Elements the new board holds. */
  elements: number
}

/** HTTP status of each refusal a file can earn (BoardImportError codes). */
const IMPORT_STATUS: Record<string, number> = {
  malformed_json: 400,
  invalid_board_json: 400,
  malformed_zip: 400,
  invalid_werkraum_file: 400,
  checksum_mismatch: 400,
  schema_too_new: 422,
  format_too_new: 422,
  import_too_large: 413,
  zip_too_large: 413,
  zip_bomb: 413,
}

/** The HTTP error for a file that cannot be imported: its code, its sentence, where. */
export function importRefused(err: BoardImportError): HttpError {
  return new HttpError(IMPORT_STATUS[err.code] ?? 400, err.code, err.message, err.problems)
}

export interface ImportBoardInput {
  store: BoardStore
  config: Config
  files: AssetFiles
  board: BoardJson
  /** The bytes of the images that came with the board (a `.werkraum` file's), by hash. */
  images: ReadonlyMap<string, Uint8Array>
  /** Replaces the file's title. */
  title?: string
  now?: Date
}

/**
 * Creates a new board from a checked board JSON (and, from a `.werkraum` file, its images): the
 * document is built here and stored as the board's initial state, so no realtime message limit
 * applies; the board's size is checked against MAX_BOARD_ITEMS and its images against the upload
 * limits (complete, pixels, bytes, the board's quota) before anything is written. Nothing is
 * created when anything is refused.
 */
export async function importBoard(input: ImportBoardInput): Promise<ImportedBoardResponse> {
  const { config, board } = input
  const now = input.now ?? new Date()
  const title = boardTitle(input.title ?? board.meta.title)
  const doc = boardDocFromJson(board, SERVER_ORIGIN, title)
  let state: Uint8Array
  let shown: Set<string>
  let elements: number
  try {
    const items = countItems(doc)
    if (items > config.maxBoardItems) {
      throw new HttpError(
        413,
        'import_too_large',
        `The board would hold ${items} items; this server allows ${config.maxBoardItems} a board (MAX_BOARD_ITEMS).`,
        [{ path: 'elements', message: `at most ${config.maxBoardItems} items` }],
      )
    }
    shown = new Set<string>()
    const entries = elementEntries(elementsMap(doc))
    elements = entries.length
    for (const [, element] of entries) {
      const asset = element.get('asset')
      if (element.get('type') === 'image' && typeof asset === 'string') shown.add(asset)
    }
    metaMap(doc).set('title', title)
    state = Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }

  const assets = checkImages(input.images, config, now)
  for (const asset of assets) await input.files.write(asset.hash, input.images.get(asset.hash)!)
  const created = await createBoardWithState(input.store, title, () => state, assets, now)
  const carried = new Set(assets.map((asset) => asset.hash))
  return {
    ...created,
    missingImages: [...shown].filter((hash) => !carried.has(hash)).sort(),
    elements,
  }
}

/** A title as boards have them: trimmed, not empty, at most TITLE_MAX_LENGTH characters. */
function boardTitle(value: unknown): string {
  if (typeof value !== 'string') return DEFAULT_BOARD_TITLE
  const trimmed = [...value.trim()].slice(0, TITLE_MAX_LENGTH).join('')
  return trimmed === '' ? DEFAULT_BOARD_TITLE : trimmed
}

/** Structs of the document: what MAX_BOARD_ITEMS counts. */
function countItems(doc: Y.Doc): number {
  let count = 0
  for (const structs of doc.store.clients.values()) count += structs.length
  return count
}

/** The images as the upload checks them, each its record, or the refusal of the first bad one. */
function checkImages(
  images: ReadonlyMap<string, Uint8Array>,
  config: Config,
  now: Date,
): Omit<AssetRecord, 'boardId'>[] {
  const records: Omit<AssetRecord, 'boardId'>[] = []
  let total = 0
  for (const [hash, bytes] of images) {
    const refuse = (status: number, code: string, message: string): HttpError =>
      new HttpError(status, code, `images/${hash}: ${message}`, [
        { path: `images/${hash}`, message },
      ])
    if (createHash('sha256').update(bytes).digest('hex') !== hash) {
      throw refuse(400, 'checksum_mismatch', 'the bytes are not the image the name says')
    }
    if (bytes.byteLength > config.assetMaxBytes) {
      throw refuse(413, 'payload_too_large', `larger than ${config.assetMaxBytes} bytes`)
    }
    const header = imageInfo(bytes)
    const info = header ? completeImage(bytes, header) : null
    if (!info) {
      throw refuse(415, 'invalid_image', 'not a complete PNG, JPEG, WebP or GIF image')
    }
    if (info.width * info.height > config.uploads.maxPixels) {
      throw refuse(
        413,
        'image_too_many_pixels',
        `${info.width} × ${info.height} pixels; at most ${config.uploads.maxPixels} are accepted`,
      )
    }
    total += bytes.byteLength
    if (total > config.uploads.boardQuotaBytes) {
      throw refuse(
        507,
        'board_quota_exceeded',
        `the images take more than the ${config.uploads.boardQuotaBytes} bytes a board may hold`,
      )
    }
    records.push({
      hash,
      mime: info.mime,
      size: bytes.byteLength,
      width: info.width,
      height: info.height,
      createdAt: now,
    })
  }
  return records
}
