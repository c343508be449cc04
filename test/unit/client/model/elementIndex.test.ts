import { describe, expect, test } from 'vitest'
import { ElementIndex } from '../../../../client/src/lib/model/elementIndex.ts'
import { compareStacking, type Note } from '../../../../shared/schema/index.ts'
import { seededRandom } from '../../../helpers/peers.ts'

function note(id: string, z: string, x = 0): Note {
  return { id, z, x, y: 0, w: 100, h: 100, type: 'note', kind: 'note', color: 'yellow', text: '' }
}

const ids = (index: ElementIndex): string[] => index.ordered.map((e) => e.id)

describe('ElementIndex', () => {
  test('keeps elements in stacking order, ties broken by id', () => {
    const index = new ElementIndex()
    index.upsert(note('b', 'a1'))
    index.upsert(note('a', 'a2'))
    index.upsert(note('c', 'a1'))
    index.upsert(note('d', 'a0'))
    expect(ids(index)).toEqual(['d', 'b', 'c', 'a'])
  })

  test('an update in place keeps the position; a new z moves the element', () => {
    const index = new ElementIndex()
    index.reset([note('a', 'a0'), note('b', 'a1'), note('c', 'a2')])
    index.upsert(note('b', 'a1', 500))
    expect(ids(index)).toEqual(['a', 'b', 'c'])
    expect(index.get('b')?.x).toBe(500)
    index.upsert(note('a', 'a3'))
    expect(ids(index)).toEqual(['b', 'c', 'a'])
  })

  test('remove takes the element out of both views', () => {
    const index = new ElementIndex()
    index.reset([note('a', 'a0'), note('b', 'a1')])
    index.remove('a')
    index.remove('missing')
    expect(ids(index)).toEqual(['b'])
    expect(index.has('a')).toBe(false)
    expect(index.size).toBe(1)
  })

  test('random upserts and removes always match a full sort', () => {
    const random = seededRandom(42)
    const index = new ElementIndex()
    const live = new Map<string, Note>()
    for (let step = 0; step < 2000; step++) {
      const id = `n${Math.floor(random() * 60)}`
      if (random() < 0.25) {
        index.remove(id)
        live.delete(id)
      } else {
        const el = note(id, `a${Math.floor(random() * 10)}`, step)
        index.upsert(el)
        live.set(id, el)
      }
    }
    expect(index.ordered).toEqual([...live.values()].sort(compareStacking))
  })
})
