import { messageIn, type Locale, type MessageKey } from '../i18n/i18n.svelte.ts'
import type { Action } from './types.ts'

/** A key press reduced to what shortcut matching needs (no DOM). */
export interface KeyInput {
  key: string
  /** Physical key (DOM KeyboardEvent.code), so Shift+1 works on every layout. */
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
  /** The key went to a text field (input, textarea, select, contenteditable). */
  inTextField: boolean
  /** The key went to the board canvas itself. */
  onCanvas: boolean
}

export interface Shortcut {
  mod: boolean
  shift: boolean
  alt: boolean
  /** The key token: a letter, a digit, a DOM key name, or Plus/Minus/Equal/a character. */
  key: string
}

const NAMED_CHARACTERS: Record<string, string> = { Plus: '+', Minus: '-', Equal: '=' }

/** Parses 'Mod+Shift+Z' into its parts. The key is the last part. */
export function parseShortcut(descriptor: string): Shortcut {
  const parts = descriptor.split('+')
  const key = parts.pop() ?? ''
  return {
    mod: parts.includes('Mod'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key,
  }
}

/** A key that types a character: Shift may be needed to reach it on some layouts. */
function isCharacterKey(token: string): boolean {
  return (token.length === 1 && !/[0-9]/.test(token)) || token in NAMED_CHARACTERS
}

function keyMatches(token: string, e: KeyInput): boolean {
  if (/^[0-9]$/.test(token)) return e.code === `Digit${token}` || e.key === token
  if (token.length === 1) return e.key.toLowerCase() === token.toLowerCase()
  const character = NAMED_CHARACTERS[token]
  if (character !== undefined) return e.key === character
  return e.key === token
}

/**
 * Whether a key press fires the shortcut. `lenientShift` lets a character key match while Shift
 * is held (N and Shift+N, or '?' and '+' that need Shift on some layouts).
 */
export function matchesShortcut(descriptor: string, e: KeyInput, lenientShift = false): boolean {
  const s = parseShortcut(descriptor)
  if (s.mod !== (e.ctrlKey || e.metaKey) || s.alt !== e.altKey) return false
  if (s.shift !== e.shiftKey) {
    const allowed = lenientShift && !s.shift && !s.mod && isCharacterKey(s.key)
    if (!allowed) return false
  }
  return keyMatches(s.key, e)
}

/**
 * The action a key press fires, and which of its shortcuts matched; null when the key is not a
 * shortcut here. Exact modifier matches win over ones that only ignore a held Shift. With
 * `applies`, an action that does not apply now lets the next one with the same key have it
 * (Enter places with a creation tool, else edits the selected text).
 */
export function actionForKey(
  actions: readonly Action[],
  e: KeyInput,
  applies?: (action: Action) => boolean,
): { action: Action; shortcut: string } | null {
  for (const lenientShift of [false, true]) {
    for (const action of actions) {
      // Shortcuts do not fire while typing: the text field owns the key, with few exceptions.
      if (e.inTextField && !action.inTextFields) continue
      if (action.canvasOnly && !e.onCanvas) continue
      const shortcut = action.keys.find((k) => matchesShortcut(k, e, lenientShift))
      if (shortcut === undefined || (applies && !applies(action))) continue
      return { action, shortcut }
    }
  }
  return null
}

/** Keys with a name in the catalogue (`key.<name>`): the words differ by language. */
const KEY_WORDS: Readonly<Record<string, MessageKey>> = {
  Mod: 'key.Mod',
  Shift: 'key.Shift',
  Alt: 'key.Alt',
  Delete: 'key.Delete',
  Backspace: 'key.Backspace',
  Escape: 'key.Escape',
  Enter: 'key.Enter',
  ContextMenu: 'key.ContextMenu',
}

/** Keys shown as a symbol, the same in every language. */
const KEY_SYMBOLS: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Plus: '+',
  Minus: '−',
  Equal: '=',
}

/** How a key reads in a language: its word, its symbol, or the key itself (a letter upper case). */
function keyName(key: string, locale: Locale): string {
  if (Object.hasOwn(KEY_WORDS, key)) return messageIn(locale, KEY_WORDS[key] as MessageKey)
  if (Object.hasOwn(KEY_SYMBOLS, key)) return KEY_SYMBOLS[key] as string
  return key.length === 1 ? key.toUpperCase() : key
}

/** A shortcut as people read it: 'Strg+Umschalt+Z', or '⌘+Shift+Z' on a Mac. */
export function formatShortcut(descriptor: string, locale: Locale, mac = false): string {
  const s = parseShortcut(descriptor)
  const parts: string[] = []
  if (s.mod) parts.push(mac ? '⌘' : keyName('Mod', locale))
  if (s.alt) parts.push(mac ? '⌥' : keyName('Alt', locale))
  if (s.shift) parts.push(keyName('Shift', locale))
  parts.push(keyName(s.key, locale))
  return parts.join('+')
}
