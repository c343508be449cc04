import type * as Y from 'yjs'
import type { ElementSnapshot } from '../ops/elementSnapshot.ts'
import { assignmentsMap } from '../schema/assignment.ts'
import { conflictRulesMap } from '../schema/checkSettings.ts'
import { elementEntries, elementsMap, metaMap, readSchemaVersion } from '../schema/doc.ts'
import { compareStacking, readBase } from '../schema/element.ts'
import { encodeEntries, encodeValue } from './values.ts'

/** The `format` of a board JSON: what a reader checks first. */
export const BOARD_JSON_FORMAT = 'werkraum-board'
/**
 * The version of the file layout (not of the board's schema, which is `schemaVersion`). A reader
 * refuses a newer one.
 */
export const BOARD_JSON_FORMAT_VERSION = 1

/** An image the board shows, named by the SHA-256 of its bytes. */
export interface BoardJsonImage {
  hash: string
  mime: string
  /** Bytes. */
  size: number
  /** Natural size in pixels. */
  width: number
  height: number
}

/**
 * A whole board as JSON, lossless but for image bytes (named by hash): the `json` export, the
 * `board.json` of a `.werkraum` file, and `import` of `POST /api/boards`. Documented in
 * docs/exchange.md.
 */
export interface BoardJson {
  format: typeof BOARD_JSON_FORMAT
  formatVersion: number
  /** The document schema the board was written in (`meta.schemaVersion`). */
  schemaVersion: number
  /** When the file was written (ISO 8601). */
  exportedAt?: string
  /** The root map `meta` but for `schemaVersion`: title, createdAt, check settings, more. */
  meta: Record<string, unknown>
  /** Every element, bottom to top, every key (Yjs types tagged as the clipboard tags them). */
  elements: ElementSnapshot[]
  /** The root map `assignments`: id → the assignment's keys. */
  assignments: Record<string, Record<string, unknown>>
  /** The root map `conflictRules`: rule id → rule. */
  conflictRules: Record<string, unknown>
  /** The images the board's image elements show, as the server knows them. */
  images: BoardJsonImage[]
}

/** What writing a board JSON needs besides the document. */
export interface WriteBoardJsonInput {
  /** The images the server holds for the board; only those an element shows are listed. */
  images: readonly BoardJsonImage[]
  now: Date
}

/**
 * The board as JSON. Elements come bottom to top (stacking order, ties by id), so a reader that
 * draws them in order draws the board; entries of the elements map that are not maps (a broken
 * or hostile client's) are left out, as every reader of the board leaves them out.
 */
export function writeBoardJson(doc: Y.Doc, input: WriteBoardJsonInput): BoardJson {
  const meta = encodeEntries(metaMap(doc))
  delete meta.schemaVersion
  const entries = elementEntries(elementsMap(doc))
  const bases = new Map(entries.map(([id, map]) => [id, readBase(id, map).base]))
  entries.sort(([a], [b]) => compareStacking(bases.get(a)!, bases.get(b)!))
  const elements = entries.map(([id, map]) => ({ id, data: encodeEntries(map) }))

  const assignments: BoardJson['assignments'] = {}
  for (const [id, value] of assignmentsMap(doc).entries()) {
    const plain = encodeValue(value)
    if (isMapEncoding(plain)) assignments[id] = plain.$map
  }
  const conflictRules = encodeEntries(conflictRulesMap(doc))

  const shown = new Set<string>()
  for (const element of elements) {
    if (element.data.type === 'image' && typeof element.data.asset === 'string') {
      shown.add(element.data.asset)
    }
  }
  const images = input.images
    .filter((image) => shown.has(image.hash))
    .map(({ hash, mime, size, width, height }) => ({ hash, mime, size, width, height }))
    .sort((a, b) => (a.hash < b.hash ? -1 : 1))

  return {
    format: BOARD_JSON_FORMAT,
    formatVersion: BOARD_JSON_FORMAT_VERSION,
    schemaVersion: readSchemaVersion(doc),
    exportedAt: input.now.toISOString(),
    meta,
    elements,
    assignments,
    conflictRules,
    images,
  }
}

function isMapEncoding(value: unknown): value is { $map: Record<string, unknown> } {
  return typeof value === 'object' && value !== null && '$map' in value
}
