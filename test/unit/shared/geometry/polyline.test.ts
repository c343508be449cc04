import { describe, expect, it } from 'vitest'
import {
  distanceToPolyline,
  distanceToSegment,
  labelPosition,
  pointAlong,
  polylineBounds,
  polylineLength,
  simplifyPolyline,
} from '../../../../shared/geometry/polyline.ts'

const elbow = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
  { x: 100, y: 50 },
]

describe('polyline', () => {
  it('measures the distance to a segment, past its ends too', () => {
    expect(distanceToSegment({ x: 50, y: 10 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toBe(10)
    expect(distanceToSegment({ x: -30, y: 40 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toBe(50)
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5)
  })

  it('hit-tests a polyline by its nearest segment', () => {
    expect(distanceToPolyline({ x: 104, y: 30 }, elbow)).toBe(4)
    expect(distanceToPolyline({ x: 50, y: -2 }, elbow)).toBe(2)
    expect(distanceToPolyline({ x: 0, y: 0 }, [])).toBe(Infinity)
  })

  it('puts the label halfway along the length', () => {
    expect(polylineLength(elbow)).toBe(150)
    expect(labelPosition(elbow)).toEqual({ x: 75, y: 0 })
    expect(pointAlong(elbow, 1)).toEqual({ x: 100, y: 50 })
    expect(
      labelPosition([
        { x: 0, y: 0 },
        { x: 0, y: 80 },
      ]),
    ).toEqual({ x: 0, y: 40 })
  })

  it('bounds a path, at least one unit thick for a level line', () => {
    expect(polylineBounds(elbow)).toEqual({ x: 0, y: 0, w: 100, h: 50 })
    expect(
      polylineBounds([
        { x: 0, y: 10 },
        { x: 40, y: 10 },
      ]),
    ).toEqual({
      x: 0,
      y: 9.5,
      w: 40,
      h: 1,
    })
  })

  it('drops repeated and collinear points but keeps turns back', () => {
    expect(
      simplifyPolyline([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 50, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 50 },
      ]),
    ).toEqual(elbow)
    const back = [
      { x: 0, y: 0 },
      { x: 50, y: 0 },
      { x: 20, y: 0 },
    ]
    expect(simplifyPolyline(back)).toEqual(back)
  })
})
