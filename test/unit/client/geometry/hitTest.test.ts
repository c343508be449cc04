import { describe, expect, test } from 'vitest'
import { elementAt, handleAt } from '../../../../client/src/lib/geometry/hitTest.ts'
import {
  containsPoint,
  intersects,
  unionRects,
} from '../../../../client/src/lib/geometry/geometry.ts'

const bottom = { id: 'bottom', x: 0, y: 0, w: 100, h: 100 }
const top = { id: 'top', x: 50, y: 50, w: 100, h: 100 }

describe('elementAt', () => {
  test('finds the topmost element under the point', () => {
    expect(elementAt([bottom, top], { x: 75, y: 75 })).toBe('top')
    expect(elementAt([bottom, top], { x: 10, y: 10 })).toBe('bottom')
    expect(elementAt([bottom, top], { x: 140, y: 140 })).toBe('top')
  })

  test('finds nothing on empty canvas', () => {
    expect(elementAt([bottom, top], { x: 400, y: 10 })).toBeNull()
    expect(elementAt([], { x: 0, y: 0 })).toBeNull()
  })
})

describe('handleAt', () => {
  const camera = { x: 0, y: 0, zoom: 2 }
  const bounds = { x: 10, y: 10, w: 100, h: 50 }

  test('finds each corner in screen space, whatever the zoom', () => {
    expect(handleAt(camera, bounds, { x: 20, y: 20 })).toBe('nw')
    expect(handleAt(camera, bounds, { x: 220, y: 20 })).toBe('ne')
    expect(handleAt(camera, bounds, { x: 20, y: 120 })).toBe('sw')
    expect(handleAt(camera, bounds, { x: 222, y: 118 })).toBe('se')
  })

  test('the middle of an element is no handle', () => {
    expect(handleAt(camera, bounds, { x: 120, y: 70 })).toBeNull()
  })
})

describe('geometry', () => {
  test('intersects touches only with overlap', () => {
    expect(intersects({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(true)
    expect(intersects({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(false)
  })

  test('containsPoint includes the edges and the tolerance', () => {
    expect(containsPoint({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 10 })).toBe(true)
    expect(containsPoint({ x: 0, y: 0, w: 10, h: 10 }, { x: 12, y: 5 }, 2)).toBe(true)
    expect(containsPoint({ x: 0, y: 0, w: 10, h: 10 }, { x: 13, y: 5 }, 2)).toBe(false)
  })

  test('unionRects spans all rectangles', () => {
    expect(unionRects([bottom, top])).toEqual({ x: 0, y: 0, w: 150, h: 150 })
    expect(unionRects([])).toBeNull()
  })
})
