import { afterEach, describe, expect, test } from 'vitest'
import type { Connector } from '../../../../shared/schema/index.ts'
import { at, editorFixture } from './editorFixture.ts'
import { createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

function connectors(): Connector[] {
  return fixture.board.elements.filter((e): e is Connector => e.kind === 'connector')
}

/** Press, move through the middle and release, with or without Shift held. */
function drag(from: [number, number], to: [number, number], shiftKey: boolean): void {
  const { editor } = fixture
  editor.pointerDown(at(from[0], from[1], { shiftKey }))
  editor.pointerMove(at((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, { shiftKey }))
  editor.pointerMove(at(to[0], to[1], { shiftKey }))
  editor.pointerUp(at(to[0], to[1], { shiftKey }))
}

describe('Shift while drawing a line or arrow', () => {
  test('a free line from empty canvas becomes exactly horizontal', () => {
    fixture = editorFixture()
    fixture.editor.setTool('line')
    drag([100, 400], [300, 412], true)
    expect(connectors()[0]).toMatchObject({ from: { x: 100, y: 400 }, to: { x: 300, y: 400 } })
  })

  test('without Shift the end stays where the pointer is', () => {
    fixture = editorFixture()
    fixture.editor.setTool('line')
    drag([100, 400], [300, 412], false)
    expect(connectors()[0]).toMatchObject({ to: { x: 300, y: 412 } })
  })

  test('from a note, the free end snaps around the note centre in 15° steps', () => {
    fixture = editorFixture()
    const a = fixture.board.run(createNote, { x: 200, y: 200 })!
    fixture.editor.setTool('arrow')
    // 67.9° from the note's centre: the nearest step is 75°, at the same distance (345.4).
    drag([200, 200], [330, 520], true)
    const [arrow] = connectors()
    expect(arrow).toMatchObject({ from: { elementId: a } })
    const to = arrow!.to as { x: number; y: number }
    const deg = (Math.atan2(to.y - 200, to.x - 200) * 180) / Math.PI
    expect(Math.abs(deg - 75)).toBeLessThan(0.2)
    expect(Math.hypot(to.x - 200, to.y - 200)).toBeCloseTo(Math.hypot(130, 320), 0)
  })

  test('the preview shows the snapped end while dragging', () => {
    fixture = editorFixture()
    const { editor, session } = fixture
    editor.setTool('line')
    editor.pointerDown(at(100, 100, { shiftKey: true }))
    editor.pointerMove(at(200, 110, { shiftKey: true }))
    const [ghost] = session.preview as Connector[]
    expect(ghost?.to).toMatchObject({ y: 100 })
    editor.pointerUp(at(200, 110, { shiftKey: true }))
  })

  test('an end over another element still binds to it', () => {
    fixture = editorFixture()
    const a = fixture.board.run(createNote, { x: 200, y: 200 })!
    const b = fixture.board.run(createNote, { x: 600, y: 260 })!
    fixture.editor.setTool('arrow')
    drag([200, 200], [600, 280], true)
    expect(connectors()[0]).toMatchObject({ from: { elementId: a }, to: { elementId: b } })
  })
})
