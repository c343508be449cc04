import { describe, expect, test } from 'vitest'
import { ImageCache } from '../../../../client/src/lib/render/imageCache.ts'
import { waitFor } from '../../../helpers/waitFor.ts'

/** Fetches that the test answers by hand, and a decoder that names what it decoded. */
function fakeLoads() {
  const asked: { hash: string; answer: (bytes: Blob | null) => void; fail: () => void }[] = []
  const fetchImage = (hash: string): Promise<Blob | null> =>
    new Promise((resolve, reject) =>
      asked.push({ hash, answer: resolve, fail: () => reject(new Error('offline')) }),
    )
  const decode = async (bytes: Blob): Promise<CanvasImageSource> => {
    const text = await bytes.text()
    if (text === 'junk') throw new Error('not an image')
    return { decoded: text } as unknown as CanvasImageSource
  }
  return { asked, fetchImage, decode }
}

describe('ImageCache', () => {
  test('fetches each hash once and is ready after the bytes are decoded', async () => {
    const { asked, fetchImage, decode } = fakeLoads()
    let redraws = 0
    const cache = new ImageCache(fetchImage, () => redraws++, decode)
    expect(cache.get('aa').status).toBe('loading')
    expect(cache.get('aa').status).toBe('loading')
    expect(asked.map((a) => a.hash)).toEqual(['aa'])
    asked[0]!.answer(new Blob(['png']))
    await waitFor(() => redraws === 1, 'a redraw')
    const state = cache.get('aa')
    expect(state.status === 'ready' && state.image).toEqual({ decoded: 'png' })
  })

  test('a missing image, a failed fetch and undecodable bytes fail for good, each with a redraw', async () => {
    const { asked, fetchImage, decode } = fakeLoads()
    let redraws = 0
    const cache = new ImageCache(fetchImage, () => redraws++, decode)
    cache.get('missing')
    cache.get('offline')
    cache.get('junk')
    asked[0]!.answer(null)
    asked[1]!.fail()
    asked[2]!.answer(new Blob(['junk']))
    await waitFor(() => redraws === 3, 'three redraws')
    expect(['missing', 'offline', 'junk'].map((h) => cache.get(h).status)).toEqual([
      'failed',
      'failed',
      'failed',
    ])
    expect(asked).toHaveLength(3)
  })

  test('forget loads again, and an outdated load does not overwrite the fresh one', async () => {
    const { asked, fetchImage, decode } = fakeLoads()
    let redraws = 0
    const cache = new ImageCache(fetchImage, () => redraws++, decode)
    cache.get('a')
    cache.forget('a')
    cache.get('a')
    expect(asked).toHaveLength(2)
    asked[1]!.answer(new Blob(['fresh']))
    await waitFor(() => redraws === 1, 'a redraw')
    asked[0]!.answer(null)
    await Promise.resolve()
    await Promise.resolve()
    const state = cache.get('a')
    expect(state.status === 'ready' && state.image).toEqual({ decoded: 'fresh' })
    expect(cache.size).toBe(1)
  })
})
