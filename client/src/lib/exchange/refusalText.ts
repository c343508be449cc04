import type { MessageKey } from '../i18n/i18n.svelte.ts'

/** Refusal codes of shared/exchange and the server, each with its sentence in the catalogue. */
const REFUSALS: Record<string, MessageKey> = {
  malformed_json: 'import.error.malformed_json',
  invalid_json: 'import.error.malformed_json',
  invalid_board_json: 'import.error.invalid_board_json',
  schema_too_new: 'import.error.schema_too_new',
  format_too_new: 'import.error.format_too_new',
  import_too_large: 'import.error.import_too_large',
  payload_too_large: 'import.error.import_too_large',
  zip_too_large: 'import.error.zip_too_large',
  zip_bomb: 'import.error.zip_bomb',
  malformed_zip: 'import.error.malformed_zip',
  invalid_werkraum_file: 'import.error.invalid_werkraum_file',
  checksum_mismatch: 'import.error.checksum_mismatch',
  invalid_excalidraw_file: 'import.error.invalid_excalidraw_file',
}

/** The catalogue key that says why a file was refused, for a refusal code. */
export function refusalKey(code: string): MessageKey {
  return REFUSALS[code] ?? 'import.error.other'
}
