import { describe, expect, test } from 'vitest'
import { imageInfo } from '../../../server/assets/imageInfo.ts'
import { completeImage } from '../../../server/assets/imageStructure.ts'
import {
  GIF_1X1,
  JPEG_3X2,
  WEBP_3X2_LOSSLESS_EXTENDED,
  WEBP_3X2_LOSSY_EXTENDED,
  gifWithFrame,
  pngBytes,
  pngClaiming,
  pngOfSize,
} from '../../helpers/images.ts'

function complete(bytes: Uint8Array) {
  const info = imageInfo(bytes)
  if (!info) throw new Error('not even a header')
  return completeImage(bytes, info)
}

const WHOLE = {
  png: pngBytes(5, 3),
  'png with a text chunk': pngOfSize(500),
  jpeg: JPEG_3X2,
  'webp lossy': WEBP_3X2_LOSSY_EXTENDED,
  'webp lossless': WEBP_3X2_LOSSLESS_EXTENDED,
  gif: GIF_1X1,
}

describe('completeImage', () => {
  test.each(Object.entries(WHOLE))('takes a whole %s at its header size', (_name, bytes) => {
    expect(complete(bytes)).toEqual(imageInfo(bytes))
  })

  test.each(Object.entries(WHOLE))('refuses a %s cut short', (_name, bytes) => {
    for (const keep of [0.5, 0.9]) {
      const cut = bytes.subarray(0, Math.floor(bytes.length * keep))
      if (imageInfo(cut)) expect(complete(cut)).toBeNull()
    }
    expect(complete(bytes.subarray(0, bytes.length - 1))).toBeNull()
  })

  test('a JPEG may carry bytes after its end (motion photos append a video)', () => {
    const motion = Buffer.concat([JPEG_3X2, Buffer.from('....ftypmp42 and a video')])
    expect(complete(motion)).toEqual(imageInfo(JPEG_3X2))
  })

  test('a PNG without data, or with IHDR not first or twice, is malformed', () => {
    const png = pngBytes(2, 2)
    const ihdr = png.subarray(8, 33)
    const iend = png.subarray(png.length - 12)
    expect(complete(Buffer.concat([png.subarray(0, 33), iend]))).toBeNull()
    expect(complete(Buffer.concat([png.subarray(0, png.length - 12), ihdr, iend]))).toBeNull()
  })

  test('a PNG chunk whose length runs past the end is malformed', () => {
    const png = Buffer.from(pngBytes(2, 2))
    png.writeUInt32BE(0xfffffff0, 33) // the IDAT's length
    expect(complete(png)).toBeNull()
  })

  test('keeps the header size of a bomb: the pixel limit judges it, not the structure', () => {
    expect(complete(pngClaiming(50_000, 50_000))).toMatchObject({ width: 50_000, height: 50_000 })
  })

  test('a GIF frame beyond its 1 × 1 screen grows the size to the frame', () => {
    expect(complete(gifWithFrame(40_000, 30_000))).toMatchObject({
      mime: 'image/gif',
      width: 40_000,
      height: 30_000,
    })
  })
})
