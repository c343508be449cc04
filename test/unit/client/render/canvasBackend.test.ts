import { describe, expect, test } from 'vitest'
import {
  drawPrimitives,
  HAIRLINE_PIXELS,
  type CanvasBackendOptions,
} from '../../../../client/src/lib/render/canvasBackend.ts'
import type { ImageSource, ImageState } from '../../../../client/src/lib/render/imageCache.ts'
import { IMAGE_LOD_ZOOM } from '../../../../client/src/lib/render/imagePlaceholder.ts'
import { missingImageBox } from '../../../../shared/picture/missingImages.ts'
import type { ImagePrimitive, Primitive } from '../../../../shared/picture/primitives.ts'
import { PICTURE_WORDS } from '../../../../shared/picture/wording.ts'
import { recordingContext } from './fixtures.ts'

// What the backend asks of the canvas, recorded. The pixels themselves are checked in the
// browser (test/e2e/pictureToPng.spec.ts, test/e2e/exportLooksLikeScreen.spec.ts).

function draw(items: Primitive[], o: CanvasBackendOptions): string[] {
  const { ctx, calls } = recordingContext(true)
  drawPrimitives(ctx, items, o)
  return calls
}

const image: ImagePrimitive = {
  kind: 'image',
  hash: 'ab'.repeat(32),
  x: 10,
  y: 20,
  w: 300,
  h: 200,
  alt: 'Karte',
}

function source(state: ImageState): ImageSource & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    get(hash) {
      asked.push(hash)
      return state
    },
  }
}

const bitmap = { marker: 'bitmap' } as unknown as CanvasImageSource

describe('lines', () => {
  const outline: Primitive = {
    kind: 'rect',
    x: 0,
    y: 0,
    w: 10,
    h: 10,
    stroke: { paint: '#767676', width: 1.5, dash: [8, 5], cap: 'round', join: 'bevel' },
  }

  test('an export draws the widths, dashes, caps and joins as described', () => {
    const calls = draw([outline], { zoom: 0.1 })
    expect(calls).toContain('lineWidth=1.5')
    expect(calls).toContain('setLineDash:8,5')
    expect(calls).toContain('lineCap=round')
    expect(calls).toContain('lineJoin=bevel')
  })

  test('the screen keeps a line at least a pixel wide when zoomed out', () => {
    const calls = draw([outline], { zoom: 0.1, screen: true })
    expect(calls).toContain(`lineWidth=${HAIRLINE_PIXELS / 0.1}`)
    expect(draw([outline], { zoom: 2, screen: true })).toContain('lineWidth=1.5')
  })
})

describe('text', () => {
  const words: Primitive = {
    kind: 'text',
    lines: [
      { text: 'Größe', x: 5, y: 20 },
      { text: 'Maß', x: 5, y: 40 },
    ],
    fontSize: 16,
    weight: 600,
    fill: '#1a1a1a',
    anchor: 'end',
  }

  test('lines at their baselines in Source Sans 3, in the weight and anchor described', () => {
    const calls = draw([words], { zoom: 1 })
    expect(calls).toContain('font=600 16px "Source Sans 3"')
    expect(calls).toContain('textAlign=right')
    expect(calls).toContain('textBaseline=alphabetic')
    expect(calls.filter((c) => c.startsWith('fillText'))).toEqual([
      'fillText:Größe',
      'fillText:Maß',
    ])
  })

  test('the screen leaves out text smaller than a few pixels; an export never does', () => {
    expect(draw([words], { zoom: 0.2, screen: true }).some((c) => c.startsWith('fillText'))).toBe(
      false,
    )
    expect(draw([words], { zoom: 0.2 }).some((c) => c.startsWith('fillText'))).toBe(true)
  })
})

describe('groups', () => {
  test('clip and opacity inside save and restore; a plain group costs neither', () => {
    const child: Primitive = { kind: 'rect', x: 0, y: 0, w: 5, h: 5, fill: '#000000' }
    const clipped = draw(
      [{ kind: 'group', clip: { x: 0, y: 0, w: 2, h: 2 }, opacity: 0.5, children: [child] }],
      { zoom: 1 },
    )
    expect(clipped[0]).toBe('save:undefined')
    expect(clipped).toContain('clip:undefined')
    expect(clipped.at(-1)).toBe('restore:undefined')
    const plain = draw([{ kind: 'group', children: [child] }], { zoom: 1 })
    expect(plain).toEqual(['fillStyle=#000000', 'fillRect:0'])
  })

  test('skip leaves out what the caller says (the screen: shadows when zoomed out)', () => {
    const shadow: Primitive = { kind: 'rect', x: 1, y: 3, w: 5, h: 5, fill: '#000', shadow: true }
    const calls = draw([shadow], { zoom: 1, skip: (p) => p.kind === 'rect' && p.shadow === true })
    expect(calls).toEqual([])
  })
})

describe('images', () => {
  test('the loaded picture is drawn into its box', () => {
    const calls = draw([image], { zoom: 1, images: source({ status: 'ready', image: bitmap }) })
    expect(calls).toEqual(['drawImage:[object Object]'])
  })

  test('a placeholder while loading; the box that names it when it cannot be loaded', () => {
    const loading = draw([image], { zoom: 1, images: source({ status: 'loading' }) })
    expect(loading).not.toContain('drawImage:[object Object]')
    expect(loading).toContain('fillRect:10')
    const named = (p: ImagePrimitive): Primitive => missingImageBox(p, PICTURE_WORDS.de)
    const failed = draw([image], {
      zoom: 1,
      images: source({ status: 'failed' }),
      missingImage: named,
    })
    expect(failed).toContain('fillText:Bild fehlt: Karte')
    // Without any image source (an export without the bytes) it is missing as well.
    expect(draw([image], { zoom: 1, missingImage: named })).toContain('fillText:Bild fehlt: Karte')
    // Without the shared box: still crossed out, never blank.
    const crossed = draw([image], { zoom: 1, images: source({ status: 'failed' }) })
    const lines = (calls: string[]): number => calls.filter((c) => c.startsWith('lineTo')).length
    expect(lines(crossed)).toBeGreaterThan(lines(loading))
  })

  test('zoomed out on screen a grey box, and the picture is not even asked for', () => {
    const images = source({ status: 'ready', image: bitmap })
    const calls = draw([image], { zoom: IMAGE_LOD_ZOOM / 2, images, screen: true })
    expect(calls).toEqual(['fillStyle=#dcdcd6', 'fillRect:10'])
    expect(images.asked).toEqual([])
  })
})
