import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../shared/history.ts'
import { createNote } from '../../../shared/ops/createNote.ts'
import { deleteElements } from '../../../shared/ops/deleteElements.ts'
import { editText } from '../../../shared/ops/editText.ts'
import { moveElements } from '../../../shared/ops/moveElements.ts'
import { elementsMap, readElement, getElement } from '../../../shared/schema/index.ts'
import { TestNetwork, seededRandom } from '../../helpers/peers.ts'

describe('History across peers', () => {
  it('undo on one peer leaves the other peer’s note and edits intact', () => {
    const net = new TestNetwork(2)
    const [a, b] = net.docs as [Y.Doc, Y.Doc]
    const historyA = new History(a)
    const mine = createNote(a, { x: 0, y: 0, text: 'Stadtwerke' })
    historyA.endStep()
    net.flush()
    const theirs = createNote(b, { x: 300, y: 0, text: 'Landkreis' })
    editText(b, { id: mine, text: 'Stadtwerke Musterstadt' })
    net.flush()

    historyA.undo()
    net.flush()
    for (const doc of [a, b]) {
      expect(elementsMap(doc).has(mine)).toBe(false)
      expect(readElement(theirs, getElement(doc, theirs))).toMatchObject({ text: 'Landkreis' })
    }
    expect(historyA.canUndo).toBe(false)
  })

  it('undoing my move does not revert a move someone else made later to another note', () => {
    const net = new TestNetwork(2)
    const [a, b] = net.docs as [Y.Doc, Y.Doc]
    const historyA = new History(a)
    const n1 = createNote(a, { x: 0, y: 0 })
    const n2 = createNote(a, { x: 0, y: 0 })
    historyA.endStep()
    net.flush()
    moveElements(a, { positions: [{ id: n1, x: 100, y: 100 }] })
    historyA.endStep()
    moveElements(b, { positions: [{ id: n2, x: 500, y: 500 }] })
    net.flush()
    historyA.undo()
    net.flush()
    expect(readElement(n2, getElement(a, n2))).toMatchObject({ x: 500, y: 500 })
    expect(readElement(n1, getElement(b, n1))).not.toMatchObject({ x: 100, y: 100 })
  })

  it('converges for random operations delivered in random order', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = seededRandom(seed)
      const net = new TestNetwork(3)
      const ids: string[] = []
      for (let step = 0; step < 40; step++) {
        const doc = net.docs[Math.floor(random() * 3)]!
        const pick = ids[Math.floor(random() * ids.length)]
        const r = random()
        if (r < 0.35 || !pick) ids.push(createNote(doc, { x: random() * 1000, y: random() * 1000 }))
        else if (r < 0.6) moveElements(doc, { positions: [{ id: pick, x: step, y: -step }] })
        else if (r < 0.85) editText(doc, { id: pick, text: `Notiz ${step}` })
        else deleteElements(doc, { ids: [pick] })
        if (random() < 0.3) net.flush(random)
      }
      net.flush(random)
      // Map iteration order is local insertion order; compare contents by id.
      const [first, ...rest] = net.docs.map((d) => {
        const json = elementsMap(d).toJSON() as Record<string, unknown>
        return JSON.stringify(
          Object.keys(json)
            .sort()
            .map((id) => [id, json[id]]),
        )
      })
      for (const other of rest) expect(other, `seed ${seed}`).toBe(first)
    }
  })
})
