import { describe, expect, it } from 'vitest'
import { imageInfo } from '../../../server/assets/imageInfo.ts'
import {
  GIF_1X1,
  JPEG_3X2,
  SVG_WITH_SCRIPT,
  WEBP_3X2_LOSSLESS_EXTENDED,
  WEBP_3X2_LOSSY_EXTENDED,
  pngBytes,
  simpleWebp,
} from '../../helpers/images.ts'

describe('imageInfo', () => {
  it('reads type and size of a PNG', () => {
    expect(imageInfo(pngBytes(640, 480))).toEqual({ mime: 'image/png', width: 640, height: 480 })
  })

  it('reads a JPEG past its APP segments to the frame header', () => {
    expect(imageInfo(JPEG_3X2)).toEqual({ mime: 'image/jpeg', width: 3, height: 2 })
  })

  it('reads all three WebP forms: extended, simple lossy, simple lossless', () => {
    const expected = { mime: 'image/webp', width: 3, height: 2 }
    expect(imageInfo(WEBP_3X2_LOSSY_EXTENDED)).toEqual(expected)
    expect(imageInfo(simpleWebp(WEBP_3X2_LOSSY_EXTENDED))).toEqual(expected)
    expect(imageInfo(simpleWebp(WEBP_3X2_LOSSLESS_EXTENDED))).toEqual(expected)
  })

  it('reads a GIF', () => {
    expect(imageInfo(GIF_1X1)).toEqual({ mime: 'image/gif', width: 1, height: 1 })
    const wide = Buffer.from(GIF_1X1)
    wide.writeUInt16LE(300, 6)
    wide.writeUInt16LE(20, 8)
    expect(imageInfo(wide)).toEqual({ mime: 'image/gif', width: 300, height: 20 })
  })

  it('knows no SVG, text or empty input', () => {
    expect(imageInfo(SVG_WITH_SCRIPT)).toBeNull()
    expect(imageInfo(Buffer.from('hello'))).toBeNull()
    expect(imageInfo(new Uint8Array())).toBeNull()
  })

  it('refuses images with no pixels', () => {
    expect(imageInfo(pngBytes(0, 0))).toBeNull()
  })

  it('never throws on truncated or damaged headers', () => {
    for (const image of [pngBytes(4, 4), JPEG_3X2, WEBP_3X2_LOSSY_EXTENDED, GIF_1X1]) {
      for (let cut = 0; cut < Math.min(image.length, 700); cut++) {
        expect(() => imageInfo(image.subarray(0, cut))).not.toThrow()
      }
    }
    let seed = 7
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 2000; i++) {
      const bytes = Buffer.from(JPEG_3X2)
      for (let k = 0; k < 4; k++) bytes[Math.floor(random() * 700)] = Math.floor(random() * 256)
      expect(() => imageInfo(bytes)).not.toThrow()
    }
  })

  it('does not read a JPEG that reaches its scan without a frame header', () => {
    expect(
      imageInfo(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 0, 0, 0, 0, 0, 0])),
    ).toBeNull()
  })
})
