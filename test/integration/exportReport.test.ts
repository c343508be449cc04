// The workshop report exported from the real server as a facilitator's script would: a board
// filled over the realtime socket, then GET /api/boards/:id/export?format=md|docx|odt.
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportFileName } from '../../shared/export/options.ts'
import { NOTE_COLORS } from '../../shared/schema/index.ts'
import type { RunningServer } from '../helpers/startServer.ts'
import { startWorkshopServer, type WorkshopServer } from '../helpers/workshopServer.ts'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { GERMAN_NOTE } from '../helpers/workshopBoard.ts'
import { decodePng, pixelsOfColour } from '../helpers/pngPixels.ts'
import { findAll, parseXml, textOf } from '../helpers/xmlTree.ts'

const TITLE = 'Digitale Kommune 2027'
const ALTS = [
  'Rahmen „Ideen sammeln“ mit 3 Notizen.',
  'Rahmen „Rollen klären“ mit 1 Notiz.',
  'Rahmen „Leerer Rahmen“, leer.',
]

/** The picture of the "Ideen sammeln" frame: as wide as the page shows it twice, notes on it. */
function expectIdeasPicture(png: Uint8Array | undefined): void {
  if (!png) throw new Error('the first frame has no picture')
  const { width, height, pixels } = decodePng(png)
  expect(width).toBe(1200)
  expect(height).toBeGreaterThan(600)
  expect(height).toBeLessThan(800)
  // Three yellow notes of 180 board units at about 1.4 pixels a unit.
  expect(pixelsOfColour(pixels, NOTE_COLORS.yellow)).toBeGreaterThan(3 * 200 * 200)
}
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

async function exportAs(format: string, query = '', token = board.viewToken): Promise<Response> {
  return fetch(`${server.url}/api/boards/${board.id}/export?format=${format}${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
}

function fileNameOf(res: Response): string | undefined {
  const header = res.headers.get('content-disposition') ?? ''
  const utf8 = /filename\*=UTF-8''([^;]+)/.exec(header)?.[1]
  return utf8 === undefined ? undefined : decodeURIComponent(utf8)
}

describe('GET /api/boards/:id/export the workshop report', () => {
  it('writes Markdown with the German text intact, for any right of the board', async () => {
    const res = await exportAs('md')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(fileNameOf(res)).toBe(exportFileName(`${TITLE} (Bericht)`, new Date(), 'md'))
    const md = await res.text()
    expect(md.startsWith(`# Workshop-Bericht: ${TITLE}\n`)).toBe(true)
    expect(md).toContain(`- ${GERMAN_NOTE}`)
    expect(md).toContain(`**Adresse des Boards:** /b/${board.id}`)
    expect(md).not.toContain(board.viewToken)
    expect(md).toContain('„OZG-Koordinator:in“ ist unbesetzt')
  })

  it('writes it in English when asked', async () => {
    const md = await (await exportAs('md', '&language=en')).text()
    expect(md.startsWith(`# Workshop report: ${TITLE}\n`)).toBe(true)
    expect(md).toContain('## Roles')
  })

  it('writes a Word document whose headings, tables and German text a reader finds', async () => {
    const res = await exportAs('docx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(fileNameOf(res)).toBe(exportFileName(`${TITLE} (Bericht)`, new Date(), 'docx'))
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
    const doc = parseXml(strFromU8(files['word/document.xml'] ?? new Uint8Array()))
    const paragraphs = findAll(doc, 'w:p')
    const heading1 = paragraphs.find(
      (p) => findAll([p], 'w:pStyle')[0]?.attrs['w:val'] === 'Heading1',
    )
    expect(heading1 && textOf(heading1)).toBe(`Workshop-Bericht: ${TITLE}`)
    expect(paragraphs.map((p) => textOf(p))).toContain(GERMAN_NOTE)
    expect(findAll(doc, 'w:tblHeader').length).toBe(findAll(doc, 'w:tbl').length)
    // A picture of each frame, with its text alternative.
    expect(findAll(doc, 'wp:docPr').map((p) => p.attrs.descr)).toEqual(ALTS)
    const rels = parseXml(strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array()))
    const firstPicture = findAll(doc, 'a:blip')[0]?.attrs['r:embed']
    const target = findAll(rels, 'Relationship').find((r) => r.attrs.Id === firstPicture)
    expectIdeasPicture(files[`word/${target?.attrs.Target ?? ''}`])
  })

  it('writes an OpenDocument text whose headings, tables and German text a reader finds', async () => {
    const res = await exportAs('odt', '', board.editToken)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.text')
    expect(fileNameOf(res)).toBe(exportFileName(`${TITLE} (Bericht)`, new Date(), 'odt'))
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
    expect(Object.keys(files)[0]).toBe('mimetype')
    const content = parseXml(strFromU8(files['content.xml'] ?? new Uint8Array()))
    const [title] = findAll(content, 'text:h')
    expect(title && textOf(title)).toBe(`Workshop-Bericht: ${TITLE}`)
    expect(findAll(content, 'text:list-item').map((item) => textOf(item))).toContain(GERMAN_NOTE)
    expect(findAll(content, 'table:table-header-rows').length).toBe(
      findAll(content, 'table:table').length,
    )
    const frames = findAll(content, 'draw:frame')
    expect(frames.map((f) => textOf(findAll([f], 'svg:desc')[0] ?? f))).toEqual(ALTS)
    const href = findAll(frames, 'draw:image')[0]?.attrs['xlink:href']
    expectIdeasPicture(files[href ?? ''])
  })

  it('refuses without a token of this board', async () => {
    expect((await exportAs('docx', '', 'not-a-token')).status).toBe(401)
  })
})
