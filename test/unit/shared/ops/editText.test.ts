import { describe, expect, it } from 'vitest'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { editText } from '../../../../shared/ops/editText.ts'
import {
  elementsMap,
  NOTE_TEXT_MAX,
  readElement,
  getElement,
} from '../../../../shared/schema/index.ts'
import { TestNetwork } from '../../../helpers/peers.ts'
import * as Y from 'yjs'

function textOf(doc: Y.Doc, id: string): string {
  const el = readElement(id, getElement(doc, id))
  return el.kind === 'note' ? el.text : ''
}

describe('editText', () => {
  it('replaces the text, multi-line included', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, { x: 0, y: 0, text: 'Stadt' })
    editText(doc, { id, text: 'Stadtwerke\nMusterstadt' })
    expect(textOf(doc, id)).toBe('Stadtwerke\nMusterstadt')
  })

  it('cuts text longer than the limit', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, { x: 0, y: 0 })
    editText(doc, { id, text: 'x'.repeat(NOTE_TEXT_MAX + 50) })
    expect(textOf(doc, id)).toHaveLength(NOTE_TEXT_MAX)
  })

  it('keeps both people’s words when they type in different parts of one note', () => {
    const net = new TestNetwork(2)
    const [a, b] = net.docs as [Y.Doc, Y.Doc]
    const id = createNote(a, { x: 0, y: 0, text: 'Rechenzentrum' })
    net.flush()
    editText(a, { id, text: 'Kommunales Rechenzentrum' })
    editText(b, { id, text: 'Rechenzentrum (KDN)' })
    net.flush()
    expect(textOf(a, id)).toBe('Kommunales Rechenzentrum (KDN)')
    expect(textOf(b, id)).toBe(textOf(a, id))
  })

  it('undoes a typing session as one step and redoes it', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createNote(doc, { x: 0, y: 0 })
    history.endStep()
    history.beginGesture()
    let typed = ''
    for (const ch of 'Volkshochschule') {
      typed += ch
      editText(doc, { id, text: typed })
      history.endStep()
    }
    history.endGesture()
    history.undo()
    expect(textOf(doc, id)).toBe('')
    expect(elementsMap(doc).has(id)).toBe(true)
    history.redo()
    expect(textOf(doc, id)).toBe('Volkshochschule')
  })

  it('repairs a note whose text is not a Y.Text', () => {
    const doc = new Y.Doc()
    const id = createNote(doc, { x: 0, y: 0 })
    getElement(doc, id)!.set('text', 42)
    editText(doc, { id, text: 'Landkreis' })
    expect(textOf(doc, id)).toBe('Landkreis')
  })
})
