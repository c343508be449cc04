import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvFormat } from '../../../server/export/csv.ts'
import { exportFileType } from '../../../server/export/formats.ts'
import { parseExportQuery } from '../../../shared/export/options.ts'
import { workshopBoard } from '../../helpers/tablesBoard.ts'
import { writeTables } from './tablesJob.ts'

const BOM = [0xef, 0xbb, 0xbf]

function parse(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
  const result = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true })
  expect(result.errors).toEqual([])
  return result.data
}

describe('csv export', () => {
  it('writes one table as German Excel opens it: BOM, semicolons, CRLF', async () => {
    const bytes = await writeTables(csvFormat, workshopBoard(), { table: 'actors' })
    expect([...bytes.slice(0, 3)]).toEqual(BOM)
    const text = strFromU8(bytes.slice(3))
    expect(text.startsWith('Name;Kategorie;Ring;Handlungsfeld;Notiz\r\n')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n|\r/)
    expect(text).toContain(
      'Stadtwerke Müllheim;Konzern Kommune;Konzern Kommune;Energie & Umwelt;\r\n',
    )
  })

  it('escapes cells that start like a formula, and keeps them readable', async () => {
    const actors = await writeTables(csvFormat, workshopBoard(), { table: 'actors' })
    const text = strFromU8(actors.slice(3))
    // The quote inside the name makes papaparse quote the cell; the apostrophe comes first.
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")";Förderverein`)
    expect(parse(actors).at(-1)?.[0]).toBe(`'=HYPERLINK("http://evil")`)
    const notes = parse(await writeTables(csvFormat, workshopBoard(), { table: 'notes' }))
    expect(notes).toContainEqual(["'-Budget klären", 'Rosa', 'Schritt 1: Sammeln'])
    for (const row of notes.slice(1)) expect(row[0]).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('writes numbers in the language and percentages with a sign', async () => {
    const de = parse(await writeTables(csvFormat, workshopBoard(), { table: 'people' }))
    expect(de[1]).toEqual(['Anna Schäfer', 'Person', 'Hauptamt', '80 %', '2', '110 %'])
    const en = parse(
      await writeTables(csvFormat, workshopBoard(), { table: 'people', language: 'en' }),
    )
    expect(en[0]).toEqual([
      'Name',
      'Kind',
      'Org unit',
      'Available time',
      'Roles (R/A)',
      'Share of time for roles',
    ])
    expect(en[1]).toEqual(['Anna Schäfer', 'Person', 'Hauptamt', '80%', '2', '110%'])
  })

  it('puts every table into a ZIP of CSV files when no table is named', async () => {
    const bytes = await writeTables(csvFormat, workshopBoard())
    const files = unzipSync(bytes)
    expect(Object.keys(files)).toEqual([
      'Akteure.csv',
      'Beziehungen.csv',
      'Rollen.csv',
      'Personen und Org.-Einheiten.csv',
      'Zuordnungen.csv',
      'Prüfungen.csv',
      'Notizen.csv',
    ])
    const matrix = parse(files['Zuordnungen.csv'] ?? new Uint8Array())
    expect(matrix[0]).toEqual([
      'Person oder Org.-Einheit',
      'Art',
      'Rolle',
      'Gruppe',
      'RACI',
      'Zeitanteil',
    ])
    expect(matrix).toContainEqual([
      'Ben Groß',
      'Person',
      'Digitallots:in Bürgerbüro',
      '',
      'R',
      '25 %',
    ])
    for (const file of Object.values(files)) expect([...file.slice(0, 3)]).toEqual(BOM)
  })

  it('answers a ZIP or a .csv by the table option', () => {
    expect(exportFileType(csvFormat, parseExportQuery({ format: 'csv' }))).toEqual({
      contentType: 'application/zip',
      extension: 'zip',
    })
    expect(exportFileType(csvFormat, parseExportQuery({ format: 'csv', table: 'roles' }))).toEqual({
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv',
    })
    expect(() => parseExportQuery({ format: 'csv', table: 'secrets' })).toThrow()
  })
})
