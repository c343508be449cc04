import { describe, expect, it } from 'vitest'
import { isRouteObstacle } from '../../../../shared/geometry/obstacles.ts'

describe('what a relation goes around', () => {
  it('cards, notes and text labels, whose words a line would strike out', () => {
    for (const kind of ['actor', 'role', 'person', 'note', 'text']) {
      expect(isRouteObstacle({ kind }), kind).toBe(true)
    }
  })

  it('not the drawing underneath: frames, shapes (a map’s rings), lines, strokes, images', () => {
    for (const kind of ['frame', 'shape', 'connector', 'stroke', 'image', 'unknown']) {
      expect(isRouteObstacle({ kind }), kind).toBe(false)
    }
  })
})
