import { sha256 } from '@noble/hashes/sha2'
import { strToU8, Unzip, UnzipInflate, unzipSync, zipSync, type Zippable } from 'fflate'
import { ASSET_HASH_PATTERN } from '../assets.ts'
import type { BoardJson } from './boardJson.ts'
import { BoardImportError, type ImportErrorCode } from './importError.ts'
import { parseBoardJsonText } from './parseBoardJson.ts'

/** The manifest's `format`. */
export const WERKRAUM_FILE_FORMAT = 'werkraum-file'
/** The layout of the ZIP; a reader refuses a newer one. */
export const WERKRAUM_FILE_FORMAT_VERSION = 1
/** The file name extension, without the dot. */
export const WERKRAUM_FILE_EXTENSION = 'werkraum'
export const MANIFEST_NAME = 'manifest.json'
export const BOARD_JSON_NAME = 'board.json'
/** Images are stored under `images/<sha256>`. */
export const IMAGE_PREFIX = 'images/'

/** Entries a `.werkraum` file may have: the manifest, the board and one per image. */
export const WERKRAUM_MAX_ENTRIES = 2 + 10_000
/**
 * How far an entry of more than ZIP_RATIO_FROM bytes may expand: a board's JSON compresses
 * about tenfold, images not at all; a deflate bomb expands a thousandfold.
 */
export const ZIP_MAX_RATIO = 100
export const ZIP_RATIO_FROM = 1024 * 1024
/** Bytes the ZIP stream is read in: at most ~1000 times as much is inflated before a check. */
const ZIP_CHUNK_BYTES = 16 * 1024

/** What one file of a `.werkraum` is, with its checksum. */
export interface ManifestEntry {
  sha256: string
  size: number
}

/** `manifest.json`: what the file holds, written by whom, with a SHA-256 of every other entry. */
export interface WerkraumManifest {
  format: typeof WERKRAUM_FILE_FORMAT
  formatVersion: number
  app: { name: 'Werkraum'; version: string }
  created: string
  counts: { elements: number; assignments: number; conflictRules: number; images: number }
  files: Record<string, ManifestEntry>
  /** Images the board shows whose bytes the server no longer had when it wrote the file. */
  missingImages: string[]
}

/** A `.werkraum` file read and checked: the board and the bytes of its images by hash. */
export interface WerkraumFile {
  manifest: WerkraumManifest
  board: BoardJson
  images: Map<string, Uint8Array>
}

/** What a reader accepts (the server's from its config, the browser's its own). */
export interface WerkraumFileLimits {
  /** Bytes of all entries together, uncompressed. */
  maxUncompressedBytes: number
  /** Bytes of `board.json`. */
  maxBoardJsonBytes: number
  /** Bytes of one image. */
  maxImageBytes: number
}

/**
 * SHA-256 of bytes, lower-case hex. Web Crypto where there is one (Node, and browsers on https or
 * localhost); a page served over plain http, as on some town intranets, has no `crypto.subtle`,
 * and gets the same digest from @noble/hashes (audited, no dependencies), a little slower.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined
  const digest =
    subtle === undefined
      ? sha256(bytes)
      : new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Writes a `.werkraum` file: the board JSON, the images (stored, not compressed again), a manifest. */
export async function writeWerkraumFile(input: {
  board: BoardJson
  images: ReadonlyMap<string, Uint8Array>
  appVersion: string
  now: Date
}): Promise<Uint8Array> {
  const { board, images } = input
  const entries = new Map<string, Uint8Array>([[BOARD_JSON_NAME, strToU8(JSON.stringify(board))]])
  for (const image of board.images) {
    const bytes = images.get(image.hash)
    if (bytes) entries.set(IMAGE_PREFIX + image.hash, bytes)
  }
  const files: Record<string, ManifestEntry> = {}
  for (const [name, bytes] of entries) {
    files[name] = { sha256: await sha256Hex(bytes), size: bytes.byteLength }
  }
  const manifest: WerkraumManifest = {
    format: WERKRAUM_FILE_FORMAT,
    formatVersion: WERKRAUM_FILE_FORMAT_VERSION,
    app: { name: 'Werkraum', version: input.appVersion },
    created: input.now.toISOString(),
    counts: {
      elements: board.elements.length,
      assignments: Object.keys(board.assignments).length,
      conflictRules: Object.keys(board.conflictRules).length,
      images: entries.size - 1,
    },
    files,
    missingImages: board.images.filter((i) => !images.has(i.hash)).map((i) => i.hash),
  }
  const zippable: Zippable = {
    [MANIFEST_NAME]: [strToU8(JSON.stringify(manifest, null, 2)), { level: 6 }],
  }
  for (const [name, bytes] of entries) {
    // Images are compressed already; deflating them again costs time and gains nothing.
    zippable[name] = [bytes, { level: name === BOARD_JSON_NAME ? 6 : 0 }]
  }
  return zipSync(zippable, { mtime: input.now })
}

type EntryKind = 'manifest' | 'board' | 'image'

function entryKind(name: string): EntryKind | null {
  if (name === MANIFEST_NAME) return 'manifest'
  if (name === BOARD_JSON_NAME) return 'board'
  if (name.startsWith(IMAGE_PREFIX) && ASSET_HASH_PATTERN.test(name.slice(IMAGE_PREFIX.length))) {
    return 'image'
  }
  return null
}

function refuse(code: ImportErrorCode, message: string, path = ''): BoardImportError {
  return new BoardImportError(code, message, [{ path, message }])
}

/**
 * Reads a `.werkraum` file under strict limits, inflating nothing it has not checked: the
 * central directory first (entry count, names, declared sizes against the limits, expansion
 * ratio: a zip bomb is refused there without inflating a byte), then every entry in small steps,
 * stopped as soon as it yields more than it declared. Then the manifest's checksums, every
 * image's hash, and the board JSON (parseBoardJsonText). Throws BoardImportError.
 */
export async function readWerkraumFile(
  bytes: Uint8Array,
  limits: WerkraumFileLimits,
): Promise<WerkraumFile> {
  const declared = listEntries(bytes, limits)
  const contents = inflateEntries(bytes, declared)

  const manifestBytes = contents.get(MANIFEST_NAME)
  if (!manifestBytes) throw refuse('invalid_werkraum_file', 'The file has no manifest.json.')
  const manifest = readManifest(manifestBytes)
  for (const [name, content] of contents) {
    if (name === MANIFEST_NAME) continue
    const listed = manifest.files[name]
    if (!listed) {
      throw refuse('invalid_werkraum_file', `${name} is not listed in the manifest.`, name)
    }
    if (listed.sha256 !== (await sha256Hex(content))) {
      throw refuse(
        'checksum_mismatch',
        `${name} does not match its checksum in the manifest: the file is damaged.`,
        name,
      )
    }
  }
  for (const name of Object.keys(manifest.files)) {
    if (!contents.has(name)) {
      throw refuse('invalid_werkraum_file', `The manifest lists ${name}, the file lacks it.`, name)
    }
  }
  const boardBytes = contents.get(BOARD_JSON_NAME)
  if (!boardBytes) throw refuse('invalid_werkraum_file', 'The file has no board.json.')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(boardBytes)
  } catch {
    throw refuse('malformed_json', 'board.json is not UTF-8 text.', BOARD_JSON_NAME)
  }
  const board = parseBoardJsonText(text)
  const images = new Map<string, Uint8Array>()
  for (const [name, content] of contents) {
    if (entryKind(name) !== 'image') continue
    const hash = name.slice(IMAGE_PREFIX.length)
    if ((await sha256Hex(content)) !== hash) {
      throw refuse('checksum_mismatch', `${name} is not the image its name says.`, name)
    }
    images.set(hash, content)
  }
  return { manifest, board, images }
}

interface DeclaredEntry {
  kind: EntryKind
  originalSize: number
}

/** The central directory's entries, checked; nothing is inflated. */
function listEntries(bytes: Uint8Array, limits: WerkraumFileLimits): Map<string, DeclaredEntry> {
  const entries = new Map<string, DeclaredEntry>()
  let total = 0
  try {
    unzipSync(bytes, {
      filter: (info) => {
        if (info.name.endsWith('/')) return false
        if (entries.size + 1 > WERKRAUM_MAX_ENTRIES) {
          throw refuse('zip_too_large', `The file has more than ${WERKRAUM_MAX_ENTRIES} entries.`)
        }
        const kind = entryKind(info.name)
        if (kind === null) {
          throw refuse(
            'invalid_werkraum_file',
            `"${info.name.slice(0, 100)}" does not belong in a Werkraum file.`,
            info.name.slice(0, 100),
          )
        }
        if (entries.has(info.name)) {
          throw refuse('invalid_werkraum_file', `${info.name} appears twice.`, info.name)
        }
        if (info.compression !== 0 && info.compression !== 8) {
          throw refuse(
            'invalid_werkraum_file',
            `${info.name} uses an unknown compression.`,
            info.name,
          )
        }
        const max = kind === 'image' ? limits.maxImageBytes : limits.maxBoardJsonBytes
        if (info.originalSize > max) {
          throw refuse(
            'zip_too_large',
            `${info.name} would take ${info.originalSize} bytes; at most ${max} are accepted.`,
            info.name,
          )
        }
        total += info.originalSize
        if (total > limits.maxUncompressedBytes) {
          throw refuse(
            'zip_too_large',
            `The file would take more than ${limits.maxUncompressedBytes} bytes unpacked.`,
            info.name,
          )
        }
        if (info.originalSize > ZIP_RATIO_FROM && info.originalSize > info.size * ZIP_MAX_RATIO) {
          throw refuse(
            'zip_bomb',
            `${info.name} would expand ${Math.round(info.originalSize / Math.max(1, info.size))} times; a Werkraum file never does. It was not unpacked.`,
            info.name,
          )
        }
        entries.set(info.name, { kind, originalSize: info.originalSize })
        return false
      },
    })
  } catch (err) {
    if (err instanceof BoardImportError) throw err
    throw refuse('malformed_zip', `The file is not a readable ZIP: ${String(err)}`)
  }
  return entries
}

/** Inflates the declared entries in small steps; one that yields more than declared stops it. */
function inflateEntries(
  bytes: Uint8Array,
  declared: ReadonlyMap<string, DeclaredEntry>,
): Map<string, Uint8Array> {
  const contents = new Map<string, Uint8Array>()
  let failure: BoardImportError | null = null
  const unzip = new Unzip((file) => {
    if (file.name.endsWith('/') || failure) return
    const entry = declared.get(file.name)
    if (!entry || contents.has(file.name)) {
      failure = refuse(
        'invalid_werkraum_file',
        `The ZIP's entries do not match its directory (${file.name.slice(0, 100)}).`,
      )
      return
    }
    const chunks: Uint8Array[] = []
    let size = 0
    file.ondata = (err, chunk, final) => {
      if (failure) return
      if (err) {
        failure = refuse('malformed_zip', `${file.name} cannot be unpacked: ${err.message}`)
        return
      }
      size += chunk.byteLength
      if (size > entry.originalSize) {
        failure = refuse(
          'zip_bomb',
          `${file.name} expands beyond the size it declares; it was not unpacked further.`,
          file.name,
        )
        file.terminate()
        return
      }
      chunks.push(chunk)
      if (final) contents.set(file.name, concat(chunks, size))
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let at = 0; at < bytes.byteLength && !failure; at += ZIP_CHUNK_BYTES) {
      const end = Math.min(bytes.byteLength, at + ZIP_CHUNK_BYTES)
      unzip.push(bytes.subarray(at, end), end === bytes.byteLength)
    }
  } catch (err) {
    if (!failure)
      failure = refuse('malformed_zip', `The file is not a readable ZIP: ${String(err)}`)
  }
  if (failure) throw failure
  for (const name of declared.keys()) {
    if (!contents.has(name)) {
      throw refuse('malformed_zip', `${name} is listed in the ZIP but cannot be read.`, name)
    }
  }
  return contents
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.byteLength
  }
  return out
}

function readManifest(bytes: Uint8Array): WerkraumManifest {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (err) {
    throw refuse('malformed_json', `manifest.json is not valid JSON: ${String(err)}`, MANIFEST_NAME)
  }
  const manifest = value as Partial<WerkraumManifest> | null
  if (manifest?.format !== WERKRAUM_FILE_FORMAT) {
    throw refuse(
      'invalid_werkraum_file',
      `manifest.json must say "format": "${WERKRAUM_FILE_FORMAT}".`,
      `${MANIFEST_NAME}:format`,
    )
  }
  if (
    typeof manifest.formatVersion !== 'number' ||
    manifest.formatVersion > WERKRAUM_FILE_FORMAT_VERSION
  ) {
    throw refuse(
      'format_too_new',
      `The file was written by a newer Werkraum (file format ${String(manifest.formatVersion)}; this one reads up to ${WERKRAUM_FILE_FORMAT_VERSION}). Update Werkraum to import it.`,
      `${MANIFEST_NAME}:formatVersion`,
    )
  }
  const files = manifest.files
  const valid =
    typeof files === 'object' &&
    files !== null &&
    Object.values(files).every(
      (f: unknown) =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as ManifestEntry).sha256 === 'string' &&
        typeof (f as ManifestEntry).size === 'number',
    )
  if (!valid) {
    throw refuse(
      'invalid_werkraum_file',
      'manifest.json must list every file with its sha256 and size.',
      `${MANIFEST_NAME}:files`,
    )
  }
  return manifest as WerkraumManifest
}
