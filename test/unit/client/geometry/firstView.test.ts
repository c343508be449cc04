import { describe, expect, test } from 'vitest'
import { NO_INSETS, zoomToFit } from '../../../../client/src/lib/geometry/camera.ts'
import {
  densestArea,
  firstView,
  READABLE_ZOOM,
} from '../../../../client/src/lib/geometry/firstView.ts'

const laptop = { width: 1400, height: 800 }
const phone = { width: 390, height: 700 }
/** An ecosystem map: a ring drawing of 3000 × 3000 board units. */
const map = { x: 0, y: 0, w: 3000, h: 3000 }

function cards(
  count: number,
  x: number,
  y: number,
): { x: number; y: number; w: number; h: number }[] {
  return Array.from({ length: count }, (_, i) => ({
    x: x + (i % 4) * 250,
    y: y + Math.floor(i / 4) * 150,
    w: 220,
    h: 110,
  }))
}

describe('firstView', () => {
  test('a laptop sees the whole ecosystem map', () => {
    const content = { bounds: map, frames: [], elements: [map] }
    // At 1400 × 800 the map fits at about 23 %: still the whole map, as before, with frames too.
    const camera = firstView(
      { ...content, frames: [{ x: 0, y: 0, w: 900, h: 600 }] },
      laptop,
      NO_INSETS,
    )
    expect(camera).toEqual(zoomToFit(map, laptop, NO_INSETS))
    expect(camera.zoom).toBeLessThan(READABLE_ZOOM)
  })

  test('a board that fits readably opens whole on a phone too', () => {
    const small = { x: 0, y: 0, w: 300, h: 400 }
    const camera = firstView({ bounds: small, frames: [], elements: [small] }, phone, NO_INSETS)
    expect(camera).toEqual(zoomToFit(small, phone, NO_INSETS))
  })

  test('a phone opens a large board at its first frame, at a readable zoom', () => {
    const first = { x: 1000, y: 200, w: 1600, h: 1200 }
    const second = { x: 0, y: 0, w: 900, h: 600 }
    const camera = firstView(
      { bounds: map, frames: [first, second], elements: [] },
      phone,
      NO_INSETS,
    )
    expect(camera.zoom).toBe(READABLE_ZOOM)
    // The frame's top (its title) is in view near the top of the screen, and its middle is in
    // the middle across: both sides of a map are cut alike.
    const top = (first.y - camera.y) * camera.zoom
    expect(top).toBeGreaterThanOrEqual(0)
    expect(top).toBeLessThan(60)
    const middle = (first.x + first.w / 2 - camera.x) * camera.zoom
    expect(middle).toBeCloseTo(phone.width / 2, 5)
  })

  test('a small first frame is fitted whole', () => {
    const first = { x: 500, y: 500, w: 300, h: 300 }
    const camera = firstView({ bounds: map, frames: [first], elements: [] }, phone, NO_INSETS)
    expect(camera.zoom).toBeGreaterThan(READABLE_ZOOM)
    expect(camera.x).toBeLessThanOrEqual(first.x)
    expect(camera.x + phone.width / camera.zoom).toBeGreaterThanOrEqual(first.x + first.w)
  })

  test('without frames a phone opens where most content is, never below the readable zoom', () => {
    const lone = { x: 0, y: 0, w: 220, h: 110 }
    const cluster = cards(12, 2400, 2500)
    const elements = [lone, ...cluster]
    const camera = firstView({ bounds: map, frames: [], elements }, phone, {
      ...NO_INSETS,
      bottom: 60,
    })
    expect(camera.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM)
    // The view shows part of the cluster, not the lone card.
    const view = {
      x: camera.x,
      y: camera.y,
      w: phone.width / camera.zoom,
      h: phone.height / camera.zoom,
    }
    expect(view.x).toBeGreaterThan(lone.x + lone.w)
    expect(view.x).toBeLessThanOrEqual(2400)
    expect(view.y).toBeLessThanOrEqual(2500)
  })

  test('an empty board opens at the origin as before', () => {
    expect(firstView({ bounds: null, frames: [], elements: [] }, phone, NO_INSETS)).toEqual(
      zoomToFit(null, phone, NO_INSETS),
    )
  })
})

describe('densestArea', () => {
  test('the bounds of the largest group of elements', () => {
    const group = cards(8, 5000, 5000)
    const area = densestArea([{ x: 0, y: 0, w: 10, h: 10 }, ...group], phone, NO_INSETS)
    expect(area).toEqual({ x: 5000, y: 5000, w: 3 * 250 + 220, h: 150 + 110 })
  })

  test('none for no elements', () => {
    expect(densestArea([], phone, NO_INSETS)).toBeNull()
  })
})
