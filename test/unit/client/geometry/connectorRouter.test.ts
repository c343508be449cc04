import { describe, expect, it } from 'vitest'
import { ConnectorRouter } from '../../../../client/src/lib/geometry/connectorRouter.ts'
import type { BoardElement, Note } from '../../../../shared/schema/index.ts'
import { connector, note } from '../render/fixtures.ts'

function at(n: Note, x: number, y: number): Note {
  return { ...n, x, y }
}

/** A board as the router sees it: elements by id, changed by replacing their objects. */
function board(elements: BoardElement[]) {
  const byId = new Map(elements.map((el) => [el.id, el]))
  const router = new ConnectorRouter(
    (id) => byId.get(id),
    () => byId.values(),
  )
  return {
    router,
    put(el: BoardElement) {
      byId.set(el.id, el)
      router.changed([el.id])
    },
  }
}

describe('ConnectorRouter: routes around cards, redone only where a card moved', () => {
  const a = at(note('a', 0, 'A', 'a0'), 0, 0)
  const b = at(note('b', 0, 'B', 'a1'), 1000, 0)
  const middle = at(note('m', 0, 'Mitte', 'a2'), 400, 0)
  const far = at(note('f', 0, 'Weit weg', 'a3'), 0, 5000)
  const line = connector('c', 'a', { elementId: 'b', anchor: 'auto' })

  it('goes around a note between its ends', () => {
    const { router } = board([a, b, middle, far, line])
    expect(router.path(line)!.points.length).toBeGreaterThan(2)
  })

  it('runs straight again once the note in the way has moved off the line', () => {
    const { router, put } = board([a, b, middle, far, line])
    router.path(line)
    put(at(middle, 400, 1000))
    expect(router.path(line)!.points).toHaveLength(2)
  })

  it('keeps its route (the same object) when a card moves far from it', () => {
    const { router, put } = board([a, b, middle, far, line])
    const before = router.path(line)
    put(at(far, 100, 6000))
    expect(router.path(line)).toBe(before)
  })

  it('routes again when a card moves into its way', () => {
    const { router, put } = board([a, b, far, line])
    expect(router.path(line)!.points).toHaveLength(2)
    put({ ...middle, id: 'new' })
    expect(router.path(line)!.points.length).toBeGreaterThan(2)
  })
})
