import { describe, expect, test } from 'vitest'
import {
  boardToScreen,
  centerOn,
  clampZoom,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  screenToBoard,
  viewCenter,
  visibleRect,
  zoomAt,
  zoomBy,
  zoomToFit,
  type Camera,
} from '../../../../client/src/lib/geometry/camera.ts'

const viewport = { width: 1000, height: 600 }

describe('screenToBoard / boardToScreen', () => {
  test('are inverse at any zoom', () => {
    const camera: Camera = { x: -120, y: 340, zoom: 0.37 }
    const p = { x: 123.5, y: 77 }
    const back = boardToScreen(camera, screenToBoard(camera, p))
    expect(back.x).toBeCloseTo(p.x)
    expect(back.y).toBeCloseTo(p.y)
  })

  test('the top-left of the viewport is the camera position', () => {
    expect(screenToBoard({ x: 50, y: -20, zoom: 2 }, { x: 0, y: 0 })).toEqual({ x: 50, y: -20 })
    expect(screenToBoard({ x: 50, y: -20, zoom: 2 }, { x: 100, y: 100 })).toEqual({ x: 100, y: 30 })
  })
})

describe('zoomAt', () => {
  test('keeps the board point under the pointer', () => {
    const camera: Camera = { x: 10, y: 20, zoom: 1 }
    const pointer = { x: 300, y: 200 }
    const before = screenToBoard(camera, pointer)
    const after = screenToBoard(zoomAt(camera, pointer, 2.5), pointer)
    expect(after.x).toBeCloseTo(before.x)
    expect(after.y).toBeCloseTo(before.y)
  })

  test('clamps to the allowed range', () => {
    expect(zoomAt({ x: 0, y: 0, zoom: 1 }, { x: 0, y: 0 }, 100).zoom).toBe(MAX_ZOOM)
    expect(zoomBy({ x: 0, y: 0, zoom: 0.1 }, { x: 0, y: 0 }, 0.01).zoom).toBe(MIN_ZOOM)
    expect(clampZoom(Number.NaN)).toBe(1)
  })
})

test('panBy moves the content with the pointer', () => {
  const camera = panBy({ x: 0, y: 0, zoom: 2 }, 100, -50)
  expect(camera).toEqual({ x: -50, y: 25, zoom: 2 })
})

test('visibleRect is the board area in view', () => {
  expect(visibleRect({ x: 10, y: 20, zoom: 2 }, viewport)).toEqual({ x: 10, y: 20, w: 500, h: 300 })
})

test('centerOn puts the point in the middle and keeps the zoom', () => {
  const camera = centerOn({ x: 0, y: 0, zoom: 0.5 }, { x: 100, y: 100 }, viewport)
  expect(camera.zoom).toBe(0.5)
  expect(viewCenter(camera, viewport)).toEqual({ x: 100, y: 100 })
})

describe('zoomToFit', () => {
  test('shows the whole bounds, centred', () => {
    const bounds = { x: 0, y: 0, w: 2000, h: 500 }
    const camera = zoomToFit(bounds, viewport, undefined, 50)
    expect(camera.zoom).toBeCloseTo(0.45)
    const center = viewCenter(camera, viewport)
    expect(center.x).toBeCloseTo(1000)
    expect(center.y).toBeCloseTo(250)
    const view = visibleRect(camera, viewport)
    expect(view.x).toBeLessThanOrEqual(0)
    expect(view.x + view.w).toBeGreaterThanOrEqual(2000)
  })

  test('keeps clear of the parts controls cover', () => {
    const insets = { top: 0, right: 0, bottom: 100, left: 200 }
    const camera = zoomToFit({ x: 0, y: 0, w: 100, h: 100 }, viewport, insets)
    const topLeft = boardToScreen(camera, { x: 0, y: 0 })
    const bottomRight = boardToScreen(camera, { x: 100, y: 100 })
    expect((topLeft.x + bottomRight.x) / 2).toBeCloseTo(600)
    expect((topLeft.y + bottomRight.y) / 2).toBeCloseTo(250)
  })

  test('does not blow a single small note up beyond 100 %', () => {
    expect(zoomToFit({ x: 0, y: 0, w: 180, h: 180 }, viewport).zoom).toBe(1)
  })

  test('an empty board shows the origin at 100 %', () => {
    const camera = zoomToFit(null, viewport)
    expect(camera.zoom).toBe(1)
    expect(viewCenter(camera, viewport)).toEqual({ x: 0, y: 0 })
  })
})
