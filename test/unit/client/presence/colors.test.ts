import { describe, expect, it } from 'vitest'
import {
  PRESENCE_COLORS,
  contrastRatio,
  labelInk,
  randomPresenceColor,
} from '../../../../client/src/lib/presence/colors.ts'

describe('participant colours', () => {
  it('carry white name labels at AA contrast and stand out on the light board', () => {
    for (const color of PRESENCE_COLORS) {
      expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(5)
      expect(labelInk(color), color).toBe('#ffffff')
      // Outlines and cursors against the board's background (non-text contrast, 3:1).
      expect(contrastRatio(color, '#f7f7f4'), color).toBeGreaterThanOrEqual(3)
    }
    expect(new Set(PRESENCE_COLORS).size).toBe(PRESENCE_COLORS.length)
  })

  it('has twelve colours that look different from each other (CIELAB distance of at least 15)', () => {
    expect(PRESENCE_COLORS.length).toBeGreaterThanOrEqual(12)
    for (const [i, a] of PRESENCE_COLORS.entries()) {
      for (const b of PRESENCE_COLORS.slice(i + 1)) {
        expect(labDistance(a, b), `${a} ${b}`).toBeGreaterThanOrEqual(15)
      }
    }
  })

  it('puts black text on a light colour another client sent', () => {
    expect(labelInk('#ffeb3b')).toBe('#000000')
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
  })

  it('picks a palette colour at random, also at the ends of the range', () => {
    expect(randomPresenceColor(() => 0)).toBe(PRESENCE_COLORS[0])
    expect(randomPresenceColor(() => 0.9999)).toBe(PRESENCE_COLORS.at(-1))
    expect(PRESENCE_COLORS).toContain(randomPresenceColor())
  })
})

/** CIE76 colour difference of two `#rrggbb` colours (sRGB, D65). */
function labDistance(a: string, b: string): number {
  const [l1, a1, b1] = lab(a)
  const [l2, a2, b2] = lab(b)
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2)
}

function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047)
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b)
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)]
}
