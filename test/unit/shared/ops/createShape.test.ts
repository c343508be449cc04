import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createShape } from '../../../../shared/ops/createShape.ts'
import {
  elementsMap,
  readElement,
  SHAPE_KINDS,
  getElement,
} from '../../../../shared/schema/index.ts'

const read = (doc: Y.Doc, id: string) => readElement(id, getElement(doc, id))

describe('createShape', () => {
  it('creates every kind with default style and an empty label', () => {
    const doc = new Y.Doc()
    for (const shape of SHAPE_KINDS) {
      const id = createShape(doc, { x: 0, y: 0, w: 160, h: 100, shape })
      expect(read(doc, id)).toMatchObject({
        kind: 'shape',
        shape,
        fill: 'white',
        stroke: 'ink',
        strokeWidth: 2,
        strokeStyle: 'solid',
        text: '',
      })
    }
  })

  it('keeps the given style and label', () => {
    const doc = new Y.Doc()
    const id = createShape(doc, {
      x: 5,
      y: 6,
      w: 200,
      h: 120,
      shape: 'diamond',
      fill: 'none',
      stroke: 'red',
      strokeWidth: 4,
      strokeStyle: 'dashed',
      text: 'Entscheidung?',
    })
    expect(read(doc, id)).toMatchObject({
      x: 5,
      y: 6,
      shape: 'diamond',
      fill: 'none',
      stroke: 'red',
      strokeWidth: 4,
      strokeStyle: 'dashed',
      text: 'Entscheidung?',
    })
  })

  it('is undone and redone as one step', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createShape(doc, {
      x: 0,
      y: 0,
      w: 100,
      h: 100,
      shape: 'ellipse',
      text: 'Bürger:innen',
    })
    history.endStep()
    expect(history.undo()).toBe(true)
    expect(elementsMap(doc).has(id)).toBe(false)
    expect(history.redo()).toBe(true)
    expect(read(doc, id)).toMatchObject({ shape: 'ellipse', text: 'Bürger:innen' })
  })
})
