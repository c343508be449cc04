import { expect, test, type Browser, type CDPSession, type Page } from '@playwright/test'
import {
  addNoteByDoubleClick,
  canvas,
  createBoard,
  expectNoteAt,
  listView,
  newPerson,
  noteEditor,
  noteTexts,
  pageErrors,
  rememberName,
  shareLinks,
  useServer,
  waitConnected,
  closeListView,
} from './journey.ts'

// Herr Krause joins from a tablet: two fingers pan and pinch the board, one finger moves a note
// and draws with the pen, a double tap makes a note. Frau Yilmaz at her laptop sees it all.

const server = useServer()

interface Camera {
  x: number
  y: number
  zoom: number
}
type Point = { x: number; y: number }

/** A person on a touch screen (a tablet in portrait, as Chromium emulates one). */
async function tabletPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    hasTouch: true,
    isMobile: true,
    viewport: { width: 800, height: 1100 },
    deviceScaleFactor: 1,
  })
  await rememberName(context, 'Herr Krause')
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(err.message))
  return page
}

/** The page's camera, through the editor the board exposes (client/src/lib/page/debugHandle.ts). */
async function cameraOf(page: Page): Promise<Camera> {
  return page.evaluate(() => {
    const handle = (
      window as unknown as { __werkraum: { editor: { session: { camera: Camera } } } }
    ).__werkraum
    const { x, y, zoom } = handle.editor.session.camera
    return { x, y, zoom }
  })
}

/** Whether the board canvas is what a finger at `p` touches (no floating control above it). */
async function canvasAt(page: Page, p: Point): Promise<boolean> {
  return page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-board-canvas') ?? false,
    p,
  )
}

/** Real touch input through CDP, in page coordinates; one call per touch state change. */
class Fingers {
  constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Fingers> {
    return new Fingers(await page.context().newCDPSession(page))
  }

  /** The time of the last touch event sent, in seconds since the epoch (CDP's clock). */
  #time = 0

  /**
   * Sends one touch state, `afterMs` after the previous one by its timestamp (never before the
   * real time). A hand's pace, whatever the machine's load: Chromium reads the fingers' speed
   * from these times, and a release it takes for a fling would swallow the next tap.
   */
  async send(
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: Point[],
    afterMs = 16,
  ): Promise<void> {
    this.#time = Math.max(Date.now() / 1000, this.#time + afterMs / 1000)
    await this.cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
      timestamp: this.#time,
    })
  }

  /** One finger from `from` to `to` in `steps` moves. */
  async drag(from: Point, to: Point, steps = 8): Promise<void> {
    await this.send('touchStart', [from])
    for (let i = 1; i <= steps; i++) {
      const t = i / steps
      await this.send('touchMove', [
        { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t },
      ])
    }
    await this.rest([to])
    await this.send('touchEnd', [])
  }

  /** Two fingers, each moving from its start to its end point together. */
  async twoFingers(a0: Point, b0: Point, a1: Point, b1: Point, steps = 8): Promise<void> {
    await this.send('touchStart', [a0])
    await this.send('touchStart', [a0, b0])
    for (let i = 1; i <= steps; i++) {
      const t = i / steps
      const lerp = (p: Point, q: Point): Point => ({
        x: p.x + (q.x - p.x) * t,
        y: p.y + (q.y - p.y) * t,
      })
      await this.send('touchMove', [lerp(a0, a1), lerp(b0, b1)])
    }
    await this.rest([a1, b1])
    await this.send('touchEnd', [a1])
    await this.send('touchEnd', [])
  }

  /**
   * The fingers come to rest before they lift, as a hand placing something does: a last,
   * tiny move a tenth of a second later. Lifted while still moving, Chromium reads a fling,
   * and the tap that would stop it (the next tap on a tool) is swallowed.
   */
  private async rest(points: Point[]): Promise<void> {
    await this.send(
      'touchMove',
      points.map((p) => ({ x: p.x + 0.25, y: p.y })),
      100,
    )
  }

  async tap(p: Point): Promise<void> {
    await this.send('touchStart', [p])
    await this.send('touchEnd', [])
  }
}

test('on a tablet: pinch, two-finger pan, one-finger move and pen, double tap; seen at a laptop', async ({
  browser,
}) => {
  const yilmaz = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createBoard(yilmaz, server.url, 'Digitales Ökosystem')
  await addNoteByDoubleClick(yilmaz, 'Stadtwerke', { x: 400, y: 300 })
  const { edit } = await shareLinks(yilmaz)
  await yilmaz.keyboard.press('Escape')

  const krause = await tabletPerson(browser)
  await krause.goto(edit)
  await waitConnected(krause)
  await expect(await noteTexts(krause)).toHaveText(['Stadtwerke'])
  await closeListView(krause)
  const box = (await canvas(krause).boundingBox())!
  const fingers = await Fingers.on(krause)
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 }

  // Pinch: the fingers move apart to twice their distance, the board zooms in twice as far.
  const before = await cameraOf(krause)
  await fingers.twoFingers(
    { x: middle.x - 50, y: middle.y },
    { x: middle.x + 50, y: middle.y },
    { x: middle.x - 100, y: middle.y },
    { x: middle.x + 100, y: middle.y },
  )
  await expect.poll(async () => (await cameraOf(krause)).zoom).toBeCloseTo(before.zoom * 2, 1)
  const percent = `${Math.round(before.zoom * 200)} %`
  await expect(krause.getByRole('button', { name: new RegExp(`Zoom ${percent}`) })).toBeVisible()

  // Two fingers moving together pan the view by as much, at the same zoom.
  const pinched = await cameraOf(krause)
  await fingers.twoFingers(
    { x: middle.x - 60, y: middle.y },
    { x: middle.x + 60, y: middle.y },
    { x: middle.x - 60 + 120, y: middle.y + 80 },
    { x: middle.x + 60 + 120, y: middle.y + 80 },
  )
  await expect
    .poll(async () => (await cameraOf(krause)).x)
    .toBeCloseTo(pinched.x - 120 / pinched.zoom, 0)
  const panned = await cameraOf(krause)
  expect(panned.y).toBeCloseTo(pinched.y - 80 / pinched.zoom, 0)
  expect(panned.zoom).toBeCloseTo(pinched.zoom, 5)

  // One finger on the note moves it; Frau Yilmaz sees it where he put it.
  const note = await krause.evaluate(() => {
    const { editor } = (
      window as unknown as {
        __werkraum: {
          editor: { board: { elements: readonly { x: number; y: number; w: number; h: number }[] } }
        }
      }
    ).__werkraum
    const el = editor.board.elements[0]!
    return { x: el.x, y: el.y, w: el.w, h: el.h }
  })
  const onScreen = (p: Point, c: Camera): Point => ({
    x: box.x + (p.x - c.x) * c.zoom,
    y: box.y + (p.y - c.y) * c.zoom,
  })
  const grab = onScreen({ x: note.x + note.w / 2, y: note.y + note.h / 2 }, panned)
  const shift = { x: 160 / panned.zoom, y: 120 / panned.zoom }
  await fingers.drag(grab, { x: grab.x + 160, y: grab.y + 120 })
  const laptop = await cameraOf(yilmaz)
  const moved = { x: note.x + note.w / 2 + shift.x, y: note.y + note.h / 2 + shift.y }
  await expect
    .poll(async () => {
      const el = await yilmaz.evaluate(() => {
        const { editor } = (
          window as unknown as {
            __werkraum: { editor: { board: { elements: readonly { x: number; y: number }[] } } }
          }
        ).__werkraum
        return editor.board.elements[0]
      })
      return el ? Math.hypot(el.x - (note.x + shift.x), el.y - (note.y + shift.y)) : Infinity
    })
    .toBeLessThan(25) // snapping to the 20-unit grid
  await expectNoteAt(
    yilmaz,
    (moved.x - laptop.x) * laptop.zoom,
    (moved.y - laptop.y) * laptop.zoom,
    'Stadtwerke',
  )

  // The pen: one finger draws a stroke on empty canvas; it is in her list.
  const pen = krause.getByRole('group', { name: 'Werkzeug' }).getByRole('button', { name: 'Stift' })
  await pen.tap()
  await expect(pen).toHaveAttribute('aria-pressed', 'true')
  const empty = { x: box.x + 400, y: box.y + box.height * 0.75 }
  expect(await canvasAt(krause, empty)).toBe(true)
  await fingers.drag(empty, { x: empty.x + 150, y: empty.y - 40 }, 12)
  await expect(
    (await listView(yilmaz)).getByRole('button', { name: 'Freihandzeichnung', exact: true }),
  ).toBeVisible()

  // A double tap on empty canvas makes a note, as a double-click does.
  const select = krause
    .getByRole('group', { name: 'Werkzeug' })
    .getByRole('button', { name: 'Auswählen' })
  await select.tap()
  await expect(select).toHaveAttribute('aria-pressed', 'true')
  const spot = { x: box.x + 420, y: box.y + box.height * 0.4 }
  expect(await canvasAt(krause, spot)).toBe(true)
  await fingers.tap(spot)
  await fingers.tap(spot)
  await expect(noteEditor(krause)).toBeFocused()
  await krause.keyboard.type('Feuerwehr')
  await krause.keyboard.press('Escape')
  await expect((await noteTexts(yilmaz)).filter({ hasText: 'Feuerwehr' })).toHaveCount(1)
})
