import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { SVG_WITH_SCRIPT, pngBytes } from '../helpers/images.ts'
import {
  canvas,
  createBoard,
  insertFromMenu,
  listView,
  newPerson,
  pageErrors,
  rememberName,
  shareLinks,
} from './journey.ts'

// Images: a facilitator puts a picture on the board through the file picker; a participant and
// someone with the view link see it in the list view (by its alt text) and on the canvas.
test.describe.configure({ mode: 'serial' })

const RED = [0xc0, 0x39, 0x2b] as const
const BLUE = [0x1f, 0x5f, 0xbf] as const
const GREEN = [0x2e, 0x8b, 0x57] as const
const ORANGE = [0xe6, 0x7e, 0x22] as const

let server: RunningServer
let facilitator: Page
let participant: Page
let links = { edit: '', view: '', facilitate: '' }

test.beforeAll(async () => {
  server = await startServer()
})

test.afterAll(async () => {
  await server?.cleanup()
})

test.afterEach(() => {
  expect(pageErrors).toEqual([])
})

/** Chooses files in the file picker the tool bar's "Einfügen" › "Bild einfügen" opens. */
async function pickFiles(
  page: Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await insertFromMenu(page, 'Bild einfügen')
  await (await chooser).setFiles(files)
}

/** The list view's entries for images, by what they say. */
async function imageEntries(page: Page) {
  return (await listView(page)).getByTestId('image-alt')
}

/**
 * How many canvas pixels show the given colour, and the box they fill (canvas pixels). Read
 * from the canvas itself: the image is same-origin, so the canvas is not tainted.
 */
function colourOnCanvas(
  page: Page,
  rgb: readonly number[],
): Promise<{ count: number; w: number; h: number }> {
  return page.evaluate((rgb) => {
    const el = document.querySelector<HTMLCanvasElement>('canvas[data-board-canvas]')!
    const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data
    let count = 0
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -1, -1]
    for (let i = 0; i < data.length; i += 4) {
      const near =
        Math.abs(data[i]! - rgb[0]!) < 8 &&
        Math.abs(data[i + 1]! - rgb[1]!) < 8 &&
        Math.abs(data[i + 2]! - rgb[2]!) < 8
      if (!near) continue
      count++
      const x = (i / 4) % el.width
      const y = Math.floor(i / 4 / el.width)
      minX = Math.min(minX, x)
      maxX = Math.max(maxX, x)
      minY = Math.min(minY, y)
      maxY = Math.max(maxY, y)
    }
    return { count, w: maxX - minX + 1, h: maxY - minY + 1 }
  }, rgb)
}

/** The colour of the canvas at a point (CSS pixels from its top-left corner). */
function pixelAt(page: Page, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    ({ x, y }) => {
      const el = document.querySelector<HTMLCanvasElement>('canvas[data-board-canvas]')!
      const scale = el.width / el.getBoundingClientRect().width
      const d = el
        .getContext('2d')!
        .getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1)
      return [d.data[0]!, d.data[1]!, d.data[2]!]
    },
    { x, y },
  )
}

/** Brings the image into view from the list view and waits until its pixels are drawn. */
async function expectImageDrawn(page: Page, alt: string, rgb: readonly number[]): Promise<void> {
  await (await listView(page)).getByRole('button', { name: alt, exact: true }).click()
  await expect
    .poll(async () => (await colourOnCanvas(page, rgb)).count, { timeout: 10_000 })
    .toBeGreaterThan(10_000)
  const { w, h } = await colourOnCanvas(page, rgb)
  // The picture is 4:3 and keeps its aspect ratio on the board.
  expect(w / h).toBeCloseTo(4 / 3, 1)
}

test('a facilitator picks a PNG; a participant sees it in the list and on the canvas', async ({
  browser,
}) => {
  facilitator = await newPerson(browser)
  await createBoard(facilitator, server.url, 'Ortsbegehung')
  links = await shareLinks(facilitator)
  participant = await newPerson(browser)
  await participant.goto(links.edit)
  await expect(canvas(participant)).toBeVisible()

  await pickFiles(facilitator, [
    { name: 'Marktplatz.png', mimeType: 'image/png', buffer: pngBytes(400, 300, [...RED]) },
  ])
  await expect(facilitator.getByRole('status').filter({ hasText: 'Bild eingefügt.' })).toHaveCount(
    1,
  )
  await expect(await imageEntries(facilitator)).toHaveText(['Bild: Marktplatz'])
  await expect(await imageEntries(participant)).toHaveText(['Bild: Marktplatz'])
  await expectImageDrawn(participant, 'Bild: Marktplatz', RED)
})

test('the alt text is edited in the list view and the other person reads the new one', async () => {
  const list = await listView(facilitator)
  await list.getByRole('button', { name: 'Beschreibung von „Bild: Marktplatz“ bearbeiten' }).click()
  const field = list.getByRole('textbox', { name: 'Beschreibung des Bildes (Alternativtext)' })
  await expect(field).toBeFocused()
  await field.fill('Marktplatz mit Brunnen, von Süden')
  await field.press('Enter')
  await expect(await imageEntries(participant)).toHaveText([
    'Bild: Marktplatz mit Brunnen, von Süden',
  ])
})

test('someone with the view link sees the image too, and no address the browser asks carries the token', async ({
  browser,
}) => {
  const viewer = await newPerson(browser)
  const asked: string[] = []
  viewer.on('request', (request) => asked.push(request.url()))
  await viewer.goto(links.view)
  await expect(await imageEntries(viewer)).toHaveText(['Bild: Marktplatz mit Brunnen, von Süden'])
  await expectImageDrawn(viewer, 'Bild: Marktplatz mit Brunnen, von Süden', RED)
  // The image came with the token in a header; proxies log addresses, never headers.
  const token = new URL(links.view).hash.slice(1)
  expect(token.length).toBeGreaterThan(10)
  expect(asked.some((url) => url.includes('/assets/'))).toBe(true)
  expect(asked.filter((url) => url.includes(token) || url.includes('token='))).toEqual([])
  await expect(viewer.getByRole('button', { name: 'Einfügen', exact: true })).toHaveCount(0)
  await viewer.context().close()
})

test('an SVG is refused with a message, whether it says it is SVG or pretends to be PNG', async () => {
  const alert = facilitator.getByRole('alert')
  await pickFiles(facilitator, [
    { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: SVG_WITH_SCRIPT },
  ])
  await expect(alert).toContainText('„logo.svg“ wurde nicht eingefügt')
  await expect(alert).toContainText('PNG, JPEG, WebP oder GIF')
  await alert.getByRole('button', { name: 'Meldung schließen' }).click()
  await expect(alert).toBeEmpty()

  // The browser believes the name; the server checks the bytes.
  await pickFiles(facilitator, [
    { name: 'logo.png', mimeType: 'image/png', buffer: SVG_WITH_SCRIPT },
  ])
  await expect(alert).toContainText('„logo.png“ wurde nicht eingefügt')
  await expect(await imageEntries(participant)).toHaveCount(1)

  // The message, the image's list entry and its alt text field pass axe (WCAG 2.1 AA).
  const list = await listView(facilitator)
  await list.getByRole('button', { name: /^Beschreibung von/ }).click()
  const results = await new AxeBuilder({ page: facilitator })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await list.getByRole('button', { name: 'Fertig' }).click()
})

test('an image pasted or dropped onto the board is placed too', async () => {
  const png = [...pngBytes(80, 60, [...BLUE])]
  // A screenshot on the clipboard, pasted with the board focused.
  await canvas(facilitator).focus()
  await facilitator.evaluate((bytes) => {
    const data = new DataTransfer()
    data.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }))
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, png)
  await expect(await imageEntries(participant)).toHaveText([
    'Bild: Marktplatz mit Brunnen, von Süden',
    'Bild ohne Beschreibung',
  ])

  // A file dragged from the desktop onto the canvas lands where it was dropped.
  const green = [...pngBytes(80, 60, [...GREEN])]
  await facilitator.evaluate((bytes) => {
    const el = document.querySelector('canvas[data-board-canvas]')!
    const r = el.getBoundingClientRect()
    const data = new DataTransfer()
    data.items.add(new File([new Uint8Array(bytes)], 'Plan_B.png', { type: 'image/png' }))
    const at = { clientX: r.left + 200, clientY: r.top + 200, bubbles: true, cancelable: true }
    el.dispatchEvent(new DragEvent('dragover', { ...at, dataTransfer: data }))
    el.dispatchEvent(new DragEvent('drop', { ...at, dataTransfer: data }))
  }, green)
  // The list reads top to bottom: the one dropped near the view's top left comes first.
  await expect(await imageEntries(participant)).toHaveText([
    'Bild: Plan B',
    'Bild: Marktplatz mit Brunnen, von Süden',
    'Bild ohne Beschreibung',
  ])
  await expect.poll(() => pixelAt(facilitator, 200, 200), { timeout: 10_000 }).toEqual([...GREEN])

  // Deleting it from the list view is announced and reaches the other person.
  const list = await listView(facilitator)
  await list.getByRole('button', { name: '„Bild: Plan B“ löschen' }).click()
  await expect(list.getByRole('status')).toHaveText('Element gelöscht.')
  await expect(await imageEntries(participant)).toHaveCount(2)
})

test('an image copied into another board in another tab shows there too', async ({ browser }) => {
  const context = await browser.newContext({
    locale: 'de-DE',
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  await rememberName(context)
  const source = await context.newPage()
  source.on('pageerror', (err) => pageErrors.push(err.message))
  await createBoard(source, server.url, 'Quelle')
  await pickFiles(source, [
    { name: 'Ortsplan.png', mimeType: 'image/png', buffer: pngBytes(200, 150, [...ORANGE]) },
  ])
  await (
    await listView(source)
  )
    .getByRole('button', { name: 'Bild: Ortsplan', exact: true })
    .click()
  await canvas(source).focus()
  await source.keyboard.press('Control+c')

  const target = await context.newPage()
  target.on('pageerror', (err) => pageErrors.push(err.message))
  await createBoard(target, server.url, 'Ziel')
  await canvas(target).click({ position: { x: 500, y: 300 } })
  await target.keyboard.press('Control+v')
  await expect(await imageEntries(target)).toHaveText(['Bild: Ortsplan'])
  await expectImageDrawn(target, 'Bild: Ortsplan', ORANGE)
  await context.close()
})
