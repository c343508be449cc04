/** Most data rows one list may have: a workshop's lists are tens, not thousands. */
export const LIST_MAX_ROWS = 1000
/** Most columns one list may have. */
export const LIST_MAX_COLUMNS = 50
/** Longest cell kept (longer text is cut; every card field has a smaller limit of its own). */
export const LIST_MAX_CELL = 2000
/** Largest list file read in the browser, in bytes. */
export const LIST_MAX_BYTES = 5 * 1024 * 1024

/** A list as read from a file: a header row and data rows, all cells text. */
export interface ListTable {
  headers: string[]
  /** Data rows, each as long as `headers`. */
  rows: string[][]
  /** Each data row's line in the file (1-based, counting the header), for messages. */
  lines: number[]
}

/** Why a file is not a list that can become cards. `params` fill the message. */
export interface ListProblem {
  code: 'empty' | 'noRows' | 'tooManyRows' | 'tooManyColumns' | 'tooLarge' | 'unreadable'
  params: Record<string, string | number>
}

export class ListRefused extends Error {
  constructor(readonly problem: ListProblem) {
    super(`${problem.code} ${JSON.stringify(problem.params)}`)
    this.name = 'ListRefused'
  }
}

/**
 * The raw rows of a file (cells as text, numbers already written as text) as a list: cells
 * trimmed, empty rows dropped, the first row that is not empty taken as the header (unnamed
 * headers read "Spalte N" / "Column N"). Throws ListRefused for an empty file, one with no data
 * rows, or one beyond the limits; a huge file is refused by its row count before more is done.
 */
export function toListTable(
  raw: readonly (readonly unknown[])[],
  columnWord = 'Spalte',
): ListTable {
  const cells: string[][] = []
  const lines: number[] = []
  raw.forEach((row, i) => {
    const texts = row.map((c) => (c === null || c === undefined ? '' : String(c).trim()))
    if (texts.every((t) => t === '')) return
    cells.push(texts.map((t) => t.slice(0, LIST_MAX_CELL)))
    lines.push(i + 1)
  })
  const [header, ...data] = cells
  if (!header) throw new ListRefused({ code: 'empty', params: {} })
  if (data.length === 0) throw new ListRefused({ code: 'noRows', params: {} })
  if (data.length > LIST_MAX_ROWS) {
    throw new ListRefused({
      code: 'tooManyRows',
      params: { rows: data.length, max: LIST_MAX_ROWS },
    })
  }
  // Trailing empty cells (a spreadsheet's formatted but empty columns) do not count as columns.
  const width = Math.max(
    ...cells.map((row) => row.length - [...row].reverse().findIndex((c) => c !== '')),
  )
  if (width > LIST_MAX_COLUMNS) {
    throw new ListRefused({
      code: 'tooManyColumns',
      params: { columns: width, max: LIST_MAX_COLUMNS },
    })
  }
  const pad = (row: string[]) => Array.from({ length: width }, (_, i) => row[i] ?? '')
  return {
    headers: pad(header).map((h, i) => (h === '' ? `${columnWord} ${i + 1}` : h)),
    rows: data.map(pad),
    lines: lines.slice(1),
  }
}
