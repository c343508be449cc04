import { describe, expect, it } from 'vitest'
import {
  anchorPoint,
  facingSides,
  insideOutline,
  outlineExit,
  outlineOf,
  relativeAnchor,
  sideFacing,
} from '../../../../shared/geometry/outline.ts'

const box = { x: 0, y: 0, w: 200, h: 100 }

describe('outlineExit: where a line aimed at the centre leaves the element', () => {
  it('leaves a rectangle through the side it points at', () => {
    expect(outlineExit(box, 'rect', { x: 500, y: 50 })).toEqual({ x: 200, y: 50 })
    expect(outlineExit(box, 'rect', { x: 100, y: -300 })).toEqual({ x: 100, y: 0 })
    // Diagonal toward a far corner-ish point: clipped by the nearer side (top, h is smaller).
    expect(outlineExit(box, 'rect', { x: 300, y: -150 })).toEqual({ x: 150, y: 0 })
  })

  it('lands on the ellipse and on the diamond outline', () => {
    const p = outlineExit(box, 'ellipse', { x: 400, y: 250 })
    expect(((p.x - 100) / 100) ** 2 + ((p.y - 50) / 50) ** 2).toBeCloseTo(1)
    const d = outlineExit(box, 'diamond', { x: 400, y: 250 })
    expect(Math.abs(d.x - 100) / 100 + Math.abs(d.y - 50) / 50).toBeCloseTo(1)
    // Straight right, all three meet at the middle of the right side.
    for (const shape of ['rect', 'ellipse', 'diamond'] as const) {
      expect(outlineExit(box, shape, { x: 900, y: 50 })).toEqual({ x: 200, y: 50 })
    }
  })

  it('gives the right side for a target at the centre, never NaN', () => {
    expect(outlineExit(box, 'ellipse', { x: 100, y: 50 })).toEqual({ x: 200, y: 50 })
  })
})

describe('anchors and sides', () => {
  it('projects a relative anchor onto the outline and back', () => {
    expect(anchorPoint(box, 'rect', { x: 1, y: 0.5 })).toEqual({ x: 200, y: 50 })
    expect(anchorPoint(box, 'rect', { x: 0.5, y: 0 })).toEqual({ x: 100, y: 0 })
    expect(relativeAnchor(box, { x: 150, y: 100 })).toEqual({ x: 0.75, y: 1 })
    expect(relativeAnchor(box, { x: -50, y: 300 })).toEqual({ x: 0, y: 1 })
  })

  it('names the side facing a point and the sides two boxes face each other with', () => {
    expect(sideFacing(box, { x: 300, y: 60 })).toBe('right')
    expect(sideFacing(box, { x: 100, y: -10 })).toBe('top')
    expect(facingSides(box, { x: 400, y: 300, w: 50, h: 50 })).toEqual(['right', 'left'])
    expect(facingSides(box, { x: 50, y: 300, w: 50, h: 50 })).toEqual(['bottom', 'top'])
    expect(facingSides(box, { x: 50, y: -300, w: 50, h: 50 })).toEqual(['top', 'bottom'])
    expect(facingSides(box, { x: -300, y: 0, w: 50, h: 50 })).toEqual(['left', 'right'])
  })

  it('tells inside from outside for each outline', () => {
    expect(insideOutline(box, 'rect', { x: 190, y: 5 })).toBe(true)
    expect(insideOutline(box, 'ellipse', { x: 190, y: 5 })).toBe(false)
    expect(insideOutline(box, 'diamond', { x: 100, y: 45 })).toBe(true)
  })

  it('reads the outline of shapes, everything else is a rectangle', () => {
    expect(outlineOf({ type: 'shape', shape: 'ellipse' })).toBe('ellipse')
    expect(outlineOf({ type: 'shape', shape: 'diamond' })).toBe('diamond')
    expect(outlineOf({ type: 'shape', shape: 'roundedRectangle' })).toBe('rect')
    expect(outlineOf({ type: 'note' })).toBe('rect')
  })
})
