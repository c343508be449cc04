import type { ReportBlock, ReportDocument, TableBlock } from '../../../../shared/report/document.ts'

/** The blocks under the heading `text`, up to the next heading of the same or a higher level. */
export function under(report: ReportDocument, text: string): ReportBlock[] {
  const at = report.blocks.findIndex((b) => b.kind === 'heading' && b.text === text)
  if (at === -1) throw new Error(`no heading "${text}"`)
  const start = report.blocks[at]
  const level = start?.kind === 'heading' ? start.level : 1
  const out: ReportBlock[] = []
  for (const block of report.blocks.slice(at + 1)) {
    if (block.kind === 'heading' && block.level <= level) break
    out.push(block)
  }
  return out
}

/** The first table under the heading `text`. */
export function tableUnder(report: ReportDocument, text: string, index = 0): TableBlock {
  const table = under(report, text).filter((b) => b.kind === 'table')[index]
  if (!table || table.kind !== 'table') throw new Error(`no table under "${text}"`)
  return table
}

/** A table's rows as plain values (text, or the number of a number or percent cell). */
export function rowsOf(table: TableBlock): (string | number)[][] {
  return table.rows.map((row) => row.map((cell) => cell.value))
}

/** Every list item under the heading `text`, runs joined. */
export function itemsUnder(report: ReportDocument, text: string): string[] {
  return under(report, text)
    .filter((b) => b.kind === 'list')
    .flatMap((b) =>
      b.kind === 'list' ? b.items.map((runs) => runs.map((r) => r.text).join('')) : [],
    )
}

/** The headings, as `level text`. */
export function headings(report: ReportDocument): string[] {
  return report.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []))
}
