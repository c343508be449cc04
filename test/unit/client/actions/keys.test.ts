import { describe, expect, test } from 'vitest'
import {
  commandForKey,
  NUDGE,
  NUDGE_LARGE,
  type KeyInput,
} from '../../../../client/src/lib/tools/keyboard.ts'

function key(k: string, extra: Partial<KeyInput> = {}): KeyInput {
  return {
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    inTextField: false,
    onCanvas: true,
    ...extra,
  }
}

describe('commandForKey', () => {
  test('undo and redo with Ctrl or Cmd', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))).toEqual({ name: 'undo' })
    expect(commandForKey(key('z', { metaKey: true }))).toEqual({ name: 'undo' })
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ name: 'redo' })
    expect(commandForKey(key('y', { ctrlKey: true }))).toEqual({ name: 'redo' })
  })

  test('N, Delete, Backspace, Escape, Enter', () => {
    expect(commandForKey(key('n'))).toEqual({ name: 'newNote' })
    expect(commandForKey(key('N', { shiftKey: true }))).toEqual({ name: 'newNote' })
    expect(commandForKey(key('Delete'))).toEqual({ name: 'delete' })
    expect(commandForKey(key('Backspace'))).toEqual({ name: 'delete' })
    expect(commandForKey(key('Escape'))).toEqual({ name: 'deselect' })
    expect(commandForKey(key('Enter'))).toEqual({ name: 'edit' })
  })

  test('never fire while typing in a text field', () => {
    for (const k of ['z', 'n', 'Delete', 'Backspace', 'Enter', 'ArrowLeft', '+']) {
      expect(commandForKey(key(k, { inTextField: true, ctrlKey: k === 'z' }))).toBeNull()
    }
  })

  test('Enter and arrows act only on the canvas (elsewhere they belong to the focused control)', () => {
    expect(commandForKey(key('Enter', { onCanvas: false }))).toBeNull()
    expect(commandForKey(key('ArrowUp', { onCanvas: false }))).toBeNull()
    expect(commandForKey(key('n', { onCanvas: false }))).toEqual({ name: 'newNote' })
  })

  test('arrows nudge, Shift nudges further', () => {
    expect(commandForKey(key('ArrowLeft'))).toEqual({ name: 'nudge', dx: -NUDGE, dy: 0 })
    expect(commandForKey(key('ArrowDown', { shiftKey: true }))).toEqual({
      name: 'nudge',
      dx: 0,
      dy: NUDGE_LARGE,
    })
  })

  test('zoom keys', () => {
    expect(commandForKey(key('+'))).toEqual({ name: 'zoomIn' })
    expect(commandForKey(key('-'))).toEqual({ name: 'zoomOut' })
    expect(commandForKey(key('0'))).toEqual({ name: 'zoomReset' })
    expect(commandForKey(key('!', { shiftKey: true, code: 'Digit1' }))).toEqual({ name: 'zoomFit' })
  })

  test('Alt combinations and unknown keys are left alone', () => {
    expect(commandForKey(key('n', { altKey: true }))).toBeNull()
    expect(commandForKey(key('q'))).toBeNull()
    expect(commandForKey(key('c', { ctrlKey: true }))).toBeNull()
  })
})
