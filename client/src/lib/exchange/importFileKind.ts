import type { AssetMime } from '../../../../shared/assets.ts'
import type { ImportContent } from '../../../../shared/exchange/importIntoBoard.ts'
import type { MessageKey } from '../i18n/i18n.svelte.ts'

/** An image that came inside a file, to be uploaded to the board. */
export interface ImportedImage {
  bytes: Uint8Array
  mime: AssetMime
}

/** A file read for the board: its content, the images it carries, the ones it only names. */
export interface ImportedFile {
  content: ImportContent
  images: Map<string, ImportedImage>
  /** Hashes of images the content shows whose bytes the file does not carry. */
  missingImages: string[]
  /** What of the file did not come in, worded for the person (an Excalidraw type Werkraum lacks). */
  notes?: string[]
}

/**
 * One kind of file the board's "Importieren" takes: which files it is for, and how it reads one
 * into element snapshots (throwing a BoardImportError that says what and where). More kinds (a
 * spreadsheet list, an Excalidraw drawing) plug in by adding one to IMPORT_FILE_KINDS.
 */
export interface ImportFileKind {
  id: string
  /** File name endings, lower case, with the dot: also what the file picker offers. */
  extensions: readonly string[]
  /** Its name in the catalogue (`import.kind.<id>`). */
  label: MessageKey
  read(file: File): Promise<ImportedFile>
}
