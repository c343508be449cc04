import { unzipSync, strFromU8 } from 'fflate'
import readXlsxFile from 'read-excel-file/node'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { xlsxFormat } from '../../../server/export/xlsx.ts'
import { workshopBoard } from '../../helpers/tablesBoard.ts'
import { writeTables } from './tablesJob.ts'

describe('xlsx export', () => {
  it('reads back as every table a sheet, typed, with German text intact', async () => {
    const bytes = await writeTables(xlsxFormat, workshopBoard())
    const sheets = await readXlsxFile(Buffer.from(bytes))
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Akteure',
      'Beziehungen',
      'Rollen',
      'Personen und Org.-Einheiten',
      'Zuordnungen',
      'Prüfungen',
      'Notizen',
    ])
    const byName = Object.fromEntries(sheets.map((s) => [s.sheet, s.data]))
    expect(byName.Akteure?.[0]).toEqual(['Name', 'Kategorie', 'Ring', 'Handlungsfeld', 'Notiz'])
    expect(byName.Akteure?.[3]).toEqual([
      'Bürgerverein Süd',
      'Bürger:innen',
      'Örtliche Gemeinschaft',
      null,
      'trifft sich „jeden“ Dienstag',
    ])
    expect(byName['Personen und Org.-Einheiten']?.[1]).toEqual([
      'Anna Schäfer',
      'Person',
      'Hauptamt',
      0.8,
      2,
      1.1,
    ])
    expect(byName.Zuordnungen).toContainEqual([
      'Anna Schäfer',
      'Person',
      'Datenschutzbeauftragte:r',
      'Schutz und Mitbestimmung',
      'A',
      0.4,
    ])
    expect(byName.Notizen?.[1]).toEqual(['Glasfaser für alle', 'Gelb', 'Schritt 1: Sammeln'])
  })

  it('keeps a formula-like name as text, never a formula', async () => {
    const bytes = await writeTables(xlsxFormat, workshopBoard())
    const sheets = await readXlsxFile(Buffer.from(bytes))
    expect(sheets[0]?.data.at(-1)?.[0]).toBe('=HYPERLINK("http://evil")')
    const parts = unzipSync(bytes)
    const xml = Object.entries(parts)
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, data]) => strFromU8(data))
      .join('')
    expect(xml).not.toContain('<f>')
  })

  it('freezes and bolds the header row, formats percentages and sets column widths', async () => {
    const parts = unzipSync(await writeTables(xlsxFormat, workshopBoard()))
    const people = strFromU8(parts['xl/worksheets/sheet4.xml'] ?? new Uint8Array())
    expect(people).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/)
    expect(people).toMatch(/<col [^>]*width="30"/)
    const styles = strFromU8(parts['xl/styles.xml'] ?? new Uint8Array())
    expect(styles).toContain('<b')
    expect(styles).toMatch(/formatCode="0%"|numFmtId="9"/)
  })

  it('writes English names on request and an empty board as headers only', async () => {
    const sheets = await readXlsxFile(
      Buffer.from(await writeTables(xlsxFormat, new Y.Doc(), { language: 'en' })),
    )
    expect(sheets.map((s) => s.sheet)).toEqual([
      'Actors',
      'Relations',
      'Roles',
      'People and org units',
      'Assignments',
      'Checks',
      'Notes',
    ])
    expect(sheets[0]?.data).toEqual([['Name', 'Category', 'Ring', 'Field of action', 'Note']])
  })
})
