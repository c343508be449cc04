import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  buildWorkbook,
  type Sheet,
  type TableId,
} from '../../../../../shared/export/tables/index.ts'
import { SHEET_NAME_MAX, TABLE_IDS } from '../../../../../shared/export/tables/workbook.ts'
import { workshopBoard } from '../../../../helpers/tablesBoard.ts'

function sheet(id: TableId, language: 'de' | 'en' = 'de'): Sheet {
  const found = buildWorkbook(workshopBoard(), language).sheets.find((s) => s.id === id)
  if (!found) throw new Error(`no sheet ${id}`)
  return found
}

/** Rows as records by header, to read a cell by its column's name. */
function records(s: Sheet): Record<string, unknown>[] {
  return s.rows.map((row) => Object.fromEntries(s.columns.map((c, i) => [c.header, row[i]])))
}

describe('buildWorkbook', () => {
  it('has every table, in order, with German sheet names Excel accepts', () => {
    const wb = buildWorkbook(workshopBoard(), 'de')
    expect(wb.sheets.map((s) => s.id)).toEqual(TABLE_IDS)
    expect(wb.sheets.map((s) => s.name)).toEqual([
      'Akteure',
      'Beziehungen',
      'Rollen',
      'Personen und Org.-Einheiten',
      'Zuordnungen',
      'Prüfungen',
      'Notizen',
    ])
    for (const lang of ['de', 'en'] as const) {
      for (const s of buildWorkbook(new Y.Doc(), lang).sheets) {
        expect(s.name.length).toBeLessThanOrEqual(SHEET_NAME_MAX)
        expect(s.rows).toEqual([])
        expect(s.columns.length).toBeGreaterThan(0)
      }
    }
  })

  it('builds only the table asked for', () => {
    const wb = buildWorkbook(workshopBoard(), 'en', 'notes')
    expect(wb.sheets.map((s) => s.name)).toEqual(['Notes'])
  })

  it('lists actors by ring from the centre outwards, with category, ring and field in words', () => {
    const s = sheet('actors')
    expect(s.columns.map((c) => c.header)).toEqual([
      'Name',
      'Kategorie',
      'Ring',
      'Handlungsfeld',
      'Notiz',
    ])
    expect(s.rows).toEqual([
      ['Hauptamt', 'Verwaltung', 'Verwaltung', 'Verwaltung digital', ''],
      ['Stadtwerke Müllheim', 'Konzern Kommune', 'Konzern Kommune', 'Energie & Umwelt', ''],
      [
        'Bürgerverein Süd',
        'Bürger:innen',
        'Örtliche Gemeinschaft',
        '',
        'trifft sich „jeden“ Dienstag',
      ],
      ['=HYPERLINK("http://evil")', 'Förderverein', '', '', ''],
    ])
    expect(sheet('actors', 'en').rows[1]).toEqual([
      'Stadtwerke Müllheim',
      'Municipal group',
      'Municipal group',
      'Energy & environment',
      '',
    ])
  })

  it('names both ends and the kind of every relation', () => {
    expect(sheet('relations').rows).toEqual([
      ['Hauptamt', 'beauftragt', 'Stadtwerke Müllheim', ''],
      ['Stadtwerke Müllheim', 'liefert Daten an', 'Bürgerverein Süd', ''],
    ])
    expect(sheet('relations', 'en').rows[1]?.[1]).toBe('supplies data to')
  })

  it('lists roles by group with their catalogue entry and who holds which letter', () => {
    const rows = records(sheet('roles'))
    expect(rows.map((r) => r.Rolle)).toEqual([
      'OZG-Koordinator:in',
      'CIO / IT-Leitung',
      'Datenschutzbeauftragte:r',
      'Digitallots:in Bürgerbüro',
    ])
    const cio = rows[1]
    expect(cio).toMatchObject({
      Gruppe: 'Umsetzung',
      Katalogeintrag: 'CIO / IT-Leitung',
      'Besetzt mit (R/A)': 1,
      'A: trägt die Verantwortung': 'Anna Schäfer',
      'C: wird beteiligt': 'Ben Groß',
      'R: führt durch': '',
    })
    expect(rows[3]).toMatchObject({
      Katalogeintrag: '',
      'Besetzt mit (R/A)': 2,
      'A: trägt die Verantwortung': 'IT-Abteilung',
      'R: führt durch': 'Ben Groß',
    })
    expect(rows[0]?.['Besetzt mit (R/A)']).toBe(0)
  })

  it('gives people their available time and load as percentages (fractions), people before units', () => {
    const s = sheet('people')
    expect(s.columns.map((c) => c.type)).toEqual([
      'text',
      'text',
      'text',
      'percent',
      'number',
      'percent',
    ])
    expect(s.rows).toEqual([
      ['Anna Schäfer', 'Person', 'Hauptamt', 0.8, 2, 1.1],
      ['Ben Groß', 'Person', '', 0.5, 1, 0.25],
      ['IT-Abteilung', 'Organisationseinheit', '', 1, 1, 0.1],
    ])
  })

  it('writes the roles matrix as one row per cell with its letter and share', () => {
    expect(sheet('assignments').rows).toEqual([
      ['Anna Schäfer', 'Person', 'CIO / IT-Leitung', 'Umsetzung', 'A', 0.7],
      ['Anna Schäfer', 'Person', 'Datenschutzbeauftragte:r', 'Schutz und Mitbestimmung', 'A', 0.4],
      ['Ben Groß', 'Person', 'Digitallots:in Bürgerbüro', '', 'R', 0.25],
      ['Ben Groß', 'Person', 'CIO / IT-Leitung', 'Umsetzung', 'C', 0],
      ['IT-Abteilung', 'Organisationseinheit', 'Digitallots:in Bürgerbüro', '', 'A', 0.1],
    ])
  })

  it('lists every open check with its sentence, reason and the cards it concerns', () => {
    const rows = records(sheet('checks'))
    const conflict = rows.find((r) => r['Prüfung'] === 'Interessenkonflikt')
    expect(conflict).toMatchObject({
      Gewicht: 'Warnung',
      Befund:
        'Interessenkonflikt: Anna Schäfer hat „Datenschutzbeauftragte:r“ und „CIO / IT-Leitung“.',
      Betrifft: 'Anna Schäfer, Datenschutzbeauftragte:r, CIO / IT-Leitung',
    })
    expect(conflict?.['Begründung']).toContain('Art. 38 Abs. 6 DSGVO')
    expect(rows.map((r) => r.Befund)).toContain(
      'Die Rollen von Anna Schäfer brauchen 110 % der Zeit, mehr als 100 %.',
    )
    expect(rows.map((r) => r.Befund)).toContain(
      '„OZG-Koordinator:in“ ist unbesetzt: Niemand ist mit R oder A eingetragen.',
    )
    expect(rows.map((r) => r.Befund)).toContain(
      'Noch niemand aus der Kategorie „Wirtschaft“ auf dem Board.',
    )
    // Warnings come before hints, as in the checks panel.
    const kinds = rows.map((r) => r.Gewicht)
    expect(kinds.lastIndexOf('Warnung')).toBeLessThan(kinds.indexOf('Hinweis'))
    const en = records(sheet('checks', 'en')).find((r) => r.Check === 'Conflict of interest')
    // The cards keep the titles they were given (German here); the sentence is English.
    expect(en?.Finding).toBe(
      'Conflict of interest: Anna Schäfer holds “Datenschutzbeauftragte:r” and “CIO / IT-Leitung”.',
    )
    expect(en?.Reason).toContain('Art. 38(6) GDPR')
  })

  it('lists notes by frame in agenda order, in reading order within, loose notes last', () => {
    expect(sheet('notes').rows).toEqual([
      ['Glasfaser für alle', 'Gelb', 'Schritt 1: Sammeln'],
      ['-Budget klären', 'Rosa', 'Schritt 1: Sammeln'],
      ['Daten teilen', 'Grün', 'Schritt 2: Ordnen'],
      ['Parkplatz: Straßenreinigung', 'Blau', ''],
    ])
    expect(sheet('notes', 'en').columns.map((c) => c.header)).toEqual(['Text', 'Colour', 'Frame'])
  })
})
