import { expect, test, type Browser, type Page } from '@playwright/test'
import type * as Y from 'yjs'
import { describeBoard } from '../../shared/picture/describe/board.ts'
import { createActor } from '../../shared/ops/createActor.ts'
import { createConnector } from '../../shared/ops/createConnector.ts'
import { createFrame } from '../../shared/ops/createFrame.ts'
import { createNote } from '../../shared/ops/createNote.ts'
import { createRole } from '../../shared/ops/createRole.ts'
import { elementsMap } from '../../shared/schema/index.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'
import { newPerson, useServer, waitConnected } from './journey.ts'
import { openPictureHarness, type HarnessWindow } from './pictureHarness.ts'

// The pixel proof of "one picture, every output": a board drawn on screen, the server's SVG export
// of it and the browser's PNG export of it, rasterised by the same browser at the same scale,
// show the same pixels.

const started = useServer()
/** The server's HTTP and realtime addresses (useServer starts it before the tests). */
const server = {
  get url(): string {
    return started.url
  },
  get wsUrl(): string {
    return started.url.replace(/^http/, 'ws')
  },
}

/** A workshop's frame with German notes, an actor, a vacant role and a labelled connector. */
interface Workshop {
  id: string
  viewToken: string
  frame: string
  /** The board as a client holds it (synced, then disconnected). */
  doc: Y.Doc
}

async function workshopBoard(): Promise<Workshop> {
  const board = await createBoard(server, { title: 'Bildvergleich' })
  const client = await syncedClient(server, board.id, board.editToken)
  const doc = client.doc
  const frame = createFrame(doc, {
    x: 0,
    y: 0,
    w: 980,
    h: 620,
    title: 'Straßenbau „Süd“ – Übergänge',
  })
  const a = createNote(doc, {
    x: 160,
    y: 190,
    text: 'Größe der Bürgerbüros prüfen „bis Mai“',
    color: 'yellow',
  })
  const b = createNote(doc, {
    x: 160,
    y: 450,
    text: 'Maßnahmen: Fußgängerüberweg, Öffnungszeiten, ẞ-Schreibweise',
    color: 'blue',
  })
  createActor(doc, { x: 520, y: 190, name: 'Ordnungsamt Süd', category: 'administration' })
  createRole(doc, { x: 520, y: 450, title: 'Datenschutzbeauftragte:r', group: 'protection' })
  createConnector(doc, {
    from: { elementId: a },
    to: { elementId: b },
    text: 'berät über „Maße“',
    endArrowhead: 'triangle',
  })
  await client.until((d) => elementsMap(d).size === 6, 'the six elements')
  client.destroy()
  return { id: board.id, viewToken: board.viewToken, frame, doc }
}

/** The picture's area from an SVG's viewBox (board units). */
function viewBox(svg: string): { x: number; y: number; w: number; h: number } {
  const m = /viewBox="([-\d.]+)[ ,]+([-\d.]+)[ ,]+([-\d.]+)[ ,]+([-\d.]+)"/.exec(svg)
  if (!m) throw new Error('the SVG has no viewBox')
  const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number]
  return { x, y, w, h }
}

/** RGBA bytes of an area. */
interface Pixels {
  width: number
  height: number
  data: Uint8ClampedArray
}

/** The board canvas's pixels of the area at (0, 0) of the canvas, w × h. */
async function screenPixels(page: Page, w: number, h: number): Promise<Pixels> {
  return page.evaluate(
    ({ w, h }) => {
      const el = document.querySelector<HTMLCanvasElement>('canvas[data-board-canvas]')!
      const data = el.getContext('2d')!.getImageData(0, 0, w, h).data
      return { width: w, height: h, data }
    },
    { w, h },
  )
}

/** The SVG rasterised by this browser over the board's background, w × h at scale 1. */
async function svgPixels(page: Page, svg: string, w: number, h: number): Promise<Pixels> {
  return page.evaluate(
    async ({ svg, w, h }) => {
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
      const img = new Image()
      img.src = url
      await img.decode()
      // The font embedded in the SVG loads asynchronously inside the image: one more frame.
      await new Promise((resolve) => requestAnimationFrame(resolve))
      const canvas = document.createElement('canvas')
      canvas.width = w
      canvas.height = h
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = '#f7f7f4'
      ctx.fillRect(0, 0, w, h)
      ctx.drawImage(img, 0, 0, w, h)
      URL.revokeObjectURL(url)
      return { width: w, height: h, data: ctx.getImageData(0, 0, w, h).data }
    },
    { svg, w, h },
  )
}

/** Largest difference of one colour channel at pixel (x, y). */
function delta(a: Pixels, b: Pixels, x: number, y: number): number {
  const i = (y * a.width + x) * 4
  return Math.max(
    Math.abs(a.data[i]! - b.data[i]!),
    Math.abs(a.data[i + 1]! - b.data[i + 1]!),
    Math.abs(a.data[i + 2]! - b.data[i + 2]!),
  )
}

/** Share of the pixels whose channels all differ by at most `tolerance`. */
function shareAlike(a: Pixels, b: Pixels, tolerance: number): number {
  let alike = 0
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) if (delta(a, b, x, y) <= tolerance) alike++
  }
  return alike / (a.width * a.height)
}

/** The box and count of dark (text) pixels within an area. */
function ink(
  p: Pixels,
  area: { x: number; y: number; w: number; h: number },
): { count: number; left: number; right: number; top: number; bottom: number } {
  let count = 0
  let [left, right, top, bottom] = [Infinity, -1, Infinity, -1]
  for (let y = area.y; y < area.y + area.h; y++) {
    for (let x = area.x; x < area.x + area.w; x++) {
      const i = (y * p.width + x) * 4
      const luminance = 0.3 * p.data[i]! + 0.59 * p.data[i + 1]! + 0.11 * p.data[i + 2]!
      if (luminance > 90) continue
      count++
      left = Math.min(left, x)
      right = Math.max(right, x)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y)
    }
  }
  return { count, left, right, top, bottom }
}

type Area = { x: number; y: number; w: number; h: number }

/**
 * Opens the board as someone with the view link would, puts the area's top-left corner at the
 * canvas's at 100 % with nothing selected, and returns the page with the area's canvas pixels.
 */
async function onScreen(
  browser: Browser,
  board: Workshop,
  area: Area,
): Promise<{ page: Page; pixels: Pixels }> {
  const page = await newPerson(browser)
  await page.setViewportSize({ width: Math.ceil(area.w) + 200, height: Math.ceil(area.h) + 240 })
  await page.goto(`${server.url}/b/${board.id}#${board.viewToken}`)
  await waitConnected(page)
  await page.waitForFunction(
    () =>
      (window as unknown as { __werkraum?: { editor: { elements: readonly unknown[] } } })
        .__werkraum?.editor.elements.length === 6,
  )
  await page.evaluate(async (area) => {
    const handle = (
      window as unknown as {
        __werkraum: { editor: { setCamera(c: { x: number; y: number; zoom: number }): void } }
      }
    ).__werkraum
    handle.editor.setCamera({ x: area.x, y: area.y, zoom: 1 })
    await document.fonts.ready
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
  }, area)
  return { page, pixels: await screenPixels(page, Math.floor(area.w), Math.floor(area.h)) }
}

/** Where the board's texts are (board units): each must look alike in both pictures. */
const TEXT_AREAS: readonly Area[] = [
  { x: 70, y: 100, w: 180, h: 180 }, // yellow note
  { x: 70, y: 360, w: 180, h: 180 }, // blue note
  { x: 60, y: 296, w: 200, h: 48 }, // the connector's label
  { x: 410, y: 135, w: 220, h: 110 }, // actor card
  { x: 400, y: 380, w: 240, h: 140 }, // role card
  { x: 4, y: 2, w: 700, h: 36 }, // frame title
]

/**
 * The pixel proof: nearly every pixel alike (anti-aliasing differs at the edges of shapes and
 * glyphs, the screen's grid dots show in the margin around the frame), and in each text area
 * the ink lies in the same box with nearly as many dark pixels, so the words wrap and sit alike.
 */
function expectAlike(screen: Pixels, exported: Pixels, area: Area): void {
  // Measured: 99.9 % and 99.8 % for the SVG; 97.5 % within 40 when a fallback font stood in.
  expect(shareAlike(screen, exported, 40)).toBeGreaterThan(0.995)
  expect(shareAlike(screen, exported, 8)).toBeGreaterThan(0.99)
  for (const t of TEXT_AREAS) {
    const a = {
      x: Math.round(t.x - area.x),
      y: Math.round(t.y - area.y),
      w: t.w,
      h: t.h,
    }
    const s = ink(screen, a)
    const e = ink(exported, a)
    const where = `the text area at ${t.x}, ${t.y}`
    expect(s.count, `ink on screen in ${where}`).toBeGreaterThan(50)
    expect(Math.abs(s.count - e.count) / s.count, `dark pixels in ${where}`).toBeLessThan(0.1)
    for (const side of ['left', 'right', 'top', 'bottom'] as const) {
      expect(Math.abs(s[side] - e[side]), `${side} of the ink in ${where}`).toBeLessThanOrEqual(2)
    }
  }
}

let board: Workshop

test.beforeAll(async () => {
  board = await workshopBoard()
})

test('the SVG export of a frame shows the pixels the screen shows', async ({ browser }) => {
  const res = await fetch(
    `${server.url}/api/boards/${board.id}/export?format=svg&scope=frame&frame=${board.frame}&background=transparent&language=de`,
    { headers: { authorization: `Bearer ${board.viewToken}` } },
  )
  expect(res.status).toBe(200)
  const svg = await res.text()
  const area = viewBox(svg)
  const screen = await onScreen(browser, board, area)
  const exported = await svgPixels(screen.page, svg, Math.floor(area.w), Math.floor(area.h))
  expectAlike(screen.pixels, exported, area)
  await screen.page.context().close()
})

test("the browser's PNG export of the frame shows the pixels the screen shows", async ({
  browser,
  page,
}) => {
  const picture = describeBoard(board.doc, { scope: 'frame', frame: board.frame, language: 'de' })
  const area = picture.bounds
  const screen = await onScreen(browser, board, area)
  await screen.page.context().close()
  await openPictureHarness(page)
  const exported = await page.evaluate(
    async ({ picture, w, h }) => {
      const { pictureToPng } = (window as unknown as HarnessWindow).werkraumPicture
      const png = await pictureToPng(picture, { scale: 1, background: 'transparent' })
      const canvas = new OffscreenCanvas(w, h)
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = '#f7f7f4'
      ctx.fillRect(0, 0, w, h)
      ctx.drawImage(await createImageBitmap(png), 0, 0)
      return { width: w, height: h, data: ctx.getImageData(0, 0, w, h).data }
    },
    { picture, w: Math.floor(area.w), h: Math.floor(area.h) },
  )
  expectAlike(screen.pixels, exported, area)
})
