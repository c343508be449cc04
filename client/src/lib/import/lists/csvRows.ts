import Papa from 'papaparse'

/**
 * The text of a CSV file: UTF-8 (with or without BOM) as Werkraum and current spreadsheets write
 * it, else Windows-1252, which German Excel still uses for "CSV (Trennzeichen-getrennt)".
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** A CSV file's rows, empty ones included; the separator (`;`, `,`, tab) is detected by papaparse. */
export function csvRows(bytes: Uint8Array): string[][] {
  const result = Papa.parse<string[]>(decodeCsv(bytes), {
    // Empty rows stay, so every row keeps its line for messages; toListTable drops them.
    skipEmptyLines: false,
    delimitersToGuess: [';', ',', '\t', '|'],
  })
  return result.data
}
