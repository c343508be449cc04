// npm run bench:render: opens a board of 10,000 notes in headless Chromium and measures opening,
// frame times while panning and zooming with real wheel input, heap, and dragging 100 notes.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'
import { startServer, type RunningServer } from '../../helpers/startServer.ts'
import { createBoard } from '../../helpers/yclient.ts'
import { machine } from '../machine.ts'
import { fillBoard, gridLayout, type GridLayout } from './generate.ts'
import { addProbe, measureOpen, startRecording, stopRecording } from './probe.ts'
import { writeRenderReport, type RenderRun, type ScenarioResult } from './report.ts'
import { frameSummary } from './frames.ts'

const COUNT = Number(process.env.BENCH_RENDER_COUNT ?? 10_000)
const SECONDS = Number(process.env.BENCH_RENDER_SECONDS ?? 3)
const OUT = process.env.BENCH_OUT ?? 'bench-results'
const VIEWPORT = { width: 1280, height: 800 }
/** BENCH_RENDER_PROFILE=1 writes a CPU profile of the drag to bench-results (DevTools opens it). */
const PROFILE = process.env.BENCH_RENDER_PROFILE === '1'
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// The flags of playwright.config.ts: Debian's Chromium, no GPU, nothing phoning home.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

async function canvasBox(page: Page): Promise<{ x: number; y: number; w: number; h: number }> {
  const box = await page.getByLabel('Board-Fläche').boundingBox()
  if (!box) throw new Error('no canvas')
  return { x: box.x, y: box.y, w: box.width, h: box.height }
}

/**
 * Sends input events through CDP for `SECONDS`, two in flight at a time and at least 8 ms apart,
 * so that every frame has input waiting (Playwright's mouse API waits a round trip per event,
 * which left half the frames idle). `event(i)` gives the i-th event's parameters.
 */
async function inputFor(
  page: Page,
  event: (i: number) => Parameters<CDPSession['send']>[1],
): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  const end = Date.now() + SECONDS * 1000
  let previous: Promise<unknown> | null = null
  let i = 0
  while (Date.now() < end) {
    const sent = cdp.send('Input.dispatchMouseEvent', event(i) as never)
    if (previous) await previous
    previous = sent
    i++
    await new Promise((resolve) => setTimeout(resolve, 8))
  }
  await previous
  await cdp.detach()
  return i
}

/** Wheel input: pans, or zooms with Ctrl held, back and forth so the view stays on the board. */
async function wheelFor(page: Page, zoom: boolean): Promise<number> {
  const box = await canvasBox(page)
  const x = box.x + box.w / 2
  const y = box.y + box.h / 2
  await page.mouse.move(x, y)
  return inputFor(page, (i) => {
    // 5 notches in, 5 out (zoom) or a diagonal sweep of 20 steps each way (pan).
    const sign = Math.floor(i / (zoom ? 5 : 20)) % 2 === 0 ? 1 : -1
    return zoom
      ? { type: 'mouseWheel', x, y, deltaX: 0, deltaY: -100 * sign, modifiers: 2 }
      : { type: 'mouseWheel', x, y, deltaX: 40 * sign, deltaY: 25 * sign }
  })
}

async function measure(page: Page, name: string, zoom: boolean): Promise<ScenarioResult> {
  await startRecording(page)
  const events = await wheelFor(page, zoom)
  const rec = await stopRecording(page)
  return { name, events, framesWithInput: rec.framesWithInput, frames: frameSummary(rec.intervals) }
}

async function setZoomSteps(page: Page, outSteps: number): Promise<void> {
  await page.getByRole('button', { name: /auf 100 % zurücksetzen/ }).click()
  for (let i = 0; i < outSteps; i++) {
    await page.getByRole('button', { name: 'Verkleinern', exact: true }).click()
  }
}

async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize
}

/** Starts the V8 sampling profiler of the page; `stop` writes `render-<name>.cpuprofile`. */
async function startProfile(page: Page): Promise<{ stop: (name: string) => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  return {
    stop: async (name) => {
      const { profile } = await cdp.send('Profiler.stop')
      await cdp.detach()
      mkdirSync(OUT, { recursive: true })
      const file = join(OUT, `render-${name}.cpuprofile`)
      writeFileSync(file, JSON.stringify(profile))
      console.log(`profile written to ${file}`)
    },
  }
}

interface PageCamera {
  x: number
  y: number
  zoom: number
}

/** The page's camera and selection size, through the editor BoardCanvas exposes (debugHandle.ts). */
async function readEditor(page: Page): Promise<{ camera: PageCamera; selected: number }> {
  return page.evaluate(() => {
    const handle = (
      window as unknown as {
        __werkraum?: {
          editor: { session: { camera: PageCamera; selection: { size: number } } }
        }
      }
    ).__werkraum
    if (!handle) throw new Error('window.__werkraum is missing: is the board open?')
    const { camera, selection } = handle.editor.session
    return { camera: { x: camera.x, y: camera.y, zoom: camera.zoom }, selected: selection.size }
  })
}

/**
 * Selects exactly the 10 × 10 notes in the middle of the view (found from the page's real
 * camera) and drags them by the middle one with real pointer input; the run fails rather than
 * report a drag of anything but 100 notes.
 */
async function dragHundred(
  page: Page,
  layout: GridLayout,
): Promise<ScenarioResult & { selected: string }> {
  await setZoomSteps(page, 5) // 33 %: a note pitch of about 66 px
  const box = await canvasBox(page)
  // The 10 × 10 block of notes in the middle of the grid, brought to the middle of the view:
  // the pans before leave the view wherever their random path ended, maybe off the grid.
  const rows = Math.ceil(layout.count / layout.columns)
  const col = Math.max(Math.floor(layout.columns / 2) - 5, 0)
  const row = Math.max(Math.floor(rows / 2) - 5, 0)
  await page.evaluate(
    ({ centre, box }) => {
      const handle = (
        window as unknown as {
          __werkraum: {
            editor: {
              session: { camera: PageCamera }
              setCamera(camera: PageCamera): void
            }
          }
        }
      ).__werkraum
      const { zoom } = handle.editor.session.camera
      handle.editor.setCamera({
        x: centre.x - box.w / 2 / zoom,
        y: centre.y - box.h / 2 / zoom,
        zoom,
      })
    },
    { centre: { x: (col + 5.5) * layout.pitch, y: (row + 5.5) * layout.pitch }, box },
  )
  const { camera } = await readEditor(page)
  const toScreen = (bx: number, by: number): { x: number; y: number } => ({
    x: box.x + (bx - camera.x) * camera.zoom,
    y: box.y + (by - camera.y) * camera.zoom,
  })
  // Selected through the page's editor: at 33 % the gaps between notes (20 units, 6.6 px) are
  // narrower than the pointer's hit slop, so a marquee could not start between two notes.
  const ids: string[] = []
  for (let r = row; r < row + 10; r++) {
    for (let c = col; c < col + 10; c++) ids.push(`bench-${r * layout.columns + c}`)
  }
  await page.evaluate((ids) => {
    const handle = (
      window as unknown as { __werkraum: { editor: { select(ids: string[]): void } } }
    ).__werkraum
    handle.editor.select(ids)
  }, ids)
  const { selected } = await readEditor(page)
  if (selected !== 100) throw new Error(`${selected} notes selected, not 100`)
  // Grab the selected note in the middle (its centre) and drag it around for the measured time.
  const start = toScreen((col + 5.5) * layout.pitch, (row + 5.5) * layout.pitch)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  const profiler = PROFILE ? await startProfile(page) : null
  await startRecording(page)
  const events = await inputFor(page, (i) => ({
    type: 'mouseMoved',
    button: 'left',
    buttons: 1,
    x: start.x + 150 * Math.sin(i / 20),
    y: start.y + 100 * Math.cos(i / 20) - 100,
  }))
  const rec = await stopRecording(page)
  if (profiler) await profiler.stop('drag')
  // End clearly away from the start (the sweep may end near it), so the check below can tell.
  await page.mouse.move(start.x + 100, start.y)
  await page.mouse.up()
  const after = await readEditor(page)
  if (after.selected !== 100) throw new Error(`${after.selected} notes selected after the drag`)
  const moved = await page.evaluate(
    (id) => {
      const handle = (
        window as unknown as {
          __werkraum: {
            editor: { board: { get(id: string): { x: number; y: number } | undefined } }
          }
        }
      ).__werkraum
      return handle.editor.board.get(id)
    },
    `bench-${row * layout.columns + col}`,
  )
  const original = { x: col * layout.pitch, y: row * layout.pitch }
  if (!moved || (moved.x === original.x && moved.y === original.y)) {
    throw new Error('the dragged notes did not move')
  }
  return {
    name: 'Drag the selection (33 %)',
    events,
    framesWithInput: rec.framesWithInput,
    frames: frameSummary(rec.intervals),
    selected: String(selected),
  }
}

async function runNotes(browser: Browser, server: RunningServer): Promise<RenderRun['boards'][0]> {
  const layout = gridLayout(COUNT)
  const board = await createBoard(server, { title: `Render-Bench ${COUNT}` })
  const fillStart = performance.now()
  await fillBoard(server, board.id, board.editToken, layout)
  const fillMs = performance.now() - fillStart

  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'de-DE' })
  // A board asks a first-time visitor for a name (a modal dialog); the bench has been here.
  await context.addInitScript(() => localStorage.setItem('werkraum.presence.name', 'Messung'))
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await addProbe(page)
  await page.goto(`${server.url}/b/${board.id}#${board.editToken}`)
  const open = await measureOpen(page, async () => {
    const box = await canvasBox(page)
    await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2)
  })
  await page.keyboard.press('Escape')
  const heap = await heapBytes(page)

  const scenarios: ScenarioResult[] = []
  scenarios.push(await measure(page, `Pan, all ${COUNT} in view (zoom to fit)`, false))
  scenarios.push(await measure(page, `Zoom, starting with all ${COUNT} in view`, true))
  await setZoomSteps(page, 8) // about 17 %: some 900 notes in view, drawn without text
  scenarios.push(await measure(page, 'Pan at 17 % (~900 notes in view)', false))
  scenarios.push(await measure(page, 'Zoom from 17 %', true))
  await setZoomSteps(page, 5) // about 33 %: some 230 notes with text
  scenarios.push(await measure(page, 'Pan at 33 % (~230 notes with text)', false))
  await setZoomSteps(page, 0)
  scenarios.push(await measure(page, 'Pan at 100 %', false))
  scenarios.push(await measure(page, 'Zoom from 100 %', true))
  await page.getByRole('button', { name: 'Alles zeigen' }).click()
  scenarios.push(await measure(page, `Pan after zoom to fit (all ${COUNT})`, false))
  scenarios.push(await dragHundred(page, layout))
  const heapAfter = await heapBytes(page)
  await context.close()
  return {
    name: `${COUNT} notes`,
    fillMs,
    open,
    heapBytes: heap,
    heapAfterBytes: heapAfter,
    scenarios,
    errors,
  }
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString()
  const server = await startServer({ env: { MAX_MESSAGE_BYTES: String(8 * 1024 * 1024) } })
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS, headless: true })
  try {
    const boards = [await runNotes(browser, server)]
    const run: RenderRun = { startedAt, machine: machine(), count: COUNT, seconds: SECONDS, boards }
    const file = writeRenderReport(run, OUT)
    console.log(`\nwritten to ${file}`)
  } finally {
    await browser.close()
    await server.cleanup()
  }
}

// Exit explicitly: something the run opened (not yet identified: a socket of the stock Yjs
// client or of the browser's pipe) keeps the event loop alive after cleanup, and a benchmark
// must end by itself.
main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
