import { expect, test } from 'vitest'
import {
  rowOffset,
  scrollToShow,
  virtualWindow,
} from '../../../../client/src/lib/geometry/virtualWindow.ts'

const fixed = (): number => 50

test('at the top: the rows in view and the overscan below, the rest as space after', () => {
  // 400 px show 8 rows of 50; 5 more are mounted below.
  const w = virtualWindow(10_000, fixed, 0, 400, 5)
  expect(w).toEqual({ start: 0, end: 13, before: 0, after: (10_000 - 13) * 50 })
})

test('in the middle: overscan on both sides, and the spaces add up to the whole list', () => {
  const w = virtualWindow(10_000, fixed, 100_000, 400, 5)
  // Row 2000 starts at 100,000 px.
  expect(w.start).toBe(1995)
  expect(w.end).toBe(2013)
  expect(w.before).toBe(1995 * 50)
  expect(w.before + (w.end - w.start) * 50 + w.after).toBe(10_000 * 50)
})

test('at the end, and scrolled past a list that shrank: the last rows stay mounted', () => {
  expect(virtualWindow(100, fixed, 4600, 400, 5)).toMatchObject({ start: 87, end: 100, after: 0 })
  expect(virtualWindow(3, fixed, 99_999, 400, 5)).toMatchObject({ start: 0, end: 3 })
  expect(virtualWindow(0, fixed, 0, 400)).toEqual({ start: 0, end: 0, before: 0, after: 0 })
})

test('rows of different heights (an open text field): the window follows the real offsets', () => {
  const heights = Array.from({ length: 100 }, (_, i) => (i === 3 ? 300 : 40))
  const heightOf = (i: number): number => heights[i] ?? 40
  // Rows 0-2 end at 120, row 3 covers 120-420; at 200 the first visible row is 3.
  const w = virtualWindow(100, heightOf, 200, 100, 0)
  expect(w).toMatchObject({ start: 3, end: 4, before: 120 })
  expect(rowOffset(5, heightOf)).toBe(120 + 300 + 40)
})

test('random lists: every visible row is mounted and the spaces match the rows left out', () => {
  let seed = 3
  const rand = (): number => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  for (let run = 0; run < 200; run++) {
    const count = Math.floor(rand() * 500)
    const heights = Array.from({ length: count }, () => 20 + Math.floor(rand() * 80))
    const heightOf = (i: number): number => heights[i] ?? 0
    const total = heights.reduce((a, b) => a + b, 0)
    const scrollTop = rand() * total
    const viewport = 100 + rand() * 600
    const w = virtualWindow(count, heightOf, scrollTop, viewport, 2)
    let mounted = 0
    for (let i = w.start; i < w.end; i++) mounted += heightOf(i)
    expect(w.before + mounted + w.after).toBe(total)
    for (let i = 0; i < count; i++) {
      const top = rowOffset(i, heightOf)
      const visible = top + heightOf(i) > scrollTop && top < scrollTop + viewport
      if (visible) {
        expect(i).toBeGreaterThanOrEqual(w.start)
        expect(i).toBeLessThan(w.end)
      }
    }
  }
})

test('showing a row scrolls as little as possible', () => {
  expect(scrollToShow(10, fixed, 0, 400)).toBe(11 * 50 - 400)
  expect(scrollToShow(10, fixed, 1000, 400)).toBe(500)
  expect(scrollToShow(10, fixed, 300, 400)).toBe(300)
  expect(scrollToShow(0, fixed, 300, 400)).toBe(0)
})
