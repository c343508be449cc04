import { strFromU8, unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { odsFormat } from '../../../server/export/ods.ts'
import { createNote } from '../../../shared/ops/createNote.ts'
import { workshopBoard } from '../../helpers/tablesBoard.ts'
import { writeTables } from './tablesJob.ts'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) =>
    ['table:table', 'table:table-row', 'table:table-cell', 'text:p', 'table:table-column'].includes(
      name,
    ),
  // Cell text stays text: "2" is not the number 2 until office:value says so.
  parseTagValue: false,
  parseAttributeValue: false,
})

interface OdsCell {
  '@office:value-type'?: string
  '@office:value'?: string
  '@table:style-name'?: string
  'text:p'?: (string | { '#text'?: string })[]
}
interface OdsTable {
  '@table:name': string
  'table:table-column': unknown[]
  'table:table-header-rows': { 'table:table-row': { 'table:table-cell': OdsCell[] }[] }
  'table:table-row'?: { 'table:table-cell': OdsCell[] }[]
}

function cellText(cell: OdsCell): string {
  return (cell['text:p'] ?? [])
    .map((p) => (typeof p === 'string' ? p : (p['#text'] ?? '')))
    .join('\n')
}

async function readOds(doc = workshopBoard()) {
  const bytes = await writeTables(odsFormat, doc)
  const parts = unzipSync(bytes)
  const content = parser.parse(strFromU8(parts['content.xml'] ?? new Uint8Array()))
  const tables: OdsTable[] =
    content['office:document-content']['office:body']['office:spreadsheet']['table:table']
  return { bytes, parts, tables }
}

describe('ods export', () => {
  it('is an OpenDocument spreadsheet: mimetype first and stored, a manifest, meta', async () => {
    const { bytes, parts } = await readOds()
    // Local file header of the first entry: its name, stored (method 0), its content.
    expect(strFromU8(bytes.slice(30, 38))).toBe('mimetype')
    expect(bytes[8]).toBe(0)
    expect(strFromU8(bytes.slice(38, 38 + 46))).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    )
    expect(Object.keys(parts)[0]).toBe('mimetype')
    const manifest = parser.parse(strFromU8(parts['META-INF/manifest.xml'] ?? new Uint8Array()))
    const entries = manifest['manifest:manifest']['manifest:file-entry'] as Record<string, string>[]
    expect(entries.map((e) => e['@manifest:full-path'])).toEqual([
      '/',
      'content.xml',
      'styles.xml',
      'meta.xml',
      'settings.xml',
    ])
    const meta = parser.parse(strFromU8(parts['meta.xml'] ?? new Uint8Array()))
    expect(meta['office:document-meta']['office:meta']['dc:title']).toBe('Workshop Müllheim')
    expect(meta['office:document-meta']['office:meta']['dc:language']).toBe('de')
  })

  it('has every table with a bold, repeated header row and German text intact', async () => {
    const { tables, parts } = await readOds()
    expect(tables.map((t) => t['@table:name'])).toEqual([
      'Akteure',
      'Beziehungen',
      'Rollen',
      'Personen und Org.-Einheiten',
      'Zuordnungen',
      'Prüfungen',
      'Notizen',
    ])
    const actors = tables[0]
    const header = actors?.['table:table-header-rows']['table:table-row'][0]?.['table:table-cell']
    expect(header?.map(cellText)).toEqual(['Name', 'Kategorie', 'Ring', 'Handlungsfeld', 'Notiz'])
    expect(header?.[0]?.['@table:style-name']).toBe('ce_header')
    expect(strFromU8(parts['content.xml'] ?? new Uint8Array())).toMatch(
      /style:name="ce_header"[^>]*><style:text-properties fo:font-weight="bold"/,
    )
    expect(actors?.['table:table-column']).toHaveLength(5)
    const rows = actors?.['table:table-row'] ?? []
    expect(rows[2]?.['table:table-cell'].map(cellText)).toEqual([
      'Bürgerverein Süd',
      'Bürger:innen',
      'Örtliche Gemeinschaft',
      '',
      'trifft sich „jeden“ Dienstag',
    ])
    // A formula-like name is a string cell: ODS has no formula unless table:formula says so.
    expect(rows[3]?.['table:table-cell'][0]).toMatchObject({
      '@office:value-type': 'string',
    })
    expect(cellText(rows[3]?.['table:table-cell'][0] ?? {})).toBe('=HYPERLINK("http://evil")')
    expect(strFromU8(parts['content.xml'] ?? new Uint8Array())).not.toContain('table:formula')
  })

  it('freezes every sheet’s header row in the view settings', async () => {
    const { parts } = await readOds()
    const settings = parser.parse(strFromU8(parts['settings.xml'] ?? new Uint8Array()))
    const views =
      settings['office:document-settings']['office:settings']['config:config-item-set'][
        'config:config-item-map-indexed'
      ]['config:config-item-map-entry']
    const tables = views['config:config-item-map-named']['config:config-item-map-entry'] as {
      '@config:name': string
      'config:config-item': { '@config:name': string; '#text': string }[]
    }[]
    expect(tables.map((t) => t['@config:name'])).toHaveLength(7)
    for (const table of tables) {
      const items = Object.fromEntries(
        table['config:config-item'].map((i) => [i['@config:name'], i['#text']]),
      )
      expect(items).toMatchObject({ VerticalSplitMode: '2', VerticalSplitPosition: '1' })
    }
  })

  it('types numbers as floats and shares as percentages', async () => {
    const { tables } = await readOds()
    const anna = tables[3]?.['table:table-row']?.[0]?.['table:table-cell'] ?? []
    expect(anna.map(cellText)).toEqual(['Anna Schäfer', 'Person', 'Hauptamt', '80 %', '2', '110 %'])
    expect(anna[3]).toMatchObject({ '@office:value-type': 'percentage', '@office:value': '0.8' })
    expect(anna[4]).toMatchObject({ '@office:value-type': 'float', '@office:value': '2' })
    expect(anna[5]).toMatchObject({ '@office:value-type': 'percentage', '@office:value': '1.1' })
  })

  it('keeps a note of several lines and drops characters XML cannot hold', async () => {
    const doc = workshopBoard()
    createNote(doc, { x: 5000, y: 5000, text: 'Erste Zeile\nZweite <Zeile> & \u0007mehr' })
    const { tables } = await readOds(doc)
    const notes = tables[6]?.['table:table-row'] ?? []
    const last = notes.at(-1)?.['table:table-cell'][0]
    expect(last?.['text:p']).toEqual(['Erste Zeile', 'Zweite <Zeile> & mehr'])
  })
})
