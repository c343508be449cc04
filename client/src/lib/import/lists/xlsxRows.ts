import { unzipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/universal'
import type { ListSheet } from './listSheet.ts'

/** Most bytes an XLSX's parts may declare unpacked: a list's are kilobytes; more is a zip bomb. */
export const XLSX_UNPACKED_MAX_BYTES = 50 * 1024 * 1024

/**
 * Every sheet of an XLSX file as rows (read-excel-file's universal entry: no worker, the
 * same parser in the browser and in tests). Numbers come as numbers, a percentage cell as its
 * fraction (0.8), which the list's matching reads as 80 %.
 */
export async function xlsxRows(bytes: Uint8Array): Promise<ListSheet[]> {
  let declared = 0
  // Only the directory is read here (every entry filtered out), to refuse a bomb before it opens.
  unzipSync(bytes, {
    filter: (file) => {
      declared += file.originalSize
      return false
    },
  })
  if (declared > XLSX_UNPACKED_MAX_BYTES) throw new Error('tooLarge')
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  const sheets = await readXlsxFile(copy.buffer)
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row) =>
      row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell)),
    ),
  }))
}
