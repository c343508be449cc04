import { describe, expect, test } from 'vitest'
import { ImageCache, type LoadableImage } from '../../../../client/src/lib/render/imageCache.ts'

function fakeImages() {
  const made: LoadableImage[] = []
  const create = (): LoadableImage => {
    const image: LoadableImage = { src: '', decoding: 'auto', onload: null, onerror: null }
    made.push(image)
    return image
  }
  const settle = (image: LoadableImage, ok: boolean): void => {
    if (ok) image.onload?.call(globalThis as unknown as GlobalEventHandlers, new Event('load'))
    else (image.onerror as ((e: Event) => void) | null)?.(new Event('error'))
  }
  return { made, create, settle }
}

describe('ImageCache', () => {
  test('loads each hash once from its URL and is ready after the load', () => {
    const { made, create, settle } = fakeImages()
    let redraws = 0
    const cache = new ImageCache(
      (hash) => `/img/${hash}?token=t`,
      () => redraws++,
      create,
    )
    expect(cache.get('aa').status).toBe('loading')
    expect(cache.get('aa').status).toBe('loading')
    expect(made).toHaveLength(1)
    expect(made[0]!.src).toBe('/img/aa?token=t')
    settle(made[0]!, true)
    expect(redraws).toBe(1)
    const state = cache.get('aa')
    expect(state.status).toBe('ready')
    expect(state.status === 'ready' && state.image).toBe(made[0])
  })

  test('remembers a failed load, asks for a redraw, and does not retry', () => {
    const { made, create, settle } = fakeImages()
    let redraws = 0
    const cache = new ImageCache(
      (hash) => hash,
      () => redraws++,
      create,
    )
    cache.get('bb')
    settle(made[0]!, false)
    expect(redraws).toBe(1)
    expect(cache.get('bb').status).toBe('failed')
    expect(made).toHaveLength(1)
  })

  test('keeps different hashes apart', () => {
    const { made, create } = fakeImages()
    const cache = new ImageCache(
      (hash) => hash,
      () => undefined,
      create,
    )
    cache.get('a')
    cache.get('b')
    expect(made.map((m) => m.src)).toEqual(['a', 'b'])
    expect(cache.size).toBe(2)
  })
})
