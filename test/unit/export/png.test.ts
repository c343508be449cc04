import { describe, expect, test } from 'vitest'
import { PNG_MAX_PIXELS, PNG_MAX_SIDE, pngScale } from '../../../server/export/png.ts'

describe('pngScale', () => {
  test('a board that fits is drawn at the scale asked for', () => {
    expect(pngScale(1200, 800, 3)).toBe(3)
    expect(pngScale(1200, 800, 1)).toBe(1)
  })

  test('a huge board at 3x is drawn at the largest scale within the pixel limit', () => {
    const scale = pngScale(20_000, 20_000, 3)
    expect(scale).toBeLessThan(3)
    expect(20_000 * scale * (20_000 * scale)).toBeLessThanOrEqual(PNG_MAX_PIXELS)
    expect(20_000 * (scale + 0.01) * (20_000 * (scale + 0.01))).toBeGreaterThan(PNG_MAX_PIXELS)
  })

  test('a long, thin board is held to the longest side', () => {
    const scale = pngScale(100_000, 100, 2)
    expect(100_000 * scale).toBeLessThanOrEqual(PNG_MAX_SIDE)
  })
})
