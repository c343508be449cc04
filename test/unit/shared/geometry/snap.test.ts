import { describe, expect, it } from 'vitest'
import { GRID_SIZE, snapMove, snapResize } from '../../../../shared/geometry/snap.ts'

const options = { grid: GRID_SIZE, tolerance: 6 }
const noGrid = { grid: 0, tolerance: 6 }

describe('snapMove', () => {
  it('puts the top-left corner on the grid when nothing is near', () => {
    expect(snapMove({ x: 107, y: 53, w: 180, h: 180 }, [], options)).toEqual({
      x: 100,
      y: 60,
      guides: [],
    })
  })

  it('leaves the box alone without grid and without neighbours', () => {
    expect(snapMove({ x: 107, y: 53, w: 180, h: 180 }, [], noGrid)).toEqual({
      x: 107,
      y: 53,
      guides: [],
    })
  })

  it('aligns the left edge with a neighbour’s left edge and draws a guide spanning both', () => {
    const other = { x: 300, y: 0, w: 180, h: 180 }
    const r = snapMove({ x: 304, y: 407, w: 100, h: 100 }, [other], noGrid)
    expect(r.x).toBe(300)
    expect(r.y).toBe(407) // nothing near on y, no grid
    expect(r.guides).toEqual([{ axis: 'x', at: 300, from: 0, to: 507 }])
  })

  it('aligns centres, and prefers the closest line', () => {
    const other = { x: 0, y: 0, w: 200, h: 200 } // centre 100, 100
    const r = snapMove({ x: 53, y: 300, w: 100, h: 100 }, [other], noGrid) // centre x 103
    expect(r.x).toBe(50)
    expect(r.guides.some((g) => g.axis === 'x' && g.at === 100)).toBe(true)
  })

  it('snaps an edge to a neighbour’s opposite edge (side by side)', () => {
    const other = { x: 0, y: 0, w: 180, h: 180 }
    const r = snapMove({ x: 184, y: 2, w: 180, h: 180 }, [other], options)
    expect(r).toMatchObject({ x: 180, y: 0 })
    expect(r.guides.map((g) => g.axis).sort()).toEqual(['x', 'y', 'y', 'y'])
  })

  it('element snapping wins over the grid on its axis only', () => {
    const other = { x: 303, y: 0, w: 10, h: 10 }
    const r = snapMove({ x: 301, y: 507, w: 100, h: 100 }, [other], options)
    expect(r.x).toBe(303)
    expect(r.y).toBe(500)
  })

  it('does not snap beyond the tolerance', () => {
    const other = { x: 300, y: 0, w: 180, h: 180 }
    const r = snapMove({ x: 310, y: 1000, w: 100, h: 100 }, [other], noGrid)
    expect(r).toEqual({ x: 310, y: 1000, guides: [] })
  })
})

describe('snapResize', () => {
  it('moves only the dragged edges to the grid', () => {
    const r = snapResize({ x: 100, y: 100, w: 187, h: 93 }, { x: 'end', y: 'end' }, [], options)
    expect(r.rect).toEqual({ x: 100, y: 100, w: 180, h: 100 })
  })

  it('snaps a dragged start edge and keeps the opposite edge', () => {
    const r = snapResize({ x: 103, y: 97, w: 97, h: 103 }, { x: 'start', y: 'start' }, [], options)
    expect(r.rect).toEqual({ x: 100, y: 100, w: 100, h: 100 })
  })

  it('snaps the dragged edge to a neighbour’s edge, with a guide', () => {
    const other = { x: 400, y: 0, w: 100, h: 100 }
    const r = snapResize({ x: 200, y: 0, w: 197, h: 50 }, { x: 'end', y: 'end' }, [other], noGrid)
    expect(r.rect.w).toBe(200)
    expect(r.guides).toContainEqual({ axis: 'x', at: 400, from: 0, to: 100 })
  })

  it('never makes the rectangle smaller than the minimum', () => {
    const r = snapResize({ x: 100, y: 100, w: 5, h: 5 }, { x: 'end', y: 'end' }, [], options, 24)
    expect(r.rect.w).toBeGreaterThanOrEqual(24)
    expect(r.rect.h).toBeGreaterThanOrEqual(24)
  })
})
