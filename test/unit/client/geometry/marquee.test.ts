import { describe, expect, it } from 'vitest'
import { elementsInside, rectFromCorners } from '../../../../client/src/lib/geometry/marquee.ts'

describe('marquee', () => {
  it('spans the rectangle whichever way it is dragged', () => {
    expect(rectFromCorners({ x: 50, y: 10 }, { x: 0, y: 40 })).toEqual({
      x: 0,
      y: 10,
      w: 50,
      h: 30,
    })
  })

  it('catches elements fully inside, not those it only touches', () => {
    const elements = [
      { id: 'in', x: 10, y: 10, w: 50, h: 50 },
      { id: 'edge', x: 0, y: 0, w: 100, h: 100 },
      { id: 'half', x: 80, y: 10, w: 50, h: 50 },
      { id: 'out', x: 200, y: 200, w: 10, h: 10 },
    ]
    expect(elementsInside(elements, { x: 0, y: 0, w: 100, h: 100 })).toEqual(['in', 'edge'])
  })
})
