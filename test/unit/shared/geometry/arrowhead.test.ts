import { describe, expect, it } from 'vitest'
import { arrowheadGeometry, arrowheadSize } from '../../../../shared/geometry/arrowhead.ts'

const tip = { x: 100, y: 0 }
const from = { x: 0, y: 0 }

describe('arrowheadGeometry', () => {
  it('draws nothing for none and for a zero-length line', () => {
    expect(arrowheadGeometry('none', tip, from, 2).shape).toEqual({ kind: 'none' })
    expect(arrowheadGeometry('arrow', tip, tip, 2).shape).toEqual({ kind: 'none' })
  })

  it('opens an arrow behind the tip, symmetric about the line', () => {
    const size = arrowheadSize(2)
    const { shape, lineEnd } = arrowheadGeometry('arrow', tip, from, 2)
    expect(lineEnd).toEqual(tip)
    expect(shape).toEqual({
      kind: 'open',
      points: [{ x: 100 - size, y: size / 2 }, tip, { x: 100 - size, y: -size / 2 }],
    })
  })

  it('fills a triangle and ends the line inside it', () => {
    const { shape, lineEnd } = arrowheadGeometry('triangle', tip, from, 2)
    expect(shape.kind).toBe('filled')
    expect(lineEnd.x).toBeLessThan(100)
    expect(lineEnd.y).toBeCloseTo(0)
  })

  it('puts a dot touching the tip and follows the direction of the line', () => {
    const { shape } = arrowheadGeometry('dot', { x: 0, y: 100 }, { x: 0, y: 0 }, 2)
    if (shape.kind !== 'circle') throw new Error('expected a circle')
    expect(shape.center.x).toBeCloseTo(0)
    expect(shape.center.y + shape.radius).toBeCloseTo(100)
  })

  it('never grows longer than most of a short line', () => {
    const { shape } = arrowheadGeometry('triangle', { x: 10, y: 0 }, from, 8)
    if (shape.kind !== 'filled') throw new Error('expected a polygon')
    expect(Math.min(...shape.points.map((p) => p.x))).toBeGreaterThanOrEqual(2)
  })
})
