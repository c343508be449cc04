// The workshop report as a tagged PDF from the real server, as a facilitator publishing it would
// take it: a board filled over the realtime socket, GET …/export?format=report-pdf, read back by
// poppler (pdfinfo with the tag tree, pdftotext, pdffonts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportFileName } from '../../shared/export/options.ts'
import { pdfOnDisk, rawPdf, structAlts } from '../helpers/poppler.ts'
import type { RunningServer } from '../helpers/startServer.ts'
import { startWorkshopServer, type WorkshopServer } from '../helpers/workshopServer.ts'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { GERMAN_NOTE } from '../helpers/workshopBoard.ts'

const TITLE = 'Digitale Kommune 2027'
let server: RunningServer
let board: CreateBoardResponse
let workshop: WorkshopServer | undefined

beforeAll(async () => {
  workshop = await startWorkshopServer(TITLE)
  ;({ server, board } = workshop)
})

afterAll(async () => {
  await workshop?.cleanup()
})

async function reportPdf(query = ''): Promise<{ res: Response; bytes: Uint8Array }> {
  const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=report-pdf${query}`, {
    headers: { authorization: `Bearer ${board.viewToken}` },
  })
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) }
}

describe('GET /api/boards/:id/export?format=report-pdf', () => {
  it('writes the report as a tagged PDF: headings, lists, tables with header cells, figures with alt', async () => {
    const { res, bytes } = await reportPdf()
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(exportFileName(`${TITLE} (Bericht)`, new Date(), 'pdf'))}`,
    )
    const pdf = pdfOnDisk(bytes)
    try {
      const info = pdf.info()
      expect(info.Tagged).toBe('yes')
      expect(info.Title).toBe(`Workshop-Bericht: ${TITLE}`)
      expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)')
      const tree = pdf.run('pdfinfo', '-struct-text')
      expect(tree.split('\n')[0]).toBe('Document')
      expect(tree.match(/^ {2}H1 /gm)).toHaveLength(1)
      expect(tree).toMatch(/^ {2}H1 \(block\)\n {4}"Workshop-Bericht: Digitale Kommune 2027"$/m)
      expect(tree.match(/^ {2}H2 /gm)?.length).toBeGreaterThanOrEqual(3)
      expect(tree).toMatch(/^ {2}L \(block\)\n {4}LI \(block\)\n {6}Lbl/m)
      const tables = tree.match(/^ {2}Table /gm)?.length ?? 0
      expect(tables).toBeGreaterThanOrEqual(3)
      expect(tree.match(/^ {4}THead$/gm)).toHaveLength(tables)
      expect(tree).toMatch(/^ {8}TH:\n {11}\/Scope \/Column$/m)
      expect(tree).toMatch(/^ {8}TD$/m)
      expect(structAlts(bytes, 'Figure').map((f) => f.alt)).toEqual([
        'Rahmen „Ideen sammeln“ mit 3 Notizen.',
        'Rahmen „Rollen klären“ mit 1 Notiz.',
        'Rahmen „Leerer Rahmen“, leer.',
      ])
      // Each figure has its caption after it, each table its caption inside it.
      expect(tree.match(/^ {2}Caption$/gm)).toHaveLength(3)
      expect(tree.match(/^ {2}Table \(block\)\n {4}Caption$/gm)).toHaveLength(tables)
      const text = pdf.text('-raw').replace(/\s+/g, ' ')
      expect(text).toContain(GERMAN_NOTE)
      expect(text).toContain('„OZG-Koordinator:in“ ist unbesetzt')
      for (const font of pdf.fonts()) {
        expect(font.name).toMatch(/^SourceSans3-/)
        expect(font).toMatchObject({ embedded: true, subset: true })
      }
    } finally {
      pdf.dispose()
    }
  })

  it('writes it in English when asked', async () => {
    const { res, bytes } = await reportPdf('&language=en')
    expect(res.status).toBe(200)
    const pdf = pdfOnDisk(bytes)
    try {
      expect(pdf.info().Title).toBe(`Workshop report: ${TITLE}`)
      expect(pdf.text('-raw')).toMatch(/Page 1 of \d+/)
      expect(rawPdf(bytes)).toMatch(/\/Lang \(en-GB\)/)
    } finally {
      pdf.dispose()
    }
  })
})
