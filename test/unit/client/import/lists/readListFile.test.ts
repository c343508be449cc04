import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import { decodeCsv } from '../../../../../client/src/lib/import/lists/csvRows.ts'
import {
  readListFile,
  readListTable,
  sheetTable,
} from '../../../../../client/src/lib/import/lists/readListFile.ts'
import { odsFormat } from '../../../../../server/export/ods.ts'
import { xlsxFormat } from '../../../../../server/export/xlsx.ts'
import { LIST_MAX_BYTES, ListRefused } from '../../../../../shared/import/lists/listTable.ts'
import { workshopBoard } from '../../../../helpers/tablesBoard.ts'
import { writeTables } from '../../../export/tablesJob.ts'

function file(name: string, bytes: Uint8Array | string, size?: number) {
  const data = typeof bytes === 'string' ? strToU8(bytes) : bytes
  return {
    name,
    size: size ?? data.byteLength,
    arrayBuffer: () => Promise.resolve(data.slice().buffer),
  }
}

async function refusal(f: ReturnType<typeof file>): Promise<unknown> {
  try {
    await readListTable(f, 'Spalte')
  } catch (err) {
    return err instanceof ListRefused ? err.problem : err
  }
  return null
}

describe('readListFile: CSV', () => {
  it('reads German Excel’s CSV: BOM, semicolons, CRLF, umlauts, empty rows', async () => {
    const text =
      '\ufeffName;Kategorie;Ring;Handlungsfeld\r\nStadtwerke Müllheim;Konzern Kommune;2;Energie & Umwelt\r\n;;;\r\n"Bürger; Verein";Bürger:innen;;\r\n'
    const table = await readListTable(file('akteure.csv', text), 'Spalte')
    expect(table.headers).toEqual(['Name', 'Kategorie', 'Ring', 'Handlungsfeld'])
    expect(table.rows).toEqual([
      ['Stadtwerke Müllheim', 'Konzern Kommune', '2', 'Energie & Umwelt'],
      ['Bürger; Verein', 'Bürger:innen', '', ''],
    ])
  })

  it('reads commas too, and Windows-1252 from older Excel', async () => {
    const latin1 = new Uint8Array([
      ...strToU8('Name,Art\r\nJ'),
      0xfc,
      ...strToU8('rgen Gro'),
      0xdf,
      ...strToU8(',Person\r\n'),
    ])
    expect(decodeCsv(latin1)).toBe('Name,Art\r\nJürgen Groß,Person\r\n')
    const table = await readListTable(file('personen.csv', latin1), 'Spalte')
    expect(table.rows).toEqual([['Jürgen Groß', 'Person']])
  })

  it('reads Werkraum’s own CSV export back', async () => {
    const bytes = await writeTables(
      (await import('../../../../../server/export/csv.ts')).csvFormat,
      workshopBoard(),
      { table: 'people' },
    )
    const table = await readListTable(file('personen.csv', bytes), 'Spalte')
    expect(table.rows[0]).toEqual(['Anna Schäfer', 'Person', 'Hauptamt', '80 %', '2', '110 %'])
  })
})

describe('readListFile: XLSX and ODS', () => {
  it('reads the first sheet of an XLSX, numbers as numbers', async () => {
    const buffer = await writeXlsxFile([
      ['Name', 'Organisationseinheit', 'Verfügbare Zeit'],
      ['Anna Schäfer', 'Hauptamt', { type: Number, value: 0.5, format: '0%' }],
      [null, null, null],
      ['Ben Groß', null, 80],
    ]).toBuffer()
    const table = await readListTable(file('personen.xlsx', new Uint8Array(buffer)), 'Spalte')
    expect(table.headers).toEqual(['Name', 'Organisationseinheit', 'Verfügbare Zeit'])
    expect(table.rows).toEqual([
      ['Anna Schäfer', 'Hauptamt', '0.5'],
      ['Ben Groß', '', '80'],
    ])
    expect(table.lines).toEqual([2, 4])
  })

  it('reads Werkraum’s own XLSX and ODS exports (first sheet: the actors)', async () => {
    for (const format of [xlsxFormat, odsFormat]) {
      const bytes = await writeTables(format, workshopBoard())
      const table = await readListTable(file(`export.${format.extension}`, bytes), 'Spalte')
      expect(table.headers).toEqual(['Name', 'Kategorie', 'Ring', 'Handlungsfeld', 'Notiz'])
      expect(table.rows[2]).toEqual([
        'Bürgerverein Süd',
        'Bürger:innen',
        'Örtliche Gemeinschaft',
        '',
        'trifft sich „jeden“ Dienstag',
      ])
    }
  })

  it('reads every sheet of a workbook, each one a list of its own', async () => {
    for (const format of [xlsxFormat, odsFormat]) {
      const bytes = await writeTables(format, workshopBoard())
      const sheets = await readListFile(file(`export.${format.extension}`, bytes))
      expect(sheets.map((s) => s.name)).toEqual([
        'Akteure',
        'Beziehungen',
        'Rollen',
        'Personen und Org.-Einheiten',
        'Zuordnungen',
        'Prüfungen',
        'Notizen',
      ])
      const people = sheetTable(sheets[3] ?? { name: '', rows: [] }, 'Spalte')
      expect(people.headers.slice(0, 4)).toEqual([
        'Name',
        'Art',
        'Organisationseinheit',
        'Verfügbare Zeit',
      ])
      expect(people.rows[0]?.slice(0, 4)).toEqual(
        format === xlsxFormat
          ? ['Anna Schäfer', 'Person', 'Hauptamt', '0.8']
          : ['Anna Schäfer', 'Person', 'Hauptamt', '80 %'],
      )
    }
  })

  it('reads an ODS with repeated cells and rows, spans and spaces, and no million empty rows', async () => {
    const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>
<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="1024"/>
<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Verfügbare Zeit</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>Anna <text:span>Schäfer</text:span><text:s text:c="2"/>&amp; Co</text:p></table:table-cell><table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50 %</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>
<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>Zweimal</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="40"><text:p>40</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table><table:table table:name="Tabelle2"><table:table-row><table:table-cell><text:p>nicht gelesen</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>`
    const bytes = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(content),
    })
    const table = await readListTable(file('personen.ods', bytes), 'Spalte')
    expect(table.headers).toEqual(['Name', 'Verfügbare Zeit'])
    expect(table.rows).toEqual([
      ['Anna Schäfer  & Co', '50 %'],
      ['Zweimal', '40'],
      ['Zweimal', '40'],
    ])
  })
})

describe('readListFile: refusals', () => {
  it('refuses a file beyond the size limit before reading it', async () => {
    expect(await refusal(file('gross.csv', 'Name\r\nA\r\n', LIST_MAX_BYTES + 1))).toEqual({
      code: 'tooLarge',
      params: { max: 5 },
    })
  })

  it('refuses what is no list: a broken XLSX, a ZIP of something else, an empty CSV', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])
    expect(await refusal(file('kaputt.xlsx', broken))).toEqual({
      code: 'unreadable',
      params: { name: 'kaputt.xlsx' },
    })
    const other = zipSync({ 'readme.txt': strToU8('hallo') })
    expect(await refusal(file('liste.ods', other))).toEqual({
      code: 'unreadable',
      params: { name: 'liste.ods' },
    })
    expect(await refusal(file('leer.csv', '\ufeff\r\n\r\n'))).toEqual({
      code: 'empty',
      params: {},
    })
  })

  it('refuses an XLSX whose parts would unpack to more than the limit', async () => {
    const bomb = zipSync({ '[Content_Types].xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 })
    expect(bomb.byteLength).toBeLessThan(LIST_MAX_BYTES)
    expect(await refusal(file('bombe.xlsx', bomb))).toEqual({
      code: 'tooLarge',
      params: { max: 5 },
    })
  })
})
