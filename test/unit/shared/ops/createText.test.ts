import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createText } from '../../../../shared/ops/createText.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import {
  DEFAULT_TEXT_FONT_SIZE,
  elementsMap,
  readElement,
  getElement,
} from '../../../../shared/schema/index.ts'

const read = (doc: Y.Doc, id: string) => readElement(id, getElement(doc, id))

describe('createText', () => {
  it('creates a text block at the rectangle, with its text as a Y.Text and default style', () => {
    const doc = new Y.Doc()
    const id = createText(doc, { x: 10.4, y: 20, w: 240, h: 48, text: 'Agenda' })
    expect(read(doc, id)).toMatchObject({
      kind: 'text',
      x: 10,
      y: 20,
      w: 240,
      h: 48,
      text: 'Agenda',
      fontSize: DEFAULT_TEXT_FONT_SIZE,
      color: 'ink',
      align: 'left',
    })
    expect(getElement(doc, id)?.get('text')).toBeInstanceOf(Y.Text)
  })

  it('keeps its style and sits above what was there', () => {
    const doc = new Y.Doc()
    const note = createNote(doc, { x: 0, y: 0 })
    const id = createText(doc, {
      x: 0,
      y: 0,
      w: 5,
      h: 5,
      fontSize: 56,
      color: 'blue',
      align: 'center',
    })
    const text = read(doc, id)
    expect(text).toMatchObject({ fontSize: 56, color: 'blue', align: 'center', w: 24, h: 24 })
    expect(text.z > read(doc, note).z).toBe(true)
  })

  it('is undone and redone as one step', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createText(doc, { x: 0, y: 0, w: 100, h: 40, text: 'Ziele' })
    history.endStep()
    expect(history.undo()).toBe(true)
    expect(elementsMap(doc).has(id)).toBe(false)
    expect(history.redo()).toBe(true)
    expect(read(doc, id)).toMatchObject({ kind: 'text', text: 'Ziele' })
  })
})
