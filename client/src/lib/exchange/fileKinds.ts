import type { AssetMime } from '../../../../shared/assets.ts'
import { BoardImportError } from '../../../../shared/exchange/importError.ts'
import { contentOfBoard, type ImportContent } from '../../../../shared/exchange/importIntoBoard.ts'
import { parseBoardJsonText } from '../../../../shared/exchange/parseBoardJson.ts'
import { readWerkraumFile } from '../../../../shared/exchange/werkraumFile.ts'
import { EXCALIDRAW_KIND } from './excalidrawKind.ts'
import type { ImportedImage, ImportFileKind } from './importFileKind.ts'

/** Largest file the board's import reads (the server's IMPORT_MAX_BYTES by default). */
export const CLIENT_IMPORT_MAX_BYTES = 64 * 1024 * 1024
/** Largest image inside a Werkraum file the browser unpacks (the server's ASSET_MAX_BYTES). */
const CLIENT_IMAGE_MAX_BYTES = 10 * 1024 * 1024

async function bytesOf(file: File): Promise<Uint8Array> {
  if (file.size > CLIENT_IMPORT_MAX_BYTES) {
    throw new BoardImportError(
      'import_too_large',
      `The file has ${file.size} bytes; at most ${CLIENT_IMPORT_MAX_BYTES} are imported.`,
    )
  }
  return new Uint8Array(await file.arrayBuffer())
}

/** The Werkraum file: the board, its images and their checksums. */
export const WERKRAUM_KIND: ImportFileKind = {
  id: 'werkraum',
  extensions: ['.werkraum'],
  label: 'import.kind.werkraum',
  async read(file) {
    const read = await readWerkraumFile(await bytesOf(file), {
      maxUncompressedBytes: 4 * CLIENT_IMPORT_MAX_BYTES,
      maxBoardJsonBytes: CLIENT_IMPORT_MAX_BYTES,
      maxImageBytes: CLIENT_IMAGE_MAX_BYTES,
    })
    const images = new Map<string, ImportedImage>()
    for (const image of read.board.images) {
      const bytes = read.images.get(image.hash)
      if (bytes) images.set(image.hash, { bytes, mime: image.mime as AssetMime })
    }
    return {
      content: contentOfBoard(read.board),
      images,
      missingImages: shown(read.board.elements, images),
    }
  },
}

/** The board JSON: the board alone; its images are named, not carried. */
export const BOARD_JSON_KIND: ImportFileKind = {
  id: 'json',
  extensions: ['.json'],
  label: 'import.kind.json',
  async read(file) {
    const text = new TextDecoder().decode(await bytesOf(file))
    const board = parseBoardJsonText(text)
    return {
      content: contentOfBoard(board),
      images: new Map(),
      missingImages: shown(board.elements, new Map()),
    }
  },
}

/** Every kind the board imports, in the order the file picker lists them. */
export const IMPORT_FILE_KINDS: ImportFileKind[] = [WERKRAUM_KIND, BOARD_JSON_KIND, EXCALIDRAW_KIND]

/** What the file picker accepts: every kind's endings. */
export function acceptedExtensions(kinds: readonly ImportFileKind[] = IMPORT_FILE_KINDS): string {
  return kinds.flatMap((kind) => kind.extensions).join(',')
}

/** The kind a file is, by its name; null when no kind takes it. */
export function kindOf(
  file: { name: string },
  kinds: readonly ImportFileKind[] = IMPORT_FILE_KINDS,
): ImportFileKind | null {
  const name = file.name.toLowerCase()
  return kinds.find((kind) => kind.extensions.some((ext) => name.endsWith(ext))) ?? null
}

/** Image hashes the elements show that are not among `carried`. */
function shown(
  elements: ImportContent['elements'],
  carried: ReadonlyMap<string, unknown>,
): string[] {
  const hashes = new Set<string>()
  for (const { data } of elements) {
    if (data.type === 'image' && typeof data.asset === 'string' && !carried.has(data.asset)) {
      hashes.add(data.asset)
    }
  }
  return [...hashes].sort()
}
