import { describe, expect, it } from 'vitest'
import { viewToCamera } from '../../../../client/src/lib/presence/viewToCamera.ts'
import { visibleRect } from '../../../../client/src/lib/geometry/camera.ts'

describe('viewToCamera', () => {
  it('shows the same rectangle on a screen of the same size', () => {
    const view = { x: 200, y: 100, w: 1280, h: 800 }
    const camera = viewToCamera(view, { width: 1280, height: 800 })
    expect(camera.zoom).toBeCloseTo(1)
    expect(visibleRect(camera, { width: 1280, height: 800 })).toEqual({
      x: expect.closeTo(200) as number,
      y: expect.closeTo(100) as number,
      w: expect.closeTo(1280) as number,
      h: expect.closeTo(800) as number,
    })
  })

  it('fits a wide view into a narrow phone: all of it visible, centred', () => {
    const view = { x: 0, y: 0, w: 1600, h: 900 }
    const screen = { width: 400, height: 800 }
    const camera = viewToCamera(view, screen)
    expect(camera.zoom).toBeCloseTo(0.25)
    const seen = visibleRect(camera, screen)
    expect(seen.x).toBeCloseTo(0)
    expect(seen.w).toBeCloseTo(1600)
    expect(seen.y + seen.h / 2).toBeCloseTo(450)
    expect(seen.h).toBeGreaterThan(900)
  })

  it('zooms in as far as the other person did (beyond 100 %)', () => {
    const camera = viewToCamera({ x: 0, y: 0, w: 320, h: 200 }, { width: 1280, height: 800 })
    expect(camera.zoom).toBeCloseTo(4)
  })
})
