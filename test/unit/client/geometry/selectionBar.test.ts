import { describe, expect, test } from 'vitest'
import {
  placeSelectionBar,
  SELECTION_BAR_GAP,
  SELECTION_BAR_MARGIN,
  shiftClearOfPanel,
} from '../../../../client/src/lib/geometry/selectionBar.ts'

const free = { x: 0, y: 0, w: 1000, h: 600 }
const bar = { width: 200, height: 40 }

function overlaps(a: { x: number; y: number; w: number; h: number }, b: typeof a): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

describe('placeSelectionBar', () => {
  test('sits above the selection, centred on it, without touching it', () => {
    const selection = { x: 400, y: 300, w: 100, h: 80 }
    const place = placeSelectionBar(selection, bar, free)
    expect(place).toEqual({ x: 350, y: 300 - SELECTION_BAR_GAP - 40, side: 'above' })
    expect(overlaps({ ...place, w: 200, h: 40 }, selection)).toBe(false)
  })

  test('goes below when there is no room above', () => {
    const selection = { x: 400, y: 20, w: 100, h: 80 }
    const place = placeSelectionBar(selection, bar, free)
    expect(place).toEqual({ x: 350, y: 100 + SELECTION_BAR_GAP, side: 'below' })
    expect(overlaps({ ...place, w: 200, h: 40 }, selection)).toBe(false)
  })

  test('stays inside the free area at the left and right edges', () => {
    const left = placeSelectionBar({ x: -50, y: 300, w: 100, h: 50 }, bar, free)
    expect(left.x).toBe(SELECTION_BAR_MARGIN)
    const right = placeSelectionBar({ x: 950, y: 300, w: 100, h: 50 }, bar, free)
    expect(right.x).toBe(1000 - SELECTION_BAR_MARGIN - 200)
  })

  test('keeps clear of a control covering the left of the canvas', () => {
    const place = placeSelectionBar({ x: 0, y: 300, w: 60, h: 50 }, bar, { ...free, x: 64 })
    expect(place.x).toBe(64 + SELECTION_BAR_MARGIN)
  })

  test('a selection taller than the view gets the bar over it, at the top of the free area', () => {
    const place = placeSelectionBar({ x: 100, y: -100, w: 300, h: 900 }, bar, free)
    expect(place).toEqual({ x: 150, y: SELECTION_BAR_MARGIN, side: 'over' })
  })

  test('a selection scrolled above the view gets the bar below it, still on screen', () => {
    const place = placeSelectionBar({ x: 100, y: -300, w: 100, h: 100 }, bar, free)
    expect(place.side).toBe('below')
    expect(place.y).toBe(SELECTION_BAR_MARGIN)
  })
})

describe('shiftClearOfPanel', () => {
  test('no move when the selection is left of the panel', () => {
    expect(shiftClearOfPanel({ x: 100, y: 0, w: 100, h: 10 }, 700, 0)).toBe(0)
  })

  test('moves the selection left of the panel with a gap', () => {
    expect(shiftClearOfPanel({ x: 650, y: 0, w: 100, h: 10 }, 700, 0)).toBe(
      650 + 100 + SELECTION_BAR_GAP - 700,
    )
  })

  test('a selection wider than the room left of the panel moves only to the left edge', () => {
    expect(shiftClearOfPanel({ x: 300, y: 0, w: 900, h: 10 }, 700, 64)).toBe(
      300 - 64 - SELECTION_BAR_MARGIN,
    )
  })
})
