import { afterEach, expect, test } from 'vitest'
import { at, editorFixture } from '../tools/editorFixture.ts'
import { createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

test('a drag names what it moves once, and the board tells listeners which ids changed', () => {
  fixture = editorFixture()
  const { editor, board, session } = fixture
  const a = board.run(createNote, { x: 0, y: 0, text: 'Stadtwerke' })!
  const b = board.run(createNote, { x: 300, y: 0, text: 'Landkreis' })!
  const other = board.run(createNote, { x: 600, y: 0, text: 'Kämmerei' })!
  const start = { ...board.get(a)! }
  const otherStart = { ...board.get(other)! }
  session.select([a, b])
  const changes: string[][] = []
  board.onChange((changed) => changes.push([...changed].sort()))

  const grab = { x: start.x + 90, y: start.y + 90 }
  editor.pointerDown(at(grab.x, grab.y))
  editor.pointerMove(at(grab.x + 50, grab.y))
  const moving = session.moving
  expect([...moving].sort()).toEqual([a, b].sort())
  editor.pointerMove(at(grab.x + 100, grab.y + 30))
  // The same set object for the whole drag: the canvas keys its cached picture on it.
  expect(session.moving).toBe(moving)
  fixture.frame()
  expect(changes).toEqual([[a, b].sort()])
  expect(board.get(other)).toMatchObject({ x: otherStart.x, y: otherStart.y })

  editor.pointerUp(at(grab.x + 100, grab.y + 30))
  expect(session.moving.size).toBe(0)
  expect(board.note(a)).toMatchObject({ x: start.x + 100, y: start.y + 30 })
})

test('a drag taken over by a second finger puts the notes back and ends moving', () => {
  fixture = editorFixture()
  const { editor, board, session } = fixture
  const a = board.run(createNote, { x: 0, y: 0, text: 'Stadtwerke' })!
  const start = { ...board.get(a)! }
  editor.pointerDown(at(start.x + 90, start.y + 90, { pointerId: 1 }))
  editor.pointerMove(at(start.x + 160, start.y + 90, { pointerId: 1 }))
  expect(session.moving.has(a)).toBe(true)
  editor.pointerDown(at(400, 300, { pointerId: 2 }))
  fixture.frame()
  expect(session.moving.size).toBe(0)
  expect(board.note(a)).toMatchObject({ x: start.x, y: start.y })
})
