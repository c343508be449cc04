/** Every code a BoardImportError carries (the browser has a sentence for each). */
export const IMPORT_ERROR_CODES = [
  'malformed_json',
  'invalid_board_json',
  'schema_too_new',
  'format_too_new',
  'import_too_large',
  'malformed_zip',
  'invalid_werkraum_file',
  'checksum_mismatch',
  'zip_too_large',
  'zip_bomb',
  'invalid_excalidraw_file',
] as const
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number]

/** One thing wrong with a file to import, and where: a path like `elements.12.data.type`. */
export interface ImportProblem {
  path: string
  message: string
}

/**
 * A file that cannot be imported: a code for programs, a sentence for people, and where the
 * problems are. Nothing has been created when it is thrown.
 */
export class BoardImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly problems: ImportProblem[] = [],
  ) {
    super(message)
    this.name = 'BoardImportError'
  }
}
