import { describe, expect, test } from 'vitest'
import { ACTIONS, type ActionName } from '../../../../client/src/lib/actions/index.ts'
import {
  actionForKey,
  formatShortcut,
  matchesShortcut,
  type KeyInput,
} from '../../../../client/src/lib/actions/keys.ts'
import { de } from '../../../../client/src/lib/i18n/de.ts'
import { en } from '../../../../client/src/lib/i18n/en.ts'

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

function nameFor(e: KeyInput): ActionName | null {
  return actionForKey(ACTIONS, e)?.action.name ?? null
}

describe('actionForKey', () => {
  test('undo and redo with Ctrl or Cmd', () => {
    expect(nameFor(key('z', { ctrlKey: true }))).toBe('undo')
    expect(nameFor(key('z', { metaKey: true }))).toBe('undo')
    expect(nameFor(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(nameFor(key('y', { ctrlKey: true }))).toBe('redo')
  })

  test('N, Delete, Backspace, Escape, Enter', () => {
    expect(nameFor(key('n'))).toBe('newNote')
    expect(nameFor(key('N', { shiftKey: true }))).toBe('newNote')
    expect(nameFor(key('Delete'))).toBe('delete')
    expect(nameFor(key('Backspace'))).toBe('delete')
    expect(nameFor(key('Escape'))).toBe('deselect')
    // Enter belongs to the first action that applies: place with a creation tool, else edit.
    expect(nameFor(key('Enter'))).toBe('place')
    expect(actionForKey(ACTIONS, key('Enter'), (a) => a.name !== 'place')?.action.name).toBe('edit')
  })

  test('never fire while typing in a text field', () => {
    for (const k of ['z', 'n', 'Delete', 'Backspace', 'Enter', 'ArrowLeft', '+', '?']) {
      expect(nameFor(key(k, { inTextField: true, ctrlKey: k === 'z' }))).toBeNull()
    }
  })

  test('Enter, arrows and Ctrl+A act only on the canvas (elsewhere they belong to the control)', () => {
    expect(nameFor(key('Enter', { onCanvas: false }))).toBeNull()
    expect(nameFor(key('ArrowUp', { onCanvas: false }))).toBeNull()
    expect(nameFor(key('a', { ctrlKey: true, onCanvas: false }))).toBeNull()
    expect(nameFor(key('a', { ctrlKey: true }))).toBe('selectAll')
    expect(nameFor(key('n', { onCanvas: false }))).toBe('newNote')
  })

  test('arrows nudge; the matched shortcut tells whether Shift was held', () => {
    expect(actionForKey(ACTIONS, key('ArrowLeft'))).toMatchObject({
      action: { name: 'nudgeLeft' },
      shortcut: 'ArrowLeft',
    })
    expect(actionForKey(ACTIONS, key('ArrowDown', { shiftKey: true }))).toMatchObject({
      action: { name: 'nudgeDown' },
      shortcut: 'Shift+ArrowDown',
    })
  })

  test('zoom keys, with and without Ctrl, on any layout', () => {
    expect(nameFor(key('+'))).toBe('zoomIn')
    expect(nameFor(key('+', { shiftKey: true }))).toBe('zoomIn') // US layout: Shift+=
    expect(nameFor(key('=', { ctrlKey: true }))).toBe('zoomIn')
    expect(nameFor(key('-'))).toBe('zoomOut')
    expect(nameFor(key('-', { ctrlKey: true }))).toBe('zoomOut')
    expect(nameFor(key('0'))).toBe('zoomReset')
    expect(nameFor(key('!', { shiftKey: true, code: 'Digit1' }))).toBe('zoomFit')
    expect(nameFor(key('1', { code: 'Digit1' }))).toBeNull()
  })

  test('? opens the help, whether or not the layout needs Shift for it', () => {
    expect(nameFor(key('?', { shiftKey: true }))).toBe('showHelp')
    expect(nameFor(key('?'))).toBe('showHelp')
  })

  test('Alt combinations and unknown keys are left alone', () => {
    expect(nameFor(key('n', { altKey: true }))).toBeNull()
    expect(nameFor(key('q'))).toBeNull()
    expect(nameFor(key('q', { ctrlKey: true }))).toBeNull()
  })
})

describe('matchesShortcut', () => {
  test('modifiers must match exactly', () => {
    expect(matchesShortcut('Mod+Z', key('z', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(matchesShortcut('Mod+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true)
    expect(matchesShortcut('Mod+Z', key('z'))).toBe(false)
  })

  test('Shift is tolerated only for character keys and only when asked', () => {
    expect(matchesShortcut('N', key('N', { shiftKey: true }))).toBe(false)
    expect(matchesShortcut('N', key('N', { shiftKey: true }), true)).toBe(true)
    expect(matchesShortcut('Delete', key('Delete', { shiftKey: true }), true)).toBe(false)
  })
})

describe('formatShortcut', () => {
  test('in German and English, and with the Mac command key', () => {
    expect(formatShortcut('Mod+Shift+Z', 'de')).toBe('Strg+Umschalt+Z')
    expect(formatShortcut('Mod+Shift+Z', 'en')).toBe('Ctrl+Shift+Z')
    expect(formatShortcut('Mod+Z', 'en', true)).toBe('⌘+Z')
    expect(formatShortcut('Delete', 'de')).toBe('Entf')
    expect(formatShortcut('Plus', 'de')).toBe('+')
    expect(formatShortcut('ContextMenu', 'de')).toBe('Menütaste')
    expect(formatShortcut('Shift+F10', 'en')).toBe('Shift+F10')
  })
})

describe('the action list', () => {
  test('names are unique and every action is labelled by its own catalogue entry', () => {
    const names = ACTIONS.map((a) => a.name)
    expect(new Set(names).size).toBe(names.length)
    for (const a of ACTIONS) {
      // A tool's action reads the tool's name (`tool.<name>`); every other one `action.<name>`.
      expect(a.label, a.name).toBe(a.name.startsWith('tool.') ? a.name : `action.${a.name}`)
      expect(de[a.label], a.name).toBeTruthy()
      expect(en[a.label], a.name).toBeTruthy()
    }
  })

  test('no two actions claim the same shortcut, but Enter (place, else edit)', () => {
    const seen = new Map<string, string>()
    for (const a of ACTIONS) {
      for (const k of a.keys) {
        if (k === 'Enter' && a.name === 'edit' && seen.get(k) === 'place') continue
        expect(seen.get(k), `${k} used by ${seen.get(k)} and ${a.name}`).toBeUndefined()
        seen.set(k, a.name)
      }
    }
  })
})
