import { strFromU8, unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { LIST_MAX_COLUMNS, LIST_MAX_ROWS } from '../../../../../shared/import/lists/listTable.ts'
import type { ListSheet } from './listSheet.ts'

/** Largest `content.xml` read, unpacked: a list's is kilobytes; more is a bomb or not a list. */
export const ODS_CONTENT_MAX_BYTES = 20 * 1024 * 1024

/** Why an ODS file cannot be read as a list. */
export class OdsUnreadable extends Error {
  constructor(readonly reason: 'notOds' | 'tooLarge') {
    super(reason)
    this.name = 'OdsUnreadable'
  }
}

type Node = Record<string, unknown> & { ':@'?: Record<string, string> }

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
})

function children(node: Node, name: string): Node[] {
  const value = node[name]
  return Array.isArray(value) ? (value as Node[]) : []
}

function tagOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ':@')
}

/** The text of a `text:p` and what it holds (spans, links, spaces `text:s`, tabs, line breaks). */
function textOf(nodes: Node[]): string {
  let out = ''
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === '#text') out += String(node['#text'])
    else if (tag === 'text:s')
      out += ' '.repeat(Math.min(1000, Number(node[':@']?.['text:c'] ?? 1) || 1))
    else if (tag === 'text:tab') out += '\t'
    else if (tag === 'text:line-break') out += '\n'
    else if (tag && tag !== 'office:annotation') out += textOf(children(node, tag))
  }
  return out
}

function cellValue(cell: Node, tag: string): string {
  const attrs = cell[':@'] ?? {}
  const type = attrs['office:value-type']
  if (type === 'percentage' && attrs['office:value'] !== undefined)
    return `${Number(attrs['office:value']) * 100} %`
  if (type === 'float' && attrs['office:value'] !== undefined) return attrs['office:value']
  return children(cell, tag)
    .filter((n) => tagOf(n) === 'text:p')
    .map((p) => textOf(children(p, 'text:p')))
    .join('\n')
}

/** A repeat count, capped: a sheet's trailing "1048576 empty rows" must not become them. */
function repeat(attrs: Record<string, string> | undefined, key: string, cap: number): number {
  const n = Number(attrs?.[key] ?? 1)
  return Number.isInteger(n) && n > 0 ? Math.min(n, cap) : 1
}

/** Most sheets read from one spreadsheet. */
export const LIST_MAX_SHEETS = 50

/** The rows of one `table:table`. */
function tableRows(table: Node[]): string[][] {
  const rows: string[][] = []
  const collect = (nodes: Node[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node)
      if (
        tag === 'table:table-header-rows' ||
        tag === 'table:table-row-group' ||
        tag === 'table:table-rows'
      ) {
        collect(children(node, tag))
      } else if (tag === 'table:table-row') {
        const row: string[] = []
        for (const cell of children(node, tag)) {
          const cellTag = tagOf(cell)
          if (cellTag !== 'table:table-cell' && cellTag !== 'table:covered-table-cell') continue
          const value = cellValue(cell, cellTag)
          const times = repeat(cell[':@'], 'table:number-columns-repeated', LIST_MAX_COLUMNS + 1)
          for (let i = 0; i < times && row.length <= LIST_MAX_COLUMNS; i++) row.push(value)
        }
        const times = repeat(node[':@'], 'table:number-rows-repeated', LIST_MAX_ROWS + 2)
        for (let i = 0; i < times && rows.length <= LIST_MAX_ROWS + 1; i++) rows.push(row)
      }
    }
  }
  collect(table)
  return rows
}

/** Every table (sheet) of an ODS file with its rows (`content.xml`, each `table:table`). */
export function odsRows(bytes: Uint8Array): ListSheet[] {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (file) => file.name === 'content.xml' && file.originalSize <= ODS_CONTENT_MAX_BYTES,
    })
  } catch {
    throw new OdsUnreadable('notOds')
  }
  const content = files['content.xml']
  if (!content) throw new OdsUnreadable('notOds')
  if (content.byteLength > ODS_CONTENT_MAX_BYTES) throw new OdsUnreadable('tooLarge')
  const doc = parser.parse(strFromU8(content)) as Node[]
  let level: Node[] = doc
  for (const name of ['office:document-content', 'office:body', 'office:spreadsheet']) {
    const found = level.find((n) => tagOf(n) === name)
    if (!found) throw new OdsUnreadable('notOds')
    level = children(found, name)
  }
  const tables = level.filter((n) => tagOf(n) === 'table:table').slice(0, LIST_MAX_SHEETS)
  if (tables.length === 0) throw new OdsUnreadable('notOds')
  return tables.map((table, i) => ({
    name: table[':@']?.['table:name'] ?? String(i + 1),
    rows: tableRows(children(table, 'table:table')),
  }))
}
