import { describe, expect, it } from 'vitest'
import { visibleRect } from '../../../../client/src/lib/geometry/camera.ts'
import {
  PROJECTOR_MAX_ZOOM,
  PROJECTOR_MIN_ZOOM,
  projectorCamera,
  projectorTarget,
} from '../../../../client/src/lib/geometry/projectorView.ts'

const BEAMER = { width: 1280, height: 720 }

function contains(
  outer: { x: number; y: number; w: number; h: number },
  inner: typeof outer,
): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    outer.x + outer.w >= inner.x + inner.w &&
    outer.y + outer.h >= inner.y + inner.h
  )
}

describe('projectorTarget', () => {
  const board = { x: 0, y: 0, w: 1600, h: 1000 }
  const frame = { x: 0, y: 0, w: 800, h: 500 }
  const presentation = { x: 100, y: 100, w: 700, h: 400 }
  const summoned = { x: 900, y: 100, w: 300, h: 200 }

  it('shows the presentation first, then a summon, then the whole board', () => {
    expect(projectorTarget({ presentation, summoned, board, firstFrame: frame }, BEAMER)).toBe(
      presentation,
    )
    expect(
      projectorTarget({ presentation: null, summoned, board, firstFrame: frame }, BEAMER),
    ).toBe(summoned)
    expect(
      projectorTarget({ presentation: null, summoned: null, board, firstFrame: frame }, BEAMER),
    ).toBe(board)
  })

  it('shows the first frame when the whole board would be too small to read', () => {
    const large = { x: 0, y: 0, w: 6000, h: 4000 }
    const sources = { presentation: null, summoned: null, board: large, firstFrame: frame }
    expect(projectorTarget(sources, BEAMER)).toBe(frame)
    expect(projectorTarget({ ...sources, firstFrame: null }, BEAMER)).toBe(large)
  })

  it('an empty board: nothing to aim at', () => {
    const empty = { presentation: null, summoned: null, board: null, firstFrame: null }
    expect(projectorTarget(empty, BEAMER)).toBeNull()
  })
})

describe('projectorCamera', () => {
  it('fits what it shows, centred, when that is readable', () => {
    const target = { x: 0, y: 0, w: 1600, h: 1000 }
    const camera = projectorCamera(target, BEAMER)
    expect(camera.zoom).toBeGreaterThanOrEqual(PROJECTOR_MIN_ZOOM)
    expect(contains(visibleRect(camera, BEAMER), target)).toBe(true)
  })

  it('never goes below the least zoom: a wide view is shown around its middle', () => {
    const target = { x: -2000, y: -1000, w: 8000, h: 4000 }
    const camera = projectorCamera(target, BEAMER)
    expect(camera.zoom).toBe(PROJECTOR_MIN_ZOOM)
    const shown = visibleRect(camera, BEAMER)
    expect(shown.x + shown.w / 2).toBeCloseTo(2000)
    expect(shown.y + shown.h / 2).toBeCloseTo(1000)
  })

  it('never zooms in beyond the most on a single note', () => {
    const camera = projectorCamera({ x: 0, y: 0, w: 180, h: 180 }, BEAMER)
    expect(camera.zoom).toBe(PROJECTOR_MAX_ZOOM)
  })
})
