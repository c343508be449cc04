import { expect, test, type Page } from '@playwright/test'
import { createBoard } from '../helpers/yclient.ts'
import { canvas, newPerson, useServer, waitConnected } from './journey.ts'

// Readable when zoomed out: at the zoom where the ecosystem map fits a laptop, the actor cards
// still show their names at a size one can read (not blank boxes with a coloured bar).

const started = useServer()
const server = {
  get url(): string {
    return started.url
  },
  get wsUrl(): string {
    return started.url.replace(/^http/, 'ws')
  },
}

/** Every fillText on any canvas of the page, with its size in screen pixels. */
async function recordTextDrawing(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn: { text: string; px: number }[] = []
    ;(globalThis as { __drawnText?: typeof drawn }).__drawnText = drawn
    const fillText = CanvasRenderingContext2D.prototype.fillText
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, maxWidth) {
      const size = Number(/([\d.]+)px/.exec(this.font)?.[1] ?? 0)
      const scale = this.getTransform().a / globalThis.devicePixelRatio
      drawn.push({ text, px: size * scale })
      return fillText.call(this, text, x, y, maxWidth)
    }
  })
}

/** A card's box on the page (CSS pixels) from the board and the camera now. */
async function cardBox(
  page: Page,
  name: string,
): Promise<{ x: number; y: number; w: number; h: number; zoom: number }> {
  return page.evaluate((wanted) => {
    const editor = (globalThis as { __werkraum?: { editor: unknown } }).__werkraum?.editor as {
      board: {
        elements: readonly {
          kind: string
          name?: string
          x: number
          y: number
          w: number
          h: number
        }[]
      }
      session: { camera: { x: number; y: number; zoom: number } }
    }
    const card = editor.board.elements.find((el) => el.kind === 'actor' && el.name === wanted)
    if (!card) throw new Error(`no card ${wanted}`)
    const { x, y, zoom } = editor.session.camera
    return {
      x: (card.x - x) * zoom,
      y: (card.y - y) * zoom,
      w: card.w * zoom,
      h: card.h * zoom,
      zoom,
    }
  }, name)
}

test('at the fit zoom of the ecosystem map, actor cards show their names at 11 px or more', async ({
  browser,
}) => {
  const board = await createBoard(server, { title: 'Ökosystem', template: 'ecosystem' })
  const page = await newPerson(browser, { name: 'Anna' })
  await page.setViewportSize({ width: 1400, height: 900 })
  await recordTextDrawing(page)
  await page.goto(`${server.url}/b/${board.id}#${board.editToken}`)
  await waitConnected(page)
  await page.getByRole('button', { name: 'Alles zeigen' }).click()

  const box = await cardBox(page, 'Bürgeramt')
  // The map fits: so far out that a card's own 18-unit title would be under 8 px.
  expect(box.zoom).toBeLessThan(0.45)
  expect(box.zoom).toBeGreaterThan(0.2)

  // The name is drawn, large enough to read.
  await expect
    .poll(() =>
      page.evaluate(() =>
        ((globalThis as { __drawnText?: { text: string; px: number }[] }).__drawnText ?? [])
          .filter((d) => d.text === 'Bürgeramt')
          .map((d) => d.px),
      ),
    )
    .toContainEqual(expect.any(Number))
  const sizes = await page.evaluate(() =>
    ((globalThis as { __drawnText?: { text: string; px: number }[] }).__drawnText ?? [])
      .filter((d) => d.text === 'Bürgeramt')
      .map((d) => d.px),
  )
  expect(Math.max(...sizes)).toBeGreaterThanOrEqual(11)

  // And its pixels are there: dark ink in the card's middle, right of the coloured stripe.
  const shot = await canvas(page).screenshot()
  const dark = await page.evaluate(
    async ({ png, area }) => {
      const image = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }))
      const c = new OffscreenCanvas(image.width, image.height)
      const ctx = c.getContext('2d')!
      ctx.drawImage(image, 0, 0)
      const data = ctx.getImageData(area.x, area.y, area.w, area.h).data
      let count = 0
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! + data[i + 1]! + data[i + 2]! < 200) count++
      }
      return count
    },
    {
      png: [...shot],
      area: {
        x: Math.round(box.x + box.w * 0.12),
        y: Math.round(box.y + box.h * 0.25),
        w: Math.round(box.w * 0.8),
        h: Math.round(box.h * 0.5),
      },
    },
  )
  // A blank card has none; the glyphs of an 11 px semibold word, anti-aliased, some 95.
  expect(dark).toBeGreaterThan(40)
})
