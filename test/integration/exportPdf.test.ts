// The board as a tagged PDF, the way a facilitator takes it out of Werkraum: the real server on
// port 0, a board filled by the stock realtime client, an uploaded image and one whose file is
// gone, then GET /api/boards/:id/export?format=pdf read back by poppler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import type { UploadAssetResponse } from '../../shared/assets.ts'
import { createFrame } from '../../shared/ops/createFrame.ts'
import { createImage } from '../../shared/ops/createImage.ts'
import { createNote } from '../../shared/ops/createNote.ts'
import { elementsMap } from '../../shared/schema/index.ts'
import { pngBytes } from '../helpers/images.ts'
import { outlineTitles, pdfOnDisk, structAlts } from '../helpers/poppler.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'

const GERMAN = 'Größe „Maß“ – 5 € ẞ'
const GONE = 'f'.repeat(64)

let server: RunningServer
let board: CreateBoardResponse
let frameIds: string[]
let noteIds: string[]

beforeAll(async () => {
  server = await startServer()
  board = await createBoard(server, { title: 'Digitalstrategie Musterstadt' })
  const upload = await fetch(`${server.url}/api/boards/${board.id}/assets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${board.editToken}`, 'content-type': 'image/png' },
    body: new Uint8Array(pngBytes(64, 48)),
  })
  expect(upload.status).toBe(201)
  const image = (await upload.json()) as UploadAssetResponse

  const anna = await syncedClient(server, board.id, board.editToken)
  const { doc } = anna
  // Drawn out of agenda order: the second step first.
  const second = createFrame(doc, { x: 0, y: 1000, w: 800, h: 450, title: 'Maßnahmen' })
  const first = createFrame(doc, { x: 0, y: 0, w: 800, h: 450, title: 'Rollen klären' })
  frameIds = [first, second]
  noteIds = [
    createNote(doc, { x: 200, y: 200, text: GERMAN }),
    createNote(doc, { x: 500, y: 200, text: 'Wer pflegt die Daten?' }),
    createNote(doc, { x: 200, y: 1200, text: 'Budget beantragen' }),
  ]
  createImage(doc, {
    x: 1400,
    y: 300,
    asset: image.hash,
    mime: 'image/png',
    width: 64,
    height: 48,
    alt: 'Foto',
  })
  createImage(doc, {
    x: 1400,
    y: 900,
    asset: GONE,
    mime: 'image/png',
    width: 64,
    height: 48,
    alt: 'Stadtplan',
  })
  const count = elementsMap(doc).size
  // The server stores an update before it relays it: once Ben has everything, so has storage.
  const ben = await syncedClient(server, board.id, board.viewToken)
  await ben.until((d) => elementsMap(d).size === count, 'every element to reach a second reader')
  anna.destroy()
  ben.destroy()
})
afterAll(async () => {
  await server?.cleanup()
})

function exportPdf(query: string, token: string | null = board.viewToken): Promise<Response> {
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` }
  return fetch(`${server.url}/api/boards/${board.id}/export?format=pdf&${query}`, { headers })
}

async function pdfOf(
  res: Response,
): Promise<{ bytes: Uint8Array; pdf: ReturnType<typeof pdfOnDisk> }> {
  expect(res.status).toBe(200)
  const bytes = new Uint8Array(await res.arrayBuffer())
  return { bytes, pdf: pdfOnDisk(bytes) }
}

describe('GET /api/boards/:id/export?format=pdf', () => {
  it('answers a tagged PDF file named after the board, for a reader’s token', async () => {
    const res = await exportPdf('paper=a4-portrait')
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const day = new Date().toISOString().slice(0, 10)
    expect(res.headers.get('content-disposition')).toContain(
      `filename="Digitalstrategie Musterstadt-${day}.pdf"`,
    )
    const { pdf } = await pdfOf(res)
    try {
      const info = pdf.info()
      expect(info.Tagged).toBe('yes')
      expect(info.Title).toBe('Digitalstrategie Musterstadt')
      expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)')
    } finally {
      pdf.dispose()
    }
  })

  it('writes the overview, then one page per frame in agenda order, bookmarked', async () => {
    const { bytes, pdf } = await pdfOf(await exportPdf('paper=a3-landscape'))
    try {
      expect(pdf.info().Pages).toBe('3')
      expect(pdf.info()['Page size']).toBe('1190.55 x 841.89 pts (A3)')
      expect(outlineTitles(pdf)).toEqual([
        'Digitalstrategie Musterstadt',
        'Rollen klären',
        'Maßnahmen',
      ])
      const tree = pdf.run('pdfinfo', '-struct-text')
      expect(tree.split('\n')[0]).toBe('Document')
      expect(tree.match(/^ {2}H1 /gm)).toHaveLength(3)
      const alts = structAlts(bytes, 'Figure').map((f) => f.alt ?? '')
      expect(alts).toHaveLength(3)
      expect(alts[0]).toMatch(
        /^Board „Digitalstrategie Musterstadt“ mit 2 Rahmen, 3 Notizen und 2 Bildern\./,
      )
      expect(alts[1]).toMatch(/^Rahmen „Rollen klären“ mit 2 Notizen\./)
      expect(alts[1]).toContain(GERMAN)
      expect(alts[2]).toMatch(/^Rahmen „Maßnahmen“ mit 1 Notiz\./)
      const page2 = pdf.text('-f', '2', '-l', '2', '-raw').replace(/\s+/g, ' ')
      expect(page2).toContain(GERMAN)
      expect(page2).toContain('Seite 2 von 3')
      expect(page2).not.toContain('Budget beantragen')
      for (const font of pdf.fonts()) {
        expect(font.name).toMatch(/^SourceSans3-/)
        expect(font).toMatchObject({ embedded: true, subset: true })
      }
      expect(pdf.inkShare(1)).toBeGreaterThan(0.01)
    } finally {
      pdf.dispose()
    }
  })

  it('embeds the uploaded image and names the one whose file is gone', async () => {
    const res = await exportPdf('scope=board')
    expect(res.headers.get('x-export-missing-images')).toBe(GONE)
    const { pdf } = await pdfOf(res)
    try {
      const images = pdf
        .run('pdfimages', '-list', '-f', '1', '-l', '1')
        .split('\n')
        .slice(2)
        .map((l) => l.trim().split(/\s+/))
        .filter((cells) => cells[2] === 'image')
      expect(images).toHaveLength(1)
      const page1 = pdf.text('-f', '1', '-l', '1', '-raw').replace(/\s+/g, ' ')
      expect(page1).toContain('Ein Bild fehlt in dieser Datei: „Stadtplan“.')
    } finally {
      pdf.dispose()
    }
  })

  it('writes one frame alone, and the selection, in English when asked', async () => {
    const frame = await pdfOf(await exportPdf(`scope=frame&frame=${frameIds[1]}&language=en`))
    try {
      expect(frame.pdf.info().Pages).toBe('1')
      const text = frame.pdf.text('-raw').replace(/\s+/g, ' ')
      expect(text).toContain('Maßnahmen')
      expect(text).toContain('Budget beantragen')
      expect(text).toContain('Page 1 of 1')
      expect(text).not.toContain(GERMAN)
    } finally {
      frame.pdf.dispose()
    }
    const selection = await pdfOf(await exportPdf(`scope=selection&ids=${noteIds[2]},gone`))
    try {
      expect(selection.pdf.info().Pages).toBe('1')
      const text = selection.pdf.text('-raw').replace(/\s+/g, ' ')
      expect(text).toContain('Digitalstrategie Musterstadt: Auswahl')
      expect(text).toContain('Budget beantragen')
      expect(text).not.toContain('Wer pflegt')
    } finally {
      selection.pdf.dispose()
    }
  })

  it('refuses a frame or selection the board does not have (400) and a request without a token (401)', async () => {
    const unknown = await exportPdf('scope=frame&frame=nope')
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as { error: string }).error).toBe('unknown_frame')
    const nothing = await exportPdf('scope=selection&ids=gone')
    expect(nothing.status).toBe(400)
    expect(((await nothing.json()) as { error: string }).error).toBe('empty_selection')
    expect((await exportPdf('', null)).status).toBe(401)
  })
})
