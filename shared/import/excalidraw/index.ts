import { convertScene, type ExcalidrawConversion } from './convert.ts'
import { readExcalidrawFile, type ImportProblem, type RefusalCode } from './readFile.ts'

export type { ExcalidrawConversion, SkipReason, SkippedElement } from './convert.ts'
export type { ImportProblem, RefusalCode } from './readFile.ts'
export { completeImages, type ImageToUpload, type StoredPicture } from './images.ts'
export { EXCALIDRAW_MAX_CHARS } from './limits.ts'

/** The extension and media type an Excalidraw file comes with. */
export const EXCALIDRAW_EXTENSION = '.excalidraw'
export const EXCALIDRAW_MIME = 'application/vnd.excalidraw+json'

/**
 * Reads an `.excalidraw` file's text into Werkraum element snapshots, or the problems that
 * refuse it (what and where). Nothing is created here: the importer uploads `images`, completes
 * the snapshots with `completeImages`, and inserts them in one step (`insertElements`).
 */
export function importExcalidraw(
  text: string,
):
  | { ok: true; conversion: ExcalidrawConversion }
  | { ok: false; code: RefusalCode; problems: ImportProblem[] } {
  const read = readExcalidrawFile(text)
  if (!read.ok) return read
  return { ok: true, conversion: convertScene(read.file) }
}
