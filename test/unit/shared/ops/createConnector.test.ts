import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { moveElements } from '../../../../shared/ops/moveElements.ts'
import { connectorPath } from '../../../../shared/geometry/connectorPath.ts'
import { docTargets } from '../../../../shared/ops/connectorBox.ts'
import {
  elementsMap,
  readElement,
  type Connector,
  getElement,
} from '../../../../shared/schema/index.ts'

function read(doc: Y.Doc, id: string): Connector {
  const el = readElement(id, getElement(doc, id))
  if (el.kind !== 'connector') throw new Error(`not a connector: ${JSON.stringify(el)}`)
  return el
}

describe('createConnector', () => {
  it('binds both ends, stores the bounding box and last known points; undo and redo', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    // Notes of 180 units centred at (90, 90) and (590, 90).
    const a = createNote(doc, { x: 90, y: 90 })
    const b = createNote(doc, { x: 590, y: 90 })
    history.endStep()
    const id = createConnector(doc, {
      from: { elementId: a },
      to: { elementId: b },
      text: 'liefert',
    })
    history.endStep()

    const c = read(doc, id)
    expect(c).toMatchObject({
      from: { elementId: a, anchor: 'auto', x: 180, y: 90 },
      to: { elementId: b, anchor: 'auto', x: 500, y: 90 },
      routing: 'straight',
      startArrowhead: 'none',
      endArrowhead: 'arrow',
      stroke: 'ink',
      strokeWidth: 2,
      strokeStyle: 'solid',
      text: 'liefert',
      x: 180,
      w: 320,
      h: 1,
    })
    // On top of the notes.
    expect(c.z > String(getElement(doc, b)?.get('z'))).toBe(true)

    history.undo()
    expect(elementsMap(doc).has(id)).toBe(false)
    expect(elementsMap(doc).size).toBe(2)
    history.redo()
    expect(read(doc, id).text).toBe('liefert')
  })

  it('follows a moved element without writing to the connector', () => {
    const doc = new Y.Doc()
    const a = createNote(doc, { x: 90, y: 90 })
    const b = createNote(doc, { x: 590, y: 90 })
    const id = createConnector(doc, { from: { elementId: a }, to: { elementId: b } })
    const before = getElement(doc, id)!.toJSON()
    moveElements(doc, { positions: [{ id: b, x: 500, y: 500 }] })
    expect(getElement(doc, id)!.toJSON()).toEqual(before)
    const path = connectorPath(read(doc, id), docTargets(doc))
    // b's centre is now (590, 590): the line from a's centre leaves b at its corner.
    expect(path?.points[path.points.length - 1]).toEqual({ x: 500, y: 500 })
  })

  it('keeps free ends, style and a clamped width', () => {
    const doc = new Y.Doc()
    const id = createConnector(doc, {
      from: { x: 10, y: 20 },
      to: { x: 110, y: 220 },
      routing: 'elbow',
      startArrowhead: 'dot',
      endArrowhead: 'triangle',
      stroke: 'blue',
      strokeWidth: 99,
      strokeStyle: 'dashed',
    })
    expect(read(doc, id)).toMatchObject({
      from: { x: 10, y: 20 },
      to: { x: 110, y: 220 },
      routing: 'elbow',
      startArrowhead: 'dot',
      endArrowhead: 'triangle',
      stroke: 'blue',
      strokeWidth: 16,
      strokeStyle: 'dashed',
      x: 10,
      y: 20,
      w: 100,
      h: 200,
    })
  })
})

describe('moving a connector', () => {
  it('moves its free ends with its box and leaves bound ends with their elements', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const a = createNote(doc, { x: 90, y: 90 })
    const id = createConnector(doc, { from: { elementId: a }, to: { x: 400, y: 90 } })
    history.endStep()
    const box = read(doc, id)
    moveElements(doc, { positions: [{ id, x: box.x + 50, y: box.y + 100 }] })
    history.endStep()
    expect(read(doc, id)).toMatchObject({ from: { elementId: a }, to: { x: 450, y: 190 } })
    history.undo()
    expect(read(doc, id).to).toEqual({ x: 400, y: 90 })
  })
})
