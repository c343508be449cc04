import * as Y from 'yjs'
import { describe, expect, test } from 'vitest'
import {
  describeBoard,
  PICTURE_MARGIN,
  PictureScopeError,
} from '../../../../../shared/picture/describe/board.ts'
import { primitivesBounds } from '../../../../../shared/picture/bounds.ts'
import { createNote } from '../../../../../shared/ops/createNote.ts'
import { createFrame } from '../../../../../shared/ops/createFrame.ts'
import { createConnector } from '../../../../../shared/ops/createConnector.ts'
import type { GroupPrimitive } from '../../../../../shared/picture/primitives.ts'
import { flatten, words } from './pictureText.ts'

describe('describeBoard', () => {
  test('the whole board: one group per element, in stacking order', () => {
    const doc = new Y.Doc()
    const frame = createFrame(doc, { x: 0, y: 0, w: 800, h: 600, title: 'Agenda' })
    const first = createNote(doc, { x: 100, y: 100, text: 'eins' })
    const second = createNote(doc, { x: 140, y: 140, text: 'zwei' })
    const picture = describeBoard(doc, { scope: 'board', language: 'de' })
    expect(picture.items.map((g) => (g as GroupPrimitive).elementId)).toEqual([
      frame,
      first,
      second,
    ])
  })

  test('the bounds cover shadows, strokes and a label sticking out, plus the margin', () => {
    const doc = new Y.Doc()
    createNote(doc, { x: 0, y: 0, text: 'A', size: 'm' })
    // A long label in the middle of a short vertical line reaches far beyond the notes.
    createConnector(doc, {
      from: { x: 500, y: 0 },
      to: { x: 500, y: 100 },
      text: 'wird regelmäßig informiert über Beschlüsse des Rates',
    })
    const picture = describeBoard(doc, { scope: 'board', language: 'de', margin: 10 })
    const drawn = primitivesBounds(picture.items)!
    expect(picture.bounds).toEqual({
      x: drawn.x - 10,
      y: drawn.y - 10,
      w: drawn.w + 20,
      h: drawn.h + 20,
    })
    // The note (180 units, centred on 0, 0) casts its shadow 3 units below it.
    expect(drawn.y + drawn.h).toBeGreaterThanOrEqual(90 + 3)
    const label = flatten(picture.items).find((p) => p.kind === 'rect' && p.fill === '#f7f7f4')
    expect(label && label.kind === 'rect' && label.x + label.w).toBeLessThanOrEqual(
      drawn.x + drawn.w,
    )
  })

  test('a frame: the frame and what lies in it, clipped to it, bounded by it', () => {
    const doc = new Y.Doc()
    const frame = createFrame(doc, { x: 1000, y: 0, w: 400, h: 300, title: 'Schritt 2' })
    // Its centre lies in the frame, its right part outside.
    createNote(doc, { x: 1380, y: 150, text: 'ragt hinaus' })
    createNote(doc, { x: 0, y: 0, text: 'draußen' })
    const picture = describeBoard(doc, { scope: 'frame', frame, language: 'de', margin: 0 })
    expect(words(picture.items)).toEqual(['Schritt 2', 'ragt hinaus'])
    const clipped = picture.items[1] as GroupPrimitive
    expect(clipped.clip).toEqual({ x: 1000, y: 0, w: 400, h: 300 })
    // The bounds are the frame's (and the outer half of its outline).
    expect(picture.bounds.x).toBeCloseTo(1000 - 1.5, 6)
    expect(picture.bounds.w).toBeCloseTo(400 + 3, 6)
  })

  test('an unknown frame and an empty selection are refused', () => {
    const doc = new Y.Doc()
    createNote(doc, { x: 0, y: 0 })
    expect(() => describeBoard(doc, { scope: 'frame', frame: 'nope', language: 'de' })).toThrow(
      PictureScopeError,
    )
    expect(() => describeBoard(doc, { scope: 'selection', ids: ['x'], language: 'de' })).toThrow(
      PictureScopeError,
    )
  })

  test('the selection: only the selected elements, and a selected frame with its content', () => {
    const doc = new Y.Doc()
    const frame = createFrame(doc, { x: 0, y: 0, w: 400, h: 300, title: 'Rahmen A' })
    createNote(doc, { x: 200, y: 150, text: 'im Rahmen' })
    const lone = createNote(doc, { x: 900, y: 0, text: 'ausgewählt' })
    createNote(doc, { x: 1300, y: 0, text: 'nicht ausgewählt' })
    const picture = describeBoard(doc, {
      scope: 'selection',
      ids: [frame, lone],
      language: 'de',
    })
    expect(words(picture.items)).toEqual(['Rahmen A', 'im Rahmen', 'ausgewählt'])
    expect(picture.bounds.x).toBe(-PICTURE_MARGIN - 1.5)
  })
})
