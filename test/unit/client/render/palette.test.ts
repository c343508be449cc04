import { describe, expect, test } from 'vitest'
import {
  MORE_CONTRAST_PALETTE,
  STANDARD_PALETTE,
} from '../../../../client/src/lib/render/palette.ts'
import {
  MARKER_MAX,
  MARKER_MIN,
  markerSize,
} from '../../../../client/src/lib/render/domainOverlay.ts'
import { contrastRatio } from '../../../../client/src/lib/presence/colors.ts'
import { CARD_FILL } from '../../../../shared/picture/cardStyle.ts'

describe('the canvas palette', () => {
  for (const palette of [STANDARD_PALETTE, MORE_CONTRAST_PALETTE]) {
    test(`${palette.name}: the warning marker reaches 7:1 on cards, the board and its own fill`, () => {
      expect(contrastRatio(palette.warning, CARD_FILL)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(palette.warning, palette.background)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(palette.warningInk, palette.warning)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(palette.selection, palette.background)).toBeGreaterThanOrEqual(4.5)
    })
  }

  test('more contrast: grid dots 3:1 on the board, a darker and wider selection', () => {
    const more = MORE_CONTRAST_PALETTE
    expect(contrastRatio(more.gridDot, more.background)).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(more.selection, more.background)).toBeGreaterThan(
      contrastRatio(STANDARD_PALETTE.selection, STANDARD_PALETTE.background),
    )
    expect(more.selectionWidth).toBeGreaterThan(STANDARD_PALETTE.selectionWidth)
  })
})

describe('warning markers scale with the zoom within a readable range', () => {
  test('zoomed out they keep a minimum size, zoomed in a maximum', () => {
    expect(markerSize(0.17)).toBe(MARKER_MIN)
    expect(markerSize(0.39)).toBe(MARKER_MIN)
    expect(markerSize(1)).toBeGreaterThan(MARKER_MIN)
    expect(markerSize(4)).toBe(MARKER_MAX)
  })
})
