import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createImage } from '../../../../shared/ops/createImage.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { elementsMap, readElement, getElement } from '../../../../shared/schema/index.ts'
import { IMAGE_MAX_SIDE } from '../../../../shared/schema/image.ts'

const HASH = 'ab'.repeat(32)
const photo = { asset: HASH, mime: 'image/jpeg', width: 4000, height: 3000 } as const

describe('createImage', () => {
  it('places the image centred on the point, scaled down with its aspect ratio kept', () => {
    const doc = new Y.Doc()
    const id = createImage(doc, { x: 1000, y: 500, ...photo, alt: 'Rathaus von Süden' })
    const el = readElement(id, getElement(doc, id))
    expect(el).toMatchObject({
      kind: 'image',
      asset: HASH,
      mime: 'image/jpeg',
      width: 4000,
      height: 3000,
      alt: 'Rathaus von Süden',
      w: IMAGE_MAX_SIDE,
      h: (IMAGE_MAX_SIDE * 3) / 4,
    })
    expect(el.x + el.w / 2).toBe(1000)
    expect(el.y + el.h / 2).toBe(500)
  })

  it('keeps a small picture at its natural size, and an alt text of none as empty', () => {
    const doc = new Y.Doc()
    const id = createImage(doc, { x: 0, y: 0, ...photo, width: 200, height: 100 })
    expect(readElement(id, getElement(doc, id))).toMatchObject({ w: 200, h: 100, alt: '' })
  })

  it('goes on top of what is already there', () => {
    const doc = new Y.Doc()
    const note = createNote(doc, { x: 0, y: 0 })
    const image = createImage(doc, { x: 0, y: 0, ...photo })
    const z = (id: string): string => readElement(id, getElement(doc, id)).z
    expect(z(image) > z(note)).toBe(true)
  })

  it('is undone and redone as one step', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const id = createImage(doc, { x: 0, y: 0, ...photo, alt: 'Plan' })
    history.endStep()
    expect(history.undo()).toBe(true)
    expect(elementsMap(doc).has(id)).toBe(false)
    expect(history.redo()).toBe(true)
    expect(readElement(id, getElement(doc, id))).toMatchObject({ kind: 'image', alt: 'Plan' })
  })
})
