import { describe, expect, test } from 'vitest'
import { cappedImage } from '../../../server/export/boardSvg.ts'
import { pngBytes } from '../../helpers/images.ts'

function pngSize(url: string): { mime: string; width: number; height: number } {
  const [head, data] = url.split(',') as [string, string]
  const bytes = Buffer.from(data, 'base64')
  return {
    mime: head.replace(/^data:|;base64$/g, ''),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  }
}

describe('cappedImage', () => {
  test('an image far larger than it is drawn is downscaled to the size it needs', () => {
    const url = cappedImage(pngBytes(2000, 1200), { w: 200, h: 120 })!
    expect(pngSize(url)).toEqual({ mime: 'image/png', width: 200, height: 120 })
  })

  test('an image about the size it is drawn at is kept as it is', () => {
    const bytes = pngBytes(220, 132)
    expect(cappedImage(bytes, { w: 200, h: 120 })).toBe(
      `data:image/png;base64,${bytes.toString('base64')}`,
    )
  })

  test('bytes that are no image we know are refused', () => {
    expect(cappedImage(new Uint8Array([1, 2, 3, 4]), { w: 10, h: 10 })).toBeNull()
  })
})
