// Each office file Werkraum writes opens in the program it is for: LibreOffice (Debian's
// headless Writer and Calc) reads the report as DOCX and ODT and the tables as XLSX and ODS,
// and prints them to PDF, whose text poppler reads back. A file LibreOffice cannot open
// converts to nothing, and one it misreads loses the German text or the tables' content.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfOnDisk } from '../helpers/poppler.ts'
import { startWorkshopServer, type WorkshopServer } from '../helpers/workshopServer.ts'
import { GERMAN_NOTE } from '../helpers/workshopBoard.ts'

const TITLE = 'Rollenklärung Grünstadt'
const FORMATS = ['docx', 'odt', 'xlsx', 'ods'] as const
/** LibreOffice starts once for all four files; its first start builds a profile. */
const CONVERT_TIMEOUT_MS = 120_000

let workshop: WorkshopServer | undefined
let dir: string
/** The text of each file as LibreOffice printed it. */
const printed = new Map<string, string>()

beforeAll(async () => {
  workshop = await startWorkshopServer(TITLE)
  const { server, board } = workshop
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-office-'))
  const files: string[] = []
  for (const format of FORMATS) {
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=${format}`, {
      headers: { authorization: `Bearer ${board.viewToken}` },
    })
    expect(res.status, format).toBe(200)
    // Distinct names: LibreOffice names each PDF after its file without the extension.
    const file = path.join(dir, `werkraum-${format}.${format}`)
    writeFileSync(file, new Uint8Array(await res.arrayBuffer()))
    files.push(file)
  }
  const out = path.join(dir, 'pdf')
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...files,
    ],
    { timeout: CONVERT_TIMEOUT_MS, stdio: 'pipe' },
  )
  for (const format of FORMATS) {
    const file = path.join(out, `werkraum-${format}.pdf`)
    if (!existsSync(file)) continue
    const pdf = pdfOnDisk(readFileSync(file))
    // Lines as the page breaks them: compared as running text.
    printed.set(format, pdf.text().replace(/\s+/g, ' '))
    pdf.dispose()
  }
}, CONVERT_TIMEOUT_MS + 60_000)

afterAll(async () => {
  await workshop?.cleanup()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('LibreOffice opens', () => {
  it.each(['docx', 'odt'] as const)(
    'the report as %s, with its headings, tables and German text',
    (format) => {
      const text = printed.get(format)
      expect(text, `LibreOffice printed no ${format}`).toBeDefined()
      for (const expected of [
        `Workshop-Bericht: ${TITLE}`,
        GERMAN_NOTE,
        'Stadtwerke',
        'Unbesetzte Rollen',
        'Die Rollen von Anna Schmidt brauchen 120 % der Zeit, mehr als 100 %.',
      ]) {
        expect(text).toContain(expected)
      }
    },
  )

  it.each(['xlsx', 'ods'] as const)('the tables as %s, with every sheet', (format) => {
    const text = printed.get(format)
    expect(text, `LibreOffice printed no ${format}`).toBeDefined()
    for (const expected of [
      'Stadtverwaltung Musterstadt',
      'liefert Daten an',
      'Datenschutzbeauftragte:r',
      'Anna Schmidt',
      GERMAN_NOTE,
    ]) {
      expect(text).toContain(expected)
    }
  })
})
