import { expect, test, type Page } from '@playwright/test'
import type { Picture } from '../../shared/picture/primitives.ts'
import { openPictureHarness, type HarnessWindow } from './pictureHarness.ts'

// The browser's PNG export: a picture drawn by the screen's Canvas 2D backend into a PNG, read
// back by decoding the PNG in the same browser.

/** A decoded PNG: its size and a reader of one pixel's RGBA. */
interface Decoded {
  width: number
  height: number
  type: string
  pixels: Uint8ClampedArray
}

/** Makes the PNG in the page, decodes it there and returns its size, type and RGBA bytes. */
async function png(
  page: Page,
  picture: Picture,
  options: { scale: 1 | 2 | 3; background: 'white' | 'transparent'; images?: string[] },
): Promise<Decoded> {
  return page.evaluate(
    async ({ picture, options }) => {
      const { pictureToPng } = (window as unknown as HarnessWindow).werkraumPicture
      // Images the test offers: a 2 × 2 pure green bitmap under each given hash.
      const green = new OffscreenCanvas(2, 2)
      const gctx = green.getContext('2d')!
      gctx.fillStyle = '#00ff00'
      gctx.fillRect(0, 0, 2, 2)
      const blob = await pictureToPng(picture, {
        scale: options.scale,
        background: options.background,
        loadImage: async (hash) => ((options.images ?? []).includes(hash) ? green : null),
      })
      const bitmap = await createImageBitmap(blob)
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(bitmap, 0, 0)
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data
      return { width: bitmap.width, height: bitmap.height, type: blob.type, pixels: data }
    },
    { picture, options },
  )
}

function pixel(d: Decoded, x: number, y: number): number[] {
  const i = (y * d.width + x) * 4
  return [...d.pixels.slice(i, i + 4)]
}

/** Pixels in the box whose colour is within `delta` of `rgb` on every channel. */
function countNear(
  d: Decoded,
  rgb: readonly number[],
  box = { x: 0, y: 0, w: d.width, h: d.height },
  delta = 24,
): number {
  let n = 0
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const [r, g, b, a] = pixel(d, x, y)
      if (a! > 200 && [r, g, b].every((c, i) => Math.abs(c! - rgb[i]!) <= delta)) n++
    }
  }
  return n
}

test.beforeEach(async ({ page }) => {
  await openPictureHarness(page)
})

const SHAPES: Picture = {
  bounds: { x: 100, y: 50, w: 100, h: 50 },
  items: [
    { kind: 'rect', x: 110, y: 60, w: 30, h: 20, fill: '#c0392b' },
    {
      kind: 'path',
      // A square with a square hole: even-odd leaves the middle empty.
      commands: [
        { op: 'move', x: 150, y: 55 },
        { op: 'line', x: 190, y: 55 },
        { op: 'line', x: 190, y: 95 },
        { op: 'line', x: 150, y: 95 },
        { op: 'close' },
        { op: 'move', x: 160, y: 65 },
        { op: 'line', x: 180, y: 65 },
        { op: 'line', x: 180, y: 85 },
        { op: 'line', x: 160, y: 85 },
        { op: 'close' },
      ],
      fill: '#1b4fa0',
      fillRule: 'evenodd',
    },
  ],
}

test('a picture becomes a PNG at 1×, 2× and 3×, on white or transparent', async ({ page }) => {
  for (const scale of [1, 2, 3] as const) {
    const white = await png(page, SHAPES, { scale, background: 'white' })
    expect(white.type).toBe('image/png')
    expect([white.width, white.height]).toEqual([100 * scale, 50 * scale])
    // The board's (125, 70) is inside the red rectangle; (105, 55) is background.
    expect(pixel(white, 25 * scale, 20 * scale)).toEqual([0xc0, 0x39, 0x2b, 255])
    expect(pixel(white, 5 * scale, 5 * scale)).toEqual([255, 255, 255, 255])
    // The blue square's ring is filled, its hole is not.
    expect(pixel(white, 52 * scale, 10 * scale)).toEqual([0x1b, 0x4f, 0xa0, 255])
    expect(pixel(white, 70 * scale, 25 * scale)).toEqual([255, 255, 255, 255])
    // The red rectangle covers 30 × 20 board units: scale² as many pixels.
    expect(countNear(white, [0xc0, 0x39, 0x2b], undefined, 2)).toBe(600 * scale * scale)
  }
  const clear = await png(page, SHAPES, { scale: 2, background: 'transparent' })
  expect(pixel(clear, 10, 10)[3]).toBe(0)
  expect(pixel(clear, 140, 50)[3]).toBe(0)
  expect(pixel(clear, 50, 40)).toEqual([0xc0, 0x39, 0x2b, 255])
})

test('text is drawn in Source Sans 3 at its laid-out baseline', async ({ page }) => {
  const text = 'Größe „Übergänge“ ẞ'
  const size = 40
  const picture: Picture = {
    bounds: { x: 0, y: 0, w: 400, h: 80 },
    items: [
      {
        kind: 'text',
        lines: [{ text, x: 10, y: 50 }],
        fontSize: size,
        weight: 600,
        fill: '#1a1a1a',
        anchor: 'start',
      },
    ],
  }
  const d = await png(page, picture, { scale: 1, background: 'white' })
  // Ink columns and rows: where dark pixels are.
  let [left, right, top, bottom] = [Infinity, -1, Infinity, -1]
  for (let y = 0; y < d.height; y++) {
    for (let x = 0; x < d.width; x++) {
      if (pixel(d, x, y)[0]! > 128) continue
      left = Math.min(left, x)
      right = Math.max(right, x)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y)
    }
  }
  // The advance width in the app font, and in the browser's fallback, for comparison.
  const widths = await page.evaluate(
    ({ text, size }) => {
      const ctx = new OffscreenCanvas(1, 1).getContext('2d')!
      const measure = (font: string): number => {
        ctx.font = font
        return ctx.measureText(text).width
      }
      return {
        app: measure(`600 ${size}px "Source Sans 3"`),
        fallback: measure(`600 ${size}px sans-serif`),
      }
    },
    { text, size },
  )
  expect(Math.abs(widths.app - widths.fallback)).toBeGreaterThan(8)
  // Ink spans the advance width less the side bearings (a few pixels).
  expect(Math.abs(right - left + 1 - widths.app)).toBeLessThan(6)
  expect(left).toBeGreaterThanOrEqual(10)
  expect(left).toBeLessThan(14)
  // Umlaut dots and capitals reach well above the baseline, descenders barely below it.
  expect(top).toBeLessThan(50 - size * 0.75)
  expect(bottom).toBeLessThanOrEqual(50 + size * 0.25)
})

test('groups clip and fade, images are drawn, a missing image is named', async ({ page }) => {
  const picture: Picture = {
    bounds: { x: 0, y: 0, w: 300, h: 200 },
    items: [
      {
        kind: 'group',
        clip: { x: 0, y: 0, w: 50, h: 100 },
        children: [{ kind: 'rect', x: 0, y: 0, w: 100, h: 100, fill: '#000000' }],
      },
      {
        kind: 'group',
        opacity: 0.5,
        children: [{ kind: 'rect', x: 100, y: 0, w: 50, h: 50, fill: '#000000' }],
      },
      { kind: 'image', hash: 'a'.repeat(64), x: 200, y: 0, w: 40, h: 40, alt: '' },
      { kind: 'image', hash: 'b'.repeat(64), x: 0, y: 100, w: 300, h: 100, alt: 'Lageplan' },
    ],
    missingImages: ['b'.repeat(64)],
  }
  const d = await png(page, picture, { scale: 1, background: 'white', images: ['a'.repeat(64)] })
  expect(pixel(d, 25, 50)).toEqual([0, 0, 0, 255])
  expect(pixel(d, 75, 50)).toEqual([255, 255, 255, 255])
  const half = pixel(d, 125, 25)
  expect(half[0]).toBeGreaterThan(120)
  expect(half[0]).toBeLessThan(135)
  expect(pixel(d, 220, 20)).toEqual([0, 255, 0, 255])
  // The missing one: the grey box every output draws, crossed out, named in dark words.
  expect(countNear(d, [0xec, 0xec, 0xe8], { x: 0, y: 100, w: 300, h: 100 }, 2)).toBeGreaterThan(
    20_000,
  )
  expect(countNear(d, [0x4a, 0x4a, 0x4a], { x: 0, y: 130, w: 300, h: 40 }, 40)).toBeGreaterThan(50)
})

test('a picture too large for the scale is refused with the largest scale that fits', async ({
  page,
}) => {
  const refusal = await page.evaluate(async () => {
    const { pictureToPng, PictureTooLargeError } = (window as unknown as HarnessWindow)
      .werkraumPicture
    const picture = { bounds: { x: 0, y: 0, w: 6000, h: 5000 }, items: [] }
    try {
      await pictureToPng(picture, { scale: 3, background: 'white' })
      return null
    } catch (err) {
      return err instanceof PictureTooLargeError
        ? { maxScale: err.maxScale, width: err.width }
        : String(err)
    }
  })
  expect(refusal).toEqual({ maxScale: 1, width: 18_000 })
})
