import * as Y from 'yjs'
import { TEXT_MAX, readBase, readText, type ElementBase, type UnknownElement } from './element.ts'

/** Note colours. Text on each is dark ink (#1a1a1a) with a contrast ratio of at least 7:1. */
export const NOTE_COLORS = {
  yellow: '#fff3a3',
  orange: '#ffd8a8',
  pink: '#ffc9de',
  violet: '#e2d4ff',
  blue: '#c7e3ff',
  teal: '#b8f0e6',
  green: '#d3f5c0',
  grey: '#e6e6e6',
} as const
export type NoteColor = keyof typeof NOTE_COLORS
export const DEFAULT_NOTE_COLOR: NoteColor = 'yellow'
export const NOTE_INK = '#1a1a1a'

/** Note sizes in board units (square notes, as on a real wall). */
export const NOTE_SIZES = { s: 120, m: 180, l: 260 } as const
export type NoteSize = keyof typeof NOTE_SIZES
export const DEFAULT_NOTE_SIZE: NoteSize = 'm'

/** Longest text a note keeps; longer input is cut so one paste cannot bloat the board. */
export const NOTE_TEXT_MAX = TEXT_MAX

export interface Note extends ElementBase {
  kind: 'note'
  type: 'note'
  color: NoteColor
  text: string
}

export function isNoteColor(v: unknown): v is NoteColor {
  return typeof v === 'string' && Object.hasOwn(NOTE_COLORS, v)
}

export function isNoteSize(v: unknown): v is NoteSize {
  return typeof v === 'string' && Object.hasOwn(NOTE_SIZES, v)
}

export function readNote(id: string, map: Y.Map<unknown>): Note | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  const color = map.get('color')
  return {
    ...base,
    kind: 'note',
    type: 'note',
    color: isNoteColor(color) ? color : DEFAULT_NOTE_COLOR,
    text: readText(map),
  }
}
