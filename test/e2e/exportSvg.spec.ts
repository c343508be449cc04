import { expect, test } from '@playwright/test'
import * as Y from 'yjs'
import { createActor } from '../../shared/ops/createActor.ts'
import { createNote } from '../../shared/ops/createNote.ts'
import { elementsMap } from '../../shared/schema/index.ts'
import { measureText } from '../../shared/picture/font/measure.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'

// The SVG export opened in a browser, as someone who downloaded it would: the embedded font
// subsets load from the file itself, every text is set in them at the width the picture measured
// (so lines fit where they were laid out), and the browser fetches nothing else.

let server: RunningServer

test.beforeAll(async () => {
  server = await startServer()
})

test.afterAll(async () => {
  await server?.cleanup()
})

test('the SVG export shows its text in the embedded font, at the measured width', async ({
  page,
}) => {
  const board = await createBoard(server, { title: 'Export im Browser' })
  const editor = await syncedClient(server, board.id, board.editToken)
  createNote(editor.doc, { x: 0, y: 0, text: 'Straße, Größe – „Öffentlichkeit“ für 12 €' })
  createActor(editor.doc, { x: 300, y: 0, name: 'Tagespflege Süd', category: 'civilSociety' })
  const reader = await syncedClient(server, board.id, board.viewToken, new Y.Doc())
  await reader.until((d) => elementsMap(d).size === 2, 'both elements to arrive')
  reader.destroy()
  editor.destroy()

  const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=svg`, {
    headers: { authorization: `Bearer ${board.viewToken}` },
  })
  expect(res.status).toBe(200)
  const svg = await res.text()
  // The downloaded file, opened from its own address (the export answers as an attachment).
  const url = `${server.url}/downloaded.svg`
  await page.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }),
  )
  const requests: string[] = []
  page.on('request', (req) => requests.push(req.url()))
  await page.goto(url)

  const faces = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].map((f) => ({
      family: f.family,
      weight: f.weight,
      status: f.status,
    }))
  })
  expect(faces.length).toBeGreaterThanOrEqual(2)
  for (const face of faces) {
    expect(face.family.replace(/"/g, '')).toBe('Source Sans 3')
    expect(face.status).toBe('loaded')
  }

  const lines = await page.evaluate(() =>
    [...document.querySelectorAll('tspan')].map((span) => {
      const text = span.closest('text')!
      return {
        text: span.textContent ?? '',
        size: Number(text.getAttribute('font-size')),
        weight: Number(text.getAttribute('font-weight')),
        width: span.getComputedTextLength(),
      }
    }),
  )
  expect(lines.map((l) => l.text)).toContain('Tagespflege Süd')
  expect(lines.length).toBeGreaterThanOrEqual(4)
  for (const line of lines) {
    const measured = measureText(line.text, line.size, line.weight as 400 | 600 | 700)
    expect(Math.abs(line.width - measured), line.text).toBeLessThan(0.5)
  }
  // Nothing but the file itself: no font server, no image host.
  expect(requests).toEqual([url])
})
