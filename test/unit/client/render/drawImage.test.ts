import { describe, expect, test } from 'vitest'
import { drawImage, IMAGE_LOD_ZOOM } from '../../../../client/src/lib/render/drawImage.ts'
import type { ImageSource, ImageState } from '../../../../client/src/lib/render/imageCache.ts'
import { drawElement, type DrawContext } from '../../../../client/src/lib/render/drawElements.ts'
import { TextLayoutCache } from '../../../../client/src/lib/render/textLayout.ts'
import type { ImageElement } from '../../../../shared/schema/index.ts'

/** A 2D context that records the methods called, with their first argument. */
function recordingContext(): { ctx: CanvasRenderingContext2D; calls: string[] } {
  const calls: string[] = []
  const ctx = new Proxy(
    {},
    {
      get:
        (_t, prop) =>
        (...args: unknown[]) =>
          calls.push(`${String(prop)}:${String(args[0])}`),
      set: () => true,
    },
  ) as CanvasRenderingContext2D
  return { ctx, calls }
}

const image: ImageElement = {
  id: 'i',
  kind: 'image',
  type: 'image',
  x: 10,
  y: 20,
  w: 300,
  h: 200,
  z: 'a0',
  asset: 'ab'.repeat(32),
  mime: 'image/png',
  width: 600,
  height: 400,
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

describe('drawImage', () => {
  test('draws the loaded picture into the element bounds', () => {
    const { ctx, calls } = recordingContext()
    drawImage(ctx, 1, image, source({ status: 'ready', image: bitmap }))
    expect(calls).toEqual(['drawImage:[object Object]'])
  })

  test('draws a placeholder while loading, crossed out when the load failed', () => {
    const loading = recordingContext()
    drawImage(loading.ctx, 1, image, source({ status: 'loading' }))
    expect(loading.calls).not.toContain('drawImage:[object Object]')
    expect(loading.calls).toContain('fillRect:10')
    const failed = recordingContext()
    drawImage(failed.ctx, 1, image, source({ status: 'failed' }))
    const lines = (calls: string[]): number => calls.filter((c) => c.startsWith('lineTo')).length
    expect(lines(failed.calls)).toBeGreaterThan(lines(loading.calls))
  })

  test('at low zoom is a grey box and does not even ask for the picture', () => {
    const { ctx, calls } = recordingContext()
    const images = source({ status: 'ready', image: bitmap })
    drawImage(ctx, IMAGE_LOD_ZOOM / 2, image, images)
    expect(calls).toEqual(['fillRect:10'])
    expect(images.asked).toEqual([])
  })

  test('drawElement dispatches images to it', () => {
    const { ctx, calls } = recordingContext()
    const dc: DrawContext = {
      ctx,
      zoom: 1,
      layouts: new TextLayoutCache((text, size) => text.length * size),
      unknownLabel: (type) => type,
      editingId: null,
      images: source({ status: 'ready', image: bitmap }),
    }
    drawElement(dc, image)
    expect(calls).toContain('drawImage:[object Object]')
  })
})
