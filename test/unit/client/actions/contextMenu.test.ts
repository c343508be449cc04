import { afterEach, describe, expect, test } from 'vitest'
import { getAction } from '../../../../client/src/lib/actions/index.ts'
import {
  contextMenuSections,
  openContextMenu,
} from '../../../../client/src/lib/actions/contextMenu.ts'
import type { ActionName } from '../../../../client/src/lib/actions/types.ts'
import { editorFixture } from '../tools/editorFixture.ts'
import { runAction } from '../../../../client/src/lib/actions/index.ts'
import { createNote } from '../../../../shared/ops/index.ts'

let fixture: ReturnType<typeof editorFixture>
afterEach(() => fixture.destroy())

function offered(): ActionName[] {
  const { editor } = fixture
  return contextMenuSections(editor, (name) => getAction(name).enabled(editor)).flat()
}

describe('the context menu', () => {
  test('on empty canvas: paste, select all, show everything; the selection is cleared', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const a = board.run(createNote, { x: 100, y: 100 })!
    session.select([a])
    openContextMenu(editor, { x: 700, y: 500 })
    expect(session.selection.size).toBe(0)
    expect(session.menu.current).toMatchObject({ at: { x: 700, y: 500 }, byKeyboard: false })
    expect(offered()).toEqual(['paste', 'selectAll', 'zoomFit'])
  })

  test('on an element: it is selected and the menu lists what applies to one element', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const a = board.run(createNote, { x: 100, y: 100, text: 'Bauamt' })!
    board.run(createNote, { x: 400, y: 100 })
    openContextMenu(editor, { x: 100, y: 100 })
    expect([...session.selection]).toEqual([a])
    const names = offered()
    expect(names).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'delete', 'lock']))
    expect(names).toContain('bringToFront')
    expect(names).not.toContain('connect')
    expect(names).not.toContain('alignLeft')
    expect(names).not.toContain('ungroup')
  })

  test('with two selected: connect and align; a right-click inside keeps both selected', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const a = board.run(createNote, { x: 100, y: 100 })!
    const b = board.run(createNote, { x: 400, y: 100 })!
    session.select([a, b])
    openContextMenu(editor, { x: 400, y: 100 })
    expect(session.selection.size).toBe(2)
    expect(offered()).toEqual(expect.arrayContaining(['connect', 'alignLeft', 'group']))
    expect(offered()).not.toContain('distributeHorizontally')
  })

  test('by keyboard it opens beside the selection; paste from it lands there', () => {
    fixture = editorFixture()
    const { editor, board, session } = fixture
    const a = board.run(createNote, { x: 300, y: 200 })!
    session.select([a])
    runAction(editor, 'contextMenu')
    expect(session.menu.current).toMatchObject({
      at: { x: 300, y: 200 },
      screen: { x: 300, y: 200 },
      byKeyboard: true,
    })
    session.menu.close()
    session.select([])
    runAction(editor, 'contextMenu')
    expect(session.menu.current?.at).toEqual({ x: 500, y: 300 })
  })

  test('without the edit right only what a viewer may do', () => {
    fixture = editorFixture({ canEdit: false })
    openContextMenu(fixture.editor, { x: 10, y: 10 })
    expect(offered()).toEqual(['selectAll', 'zoomFit'])
  })
})
