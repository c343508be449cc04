import type * as Y from 'yjs'
import type { ExportFormatId, ExportOptions } from '../../shared/export/options.ts'

/** Everything one export gets: the board as it is stored now, and what to make of it. */
export interface ExportJob {
  /** The board's document, loaded from storage and migrated. The format must not change it. */
  doc: Y.Doc
  boardId: string
  title: string
  options: ExportOptions
  /** When the export was asked for (dates in file names, footers and reports). */
  now: Date
  /** The board's images as the store records them (hash, mime, size, natural size). */
  assets: readonly ExportAsset[]
  /** An uploaded image's bytes by content hash, or null when the file is gone. */
  readAsset(hash: string): Promise<Uint8Array | null>
  /** The board's address without a token (`PUBLIC_URL/b/<id>`), or its path when PUBLIC_URL is unset. */
  boardUrl: string
  /**
   * Adds a header to the answer: what the format had to change about the request (a PNG's scale
   * lowered to fit the pixel limit) or leave out (missing images), never silently.
   */
  header?(name: string, value: string): void
}

/** An image the board holds, as an export may name it. */
export interface ExportAsset {
  /** SHA-256 of the bytes, lower-case hex. */
  hash: string
  mime: string
  /** Bytes. */
  size: number
  /** Natural size in pixels. */
  width: number
  height: number
}

/** One export format: what it is called and how it is written. */
export interface ExportFormat {
  id: ExportFormatId
  /** `Content-Type` of the answer. */
  contentType: string
  /** File name extension, without the dot. */
  extension: string
  /**
   * Content type and extension for these options, when they depend on them (a CSV export is one
   * .csv for one table and a ZIP for several); `contentType` and `extension` otherwise.
   */
  fileType?(options: ExportOptions): { contentType: string; extension: string }
  /** Writes the file. Throws ExportRefused for a request it cannot serve (an unknown frame). */
  write(job: ExportJob): Promise<Uint8Array>
}

/** A request the format cannot serve as asked (answered 400 with this message, nothing logged). */
export class ExportRefused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ExportRefused'
  }
}

/** Every format this server writes, by id. A format id missing here answers 501. */
export const EXPORT_WRITERS: Partial<Record<ExportFormatId, ExportFormat>> = {}

/** The content type and extension of what `format` writes for `options`. */
export function exportFileType(
  format: ExportFormat,
  options: ExportOptions,
): { contentType: string; extension: string } {
  return (
    format.fileType?.(options) ?? { contentType: format.contentType, extension: format.extension }
  )
}

/** Registers a format (each format module calls this once; server/export/index.ts imports them). */
export function registerExportFormat(format: ExportFormat): void {
  EXPORT_WRITERS[format.id] = format
}
