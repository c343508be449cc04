import { expect, test } from 'vitest'
import { screenToBoard } from '../../../../client/src/lib/geometry/camera.ts'
import { applyWheel, type WheelInput } from '../../../../client/src/lib/tools/wheel.ts'
import { resizeRect } from '../../../../client/src/lib/tools/resize.ts'

function wheel(extra: Partial<WheelInput>): WheelInput {
  return {
    x: 200,
    y: 100,
    deltaX: 0,
    deltaY: 0,
    deltaMode: 0,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...extra,
  }
}

test('scrolling pans', () => {
  expect(applyWheel({ x: 0, y: 0, zoom: 2 }, wheel({ deltaX: 10, deltaY: 40 }))).toEqual({
    x: 5,
    y: 20,
    zoom: 2,
  })
})

test('lines are converted to pixels; Shift scrolls sideways', () => {
  expect(applyWheel({ x: 0, y: 0, zoom: 1 }, wheel({ deltaY: 3, deltaMode: 1 })).y).toBe(48)
  expect(applyWheel({ x: 0, y: 0, zoom: 1 }, wheel({ deltaY: 30, shiftKey: true }))).toEqual({
    x: 30,
    y: 0,
    zoom: 1,
  })
})

test('Ctrl + wheel (and pinch) zooms around the pointer', () => {
  const camera = { x: 0, y: 0, zoom: 1 }
  const zoomedIn = applyWheel(camera, wheel({ deltaY: -100, ctrlKey: true }))
  expect(zoomedIn.zoom).toBeGreaterThan(1)
  const anchor = screenToBoard(camera, { x: 200, y: 100 })
  const after = screenToBoard(zoomedIn, { x: 200, y: 100 })
  expect(after.x).toBeCloseTo(anchor.x)
  expect(after.y).toBeCloseTo(anchor.y)
  expect(applyWheel(camera, wheel({ deltaY: 5, metaKey: true })).zoom).toBeLessThan(1)
  // One huge wheel jump zooms no more than a normal notch.
  expect(applyWheel(camera, wheel({ deltaY: -5000, ctrlKey: true })).zoom).toBeCloseTo(
    zoomedIn.zoom,
  )
})

test('resizeRect keeps the opposite corner and the minimum size', () => {
  const start = { x: 0, y: 0, w: 100, h: 100 }
  expect(resizeRect(start, 'se', 20, 10)).toEqual({ x: 0, y: 0, w: 120, h: 110 })
  expect(resizeRect(start, 'nw', 20, 10)).toEqual({ x: 20, y: 10, w: 80, h: 90 })
  expect(resizeRect(start, 'ne', -500, 0)).toEqual({ x: 0, y: 0, w: 24, h: 100 })
  expect(resizeRect(start, 'sw', 500, 0)).toEqual({ x: 76, y: 0, w: 24, h: 100 })
})
