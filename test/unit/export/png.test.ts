import { describe, expect, test } from 'vitest'
import {
  PNG_MAX_GLYPHS,
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  pngScale,
  smallestSetFontSize,
} from '../../../server/export/png.ts'
import type { Picture, Primitive } from '../../../shared/picture/primitives.ts'

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

describe('smallestSetFontSize', () => {
  const text = (fontSize: number, characters: number): Primitive => ({
    kind: 'text',
    lines: [{ text: 'x'.repeat(characters), x: 0, y: 0 }],
    fontSize,
    weight: 400,
    fill: '#000000',
    anchor: 'start',
  })
  const picture = (items: Primitive[]): Picture => ({
    bounds: { x: 0, y: 0, w: 100, h: 100 },
    items: [{ kind: 'group', children: items }],
  })

  test('within the budget every legible text is set', () => {
    expect(smallestSetFontSize(picture([text(20, 100), text(10, 100)]), 4)).toBe(4)
  })

  test('beyond it the smallest text goes first, and the larger stays', () => {
    const half = PNG_MAX_GLYPHS / 2 + 1
    const min = smallestSetFontSize(picture([text(30, half), text(12, half), text(20, 10)]), 4)
    expect(min).toBeGreaterThan(12)
    expect(min).toBeLessThanOrEqual(20)
  })
})
