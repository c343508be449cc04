import * as Y from 'yjs'

/** Keys every element carries (CONTRACT: type, x, y, w, h; z is the stacking order). */
export interface ElementBase {
  id: string
  type: string
  x: number
  y: number
  w: number
  h: number
  /** Fractional index (string, compared lexicographically): higher is drawn on top. */
  z: string
  /** Present and true when the element is locked (setElementsLocked): it can be seen and read
   * but not selected for moving, resized or deleted. */
  locked?: true
  /** The group the element belongs to (groupElements): selecting one member selects them all. */
  groupId?: string
  /**
   * Present and true when the element only decorates a template's layout (the rings and sector
   * lines of the ecosystem map, a matrix's coloured quadrants): the canvas and the exports draw
   * it, the list view and search leave it out, as it has no words of its own.
   */
  decoration?: true
}

/** An element this version cannot understand: drawn as a placeholder, its data kept as is. */
export interface UnknownElement extends ElementBase {
  kind: 'unknown'
  reason: string
}

const MAX_COORDINATE = 1e7
const MAX_SIZE = 1e6

function isCoordinate(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORDINATE
}

function isSize(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_SIZE
}

/**
 * Reads the keys shared by all elements. Anything malformed falls back to safe values and a
 * reason, so a buggy or newer client can never break rendering for anyone.
 */
export function readBase(id: string, map: Y.Map<unknown>): { base: ElementBase; problem?: string } {
  const type = map.get('type')
  const x = map.get('x')
  const y = map.get('y')
  const w = map.get('w')
  const h = map.get('h')
  const z = map.get('z')
  const locked = map.get('locked')
  const groupId = map.get('groupId')
  const decoration = map.get('decoration')
  const base: ElementBase = {
    id,
    type: typeof type === 'string' ? type : '',
    x: isCoordinate(x) ? x : 0,
    y: isCoordinate(y) ? y : 0,
    w: isSize(w) ? w : 100,
    h: isSize(h) ? h : 100,
    z: typeof z === 'string' ? z.slice(0, Z_MAX) : '',
    // Only when set, so that the plain objects of ungrouped, unlocked elements stay as they were.
    ...(locked === true ? { locked: true as const } : {}),
    ...(typeof groupId === 'string' && groupId !== '' ? { groupId } : {}),
    ...(decoration === true ? { decoration: true as const } : {}),
  }
  if (typeof type !== 'string') return { base, problem: 'missing type' }
  if (!isCoordinate(x) || !isCoordinate(y)) return { base, problem: 'invalid position' }
  if (!isSize(w) || !isSize(h)) return { base, problem: 'invalid size' }
  return { base }
}

/**
 * Longest text any element keeps (a note's, a shape's, a text block's). Writing cuts there; so
 * does reading, because another editor may have written more: display and layout never meet an
 * enormous text, whatever the document holds.
 */
export const TEXT_MAX = 10_000

/** Longest stacking key read; fractional indices stay far shorter. */
const Z_MAX = 200

/** The text under `key` (a Y.Text, or a plain string from an older or other client), cut at
 * `max` characters (TEXT_MAX unless the field has a smaller limit); '' for anything else. */
export function readText(map: Y.Map<unknown>, key = 'text', max = TEXT_MAX): string {
  const text = map.get(key)
  if (text instanceof Y.Text)
    return text.length > max ? text.toString().slice(0, max) : text.toString()
  return typeof text === 'string' ? text.slice(0, max) : ''
}

/**
 * Stacking order: by z, then by id. Two people who create an element at the same moment may
 * pick the same z; the id breaks the tie identically on every peer.
 */
export function compareStacking(a: ElementBase, b: ElementBase): number {
  if (a.z !== b.z) return a.z < b.z ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
