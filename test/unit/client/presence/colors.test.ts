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
