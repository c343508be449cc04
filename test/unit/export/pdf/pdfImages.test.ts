import { describe, expect, it } from 'vitest'
import {
  IMAGE_MAX_PPI,
  IMAGE_MAX_SIDE_PX,
  cappedPixels,
  embeddableImage,
  largestDrawnSizes,
} from '../../../../server/export/pdf/pdfImages.ts'
import { imageInfo } from '../../../../server/assets/imageInfo.ts'
import { GIF_1X1, JPEG_3X2, WEBP_3X2_LOSSY_EXTENDED, pngBytes } from '../../../helpers/images.ts'

describe('largestDrawnSizes', () => {
  it('takes the largest size over every page, inside groups too', () => {
    const image = { kind: 'image', hash: 'h', x: 0, y: 0, w: 100, h: 50, alt: '' } as const
    const sizes = largestDrawnSizes([
      { items: [image], scale: 0.5 },
      { items: [{ kind: 'group', children: [image] }], scale: 2 },
    ])
    expect(sizes.get('h')).toEqual({ w: 200, h: 100 })
  })
})

describe('cappedPixels', () => {
  it(`keeps an image drawn large enough at its own size`, () => {
    expect(cappedPixels({ width: 300, height: 200 }, { w: 300, h: 200 })).toEqual({
      width: 300,
      height: 200,
    })
  })

  it(`shrinks an image to ${IMAGE_MAX_PPI} ppi at the size it is drawn`, () => {
    // 144 pt wide is 2 inches: 300 pixels at 150 ppi.
    expect(cappedPixels({ width: 4000, height: 2000 }, { w: 144, h: 72 })).toEqual({
      width: 300,
      height: 150,
    })
  })

  it(`never embeds more than ${IMAGE_MAX_SIDE_PX} pixels a side`, () => {
    const px = cappedPixels({ width: 10_000, height: 5_000 }, { w: 5000, h: 2500 })
    expect(px).toEqual({ width: IMAGE_MAX_SIDE_PX, height: IMAGE_MAX_SIDE_PX / 2 })
  })
})

describe('embeddableImage', () => {
  it('embeds a PNG and a JPEG drawn at their size as they are', () => {
    const png = pngBytes(40, 30)
    expect(embeddableImage(png, { w: 40, h: 30 })?.bytes.equals(png)).toBe(true)
    expect(embeddableImage(JPEG_3X2, { w: 3, h: 2 })?.bytes.equals(JPEG_3X2)).toBe(true)
  })

  it('redraws a large PNG as a smaller PNG', () => {
    const image = embeddableImage(pngBytes(1200, 600), { w: 144, h: 72 })!
    expect(imageInfo(image.bytes)).toEqual({ mime: 'image/png', width: 300, height: 150 })
    expect(image).toMatchObject({ width: 300, height: 150 })
  })

  it('turns WebP and GIF, which PDF cannot hold, into PNG', () => {
    expect(imageInfo(embeddableImage(WEBP_3X2_LOSSY_EXTENDED, { w: 3, h: 2 })!.bytes)).toEqual({
      mime: 'image/png',
      width: 3,
      height: 2,
    })
    expect(imageInfo(embeddableImage(GIF_1X1, { w: 10, h: 10 })!.bytes)?.mime).toBe('image/png')
  })

  it('refuses bytes that are not a whole image (the page names it as missing)', () => {
    expect(embeddableImage(new TextEncoder().encode('<svg/>'), { w: 10, h: 10 })).toBeNull()
    expect(embeddableImage(pngBytes(40, 30).subarray(0, 40), { w: 40, h: 30 })).toBeNull()
  })
})

describe('embeddableImage near the cap', () => {
  it('keeps an image a little larger than the cap as it is: resampling would gain little', () => {
    // Drawn 36 pt wide (75 px at 150 ppi), the image has 90: under 1.25 times, kept.
    const png = pngBytes(90, 60)
    expect(embeddableImage(png, { w: 36, h: 24 })?.bytes.equals(png)).toBe(true)
  })
})
