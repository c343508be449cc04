import { createHash } from 'node:crypto'
import * as Y from 'yjs'
import { CreateBoardRequest, DEFAULT_BOARD_TITLE, TITLE_MAX_LENGTH } from '../../shared/api.ts'
import type { BoardJson } from '../../shared/exchange/boardJson.ts'
import { boardDocFromJson } from '../../shared/exchange/boardDoc.ts'
import { BoardImportError } from '../../shared/exchange/importError.ts'
import { parseBoardJson } from '../../shared/exchange/parseBoardJson.ts'
import { readWerkraumFile } from '../../shared/exchange/werkraumFile.ts'
import { SERVER_ORIGIN } from '../../shared/origins.ts'
import { elementEntries, elementsMap, metaMap } from '../../shared/schema/doc.ts'
import { imageInfo } from '../assets/imageInfo.ts'
import { completeImage } from '../assets/imageStructure.ts'
import type { ImportedImage, ImportLimits, ImportReply, ImportRequest } from './exportMessages.ts'

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

/** A refusal as the HTTP answer will carry it. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

/**
 * Builds a new board from an imported file, in the worker: reads it (a create body's JSON, a
 * board JSON, or a `.werkraum` file under its ZIP limits), checks it (shape, limits, schema
 * version), builds and migrates the document, checks its size against MAX_BOARD_ITEMS and its
 * images like uploads (hash, bytes, complete, pixels, the board's quota), and encodes the
 * initial state. Nothing is stored here: the main thread stores what this answers.
 */
export async function buildImport(request: ImportRequest): Promise<ImportReply> {
  const { id } = request
  try {
    const { board, images, title } = await readSource(request)
    return { id, kind: 'import', ok: true, ...build(board, images, title, request) }
  } catch (err) {
    if (err instanceof Refusal) {
      return {
        id,
        kind: 'import',
        ok: false,
        status: err.status,
        code: err.code,
        message: err.message,
        details: err.details,
      }
    }
    if (err instanceof BoardImportError) {
      return {
        id,
        kind: 'import',
        ok: false,
        status: IMPORT_STATUS[err.code] ?? 400,
        code: err.code,
        message: err.message,
        details: err.problems,
      }
    }
    throw err
  }
}

interface Source {
  board: BoardJson
  images: ReadonlyMap<string, Uint8Array>
  title: string | undefined
}

async function readSource({ source, limits }: ImportRequest): Promise<Source> {
  switch (source.type) {
    case 'boardJson':
      return { board: parseBoardJson(source.value), images: new Map(), title: source.title }
    case 'createBody':
      return readCreateBody(source.bytes, limits)
    case 'werkraum': {
      const file = await readWerkraumFile(source.bytes, {
        maxUncompressedBytes: limits.importMaxBytes + limits.boardQuotaBytes,
        maxBoardJsonBytes: limits.importMaxBytes,
        maxImageBytes: limits.assetMaxBytes,
      })
      return { board: file.board, images: file.images, title: source.title }
    }
  }
}

/** A `POST /api/boards` body too large for the main thread to parse: it must be an import. */
function readCreateBody(bytes: Uint8Array, limits: ImportLimits): Source {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new Refusal(400, 'invalid_json', 'The request body is not valid JSON.')
  }
  if (typeof value !== 'object' || value === null || !('import' in value)) {
    throw new Refusal(
      413,
      'payload_too_large',
      `The request body is larger than ${limits.plainBodyBytes} bytes (only an import may be larger).`,
    )
  }
  const body = CreateBoardRequest.safeParse(value)
  if (!body.success) {
    throw new Refusal(
      400,
      'invalid_request',
      'The request body does not describe a board.',
      body.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    )
  }
  return { board: parseBoardJson(body.data.import), images: new Map(), title: body.data.title }
}

function build(
  board: BoardJson,
  carried: ReadonlyMap<string, Uint8Array>,
  requestedTitle: string | undefined,
  { limits }: ImportRequest,
): Omit<Extract<ImportReply, { ok: true }>, 'id' | 'kind' | 'ok'> {
  const title = boardTitle(requestedTitle ?? board.meta.title)
  const doc = boardDocFromJson(board, SERVER_ORIGIN, title)
  try {
    let items = 0
    for (const structs of doc.store.clients.values()) items += structs.length
    if (items > limits.maxBoardItems) {
      throw new Refusal(
        413,
        'import_too_large',
        `The board would hold ${items} items; this server allows ${limits.maxBoardItems} a board (MAX_BOARD_ITEMS).`,
        [{ path: 'elements', message: `at most ${limits.maxBoardItems} items` }],
      )
    }
    const shown = new Set<string>()
    const entries = elementEntries(elementsMap(doc))
    for (const [, element] of entries) {
      const asset = element.get('asset')
      if (element.get('type') === 'image' && typeof asset === 'string') shown.add(asset)
    }
    metaMap(doc).set('title', title)
    const images = checkImages(carried, limits)
    const kept = new Set(images.map((image) => image.hash))
    return {
      title,
      state: Y.encodeStateAsUpdate(doc),
      elements: entries.length,
      images,
      missingImages: [...shown].filter((hash) => !kept.has(hash)).sort(),
    }
  } finally {
    doc.destroy()
  }
}

/** A title as boards have them: trimmed, not empty, at most TITLE_MAX_LENGTH characters. */
function boardTitle(value: unknown): string {
  if (typeof value !== 'string') return DEFAULT_BOARD_TITLE
  const trimmed = [...value.trim()].slice(0, TITLE_MAX_LENGTH).join('')
  return trimmed === '' ? DEFAULT_BOARD_TITLE : trimmed
}

/** The carried images as the upload checks them, or the refusal of the first bad one. */
function checkImages(
  images: ReadonlyMap<string, Uint8Array>,
  limits: ImportLimits,
): ImportedImage[] {
  const checked: ImportedImage[] = []
  let total = 0
  for (const [hash, bytes] of images) {
    const refuse = (status: number, code: string, message: string): Refusal =>
      new Refusal(status, code, `images/${hash}: ${message}`, [{ path: `images/${hash}`, message }])
    if (createHash('sha256').update(bytes).digest('hex') !== hash) {
      throw refuse(400, 'checksum_mismatch', 'the bytes are not the image the name says')
    }
    if (bytes.byteLength > limits.assetMaxBytes) {
      throw refuse(413, 'payload_too_large', `larger than ${limits.assetMaxBytes} bytes`)
    }
    const header = imageInfo(bytes)
    const info = header ? completeImage(bytes, header) : null
    if (!info) throw refuse(415, 'invalid_image', 'not a complete PNG, JPEG, WebP or GIF image')
    if (info.width * info.height > limits.maxPixels) {
      throw refuse(
        413,
        'image_too_many_pixels',
        `${info.width} × ${info.height} pixels; at most ${limits.maxPixels} are accepted`,
      )
    }
    total += bytes.byteLength
    if (total > limits.boardQuotaBytes) {
      throw refuse(
        507,
        'board_quota_exceeded',
        `the images take more than the ${limits.boardQuotaBytes} bytes a board may hold`,
      )
    }
    // A copy of its own, so it can move to the main thread without taking the file along.
    checked.push({
      hash,
      mime: info.mime,
      size: bytes.byteLength,
      width: info.width,
      height: info.height,
      bytes: bytes.slice(),
    })
  }
  return checked
}
