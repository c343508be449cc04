import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readElement } from '../../../shared/schema/index.ts'
import {
  IMAGE_ALT_MAX,
  IMAGE_MAX_SIDE,
  IMAGE_MIN_SIDE,
  fitImageSize,
} from '../../../shared/schema/image.ts'

function imageMap(entries: Record<string, unknown>): Y.Map<unknown> {
  const doc = new Y.Doc()
  const map = doc.getMap<Y.Map<unknown>>('elements')
  const el = new Y.Map<unknown>()
  map.set('i', el)
  const base = { type: 'image', x: 10, y: 20, w: 300, h: 200, z: 'a0', asset: 'ef'.repeat(32) }
  for (const [key, value] of Object.entries({ ...base, ...entries })) el.set(key, value)
  return el
}

describe('reading an image element', () => {
  it('reads every key', () => {
    const el = readElement(
      'i',
      imageMap({ mime: 'image/webp', width: 1200, height: 800, alt: 'Karte' }),
    )
    expect(el).toEqual({
      id: 'i',
      type: 'image',
      kind: 'image',
      x: 10,
      y: 20,
      w: 300,
      h: 200,
      z: 'a0',
      asset: 'ef'.repeat(32),
      mime: 'image/webp',
      width: 1200,
      height: 800,
      alt: 'Karte',
    })
  })

  it('falls back for optional keys that are missing or malformed', () => {
    const el = readElement('i', imageMap({ mime: 'image/svg+xml', width: -3, alt: 42 }))
    expect(el).toMatchObject({ kind: 'image', mime: null, width: 300, height: 200, alt: '' })
    const long = readElement('i', imageMap({ alt: 'a'.repeat(IMAGE_ALT_MAX * 2) }))
    expect(long.kind === 'image' && long.alt.length).toBe(IMAGE_ALT_MAX)
  })

  it('is a placeholder, keeping its bounds, when the asset is not a hash', () => {
    for (const asset of [undefined, '', '../../etc/passwd', 'EF'.repeat(32), 7]) {
      const el = readElement('i', imageMap({ asset }))
      expect(el).toMatchObject({ kind: 'unknown', type: 'image', x: 10, y: 20, w: 300, h: 200 })
    }
  })
})

describe('fitImageSize', () => {
  it('scales a large picture so its longer side fits, keeping the aspect ratio', () => {
    expect(fitImageSize(4000, 2000)).toEqual({ w: IMAGE_MAX_SIDE, h: IMAGE_MAX_SIDE / 2 })
    expect(fitImageSize(1000, 4000)).toEqual({ w: IMAGE_MAX_SIDE / 4, h: IMAGE_MAX_SIDE })
  })

  it('keeps a picture of moderate size at its natural size', () => {
    expect(fitImageSize(320, 240)).toEqual({ w: 320, h: 240 })
  })

  it('enlarges a tiny picture to stay grabbable, but never past the longest side', () => {
    expect(fitImageSize(1, 1)).toEqual({ w: IMAGE_MIN_SIDE, h: IMAGE_MIN_SIDE })
    expect(fitImageSize(3, 2)).toEqual({ w: 36, h: IMAGE_MIN_SIDE })
    const banner = fitImageSize(10_000, 10)
    expect(banner.w).toBe(IMAGE_MAX_SIDE)
    expect(banner.h).toBeGreaterThanOrEqual(1)
  })

  it('survives nonsense sizes', () => {
    const size = fitImageSize(Number.NaN, 0)
    expect(size.w).toBeGreaterThan(0)
    expect(size.h).toBeGreaterThan(0)
  })
})
