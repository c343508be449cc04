import { describe, expect, it } from 'vitest'
import { fitInto, paperSize } from '../../../../server/export/pdf/paper.ts'

describe('paperSize', () => {
  it('gives ISO A4 and A3 in points, turned for landscape', () => {
    expect(paperSize('a4-portrait')).toEqual({ w: 595.28, h: 841.89 })
    expect(paperSize('a4-landscape')).toEqual({ w: 841.89, h: 595.28 })
    expect(paperSize('a3-portrait')).toEqual({ w: 841.89, h: 1190.55 })
    expect(paperSize('a3-landscape')).toEqual({ w: 1190.55, h: 841.89 })
  })
})

describe('fitInto', () => {
  const box = { x: 10, y: 20, w: 400, h: 200 }

  it('fits a wide area to the width and centres it vertically', () => {
    const fit = fitInto({ x: -100, y: 50, w: 800, h: 100 }, box)
    expect(fit.scale).toBe(0.5)
    expect(fit.dx + -100 * fit.scale).toBe(10)
    expect(fit.dy + 50 * fit.scale).toBe(20 + (200 - 50) / 2)
  })

  it('fits a tall area to the height and centres it horizontally, undistorted', () => {
    const fit = fitInto({ x: 0, y: 0, w: 100, h: 400 }, box)
    expect(fit.scale).toBe(0.5)
    expect(fit.dx).toBe(10 + (400 - 50) / 2)
    expect(fit.dy).toBe(20)
  })

  it('places an empty area at the corner instead of dividing by zero', () => {
    expect(fitInto({ x: 5, y: 5, w: 0, h: 0 }, box)).toEqual({ scale: 1, dx: 5, dy: 15 })
  })
})
