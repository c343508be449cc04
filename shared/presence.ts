import type { Point, Rect } from './geometry/types.ts'
import { isRight, type Right } from './rights.ts'

/**
 * What one person shows the others through Yjs awareness: who they are, where their pointer
 * is, what they have selected or are typing in, and what part of the board they see (for
 * follow mode). The wire form is this object as JSON, one per client, relayed by the server.
 *
 * Awareness is not authenticated beyond the connection's token: a client can claim any name
 * here. The server writes `user.color` (the colour it gave this person) and `right` (the
 * connection's) into every state it keeps, and drops a view connection's `selection` and
 * `editing` (shared/protocol/sync.md, "Awareness state of Werkraum clients"); it enforces
 * rights on document updates, and the control plane is the authority for who may facilitate.
 */
export interface PresenceState {
  /** `user.name` and `user.color` follow the common Yjs convention, so other clients show them. */
  user: { name: string; color: string }
  right: Right
  /** The pointer in board units, or null when it is off the board. */
  cursor: Point | null
  /** Selected element ids (capped at MAX_PRESENCE_SELECTION). */
  selection: string[]
  /** The element whose text this person is typing in, if any. */
  editing: string | null
  /** The board rectangle this person's screen shows, in board units. */
  view: Rect | null
  /** The tab is hidden or the person has been idle for a while. */
  away: boolean
}

export const MAX_PRESENCE_NAME = 40
export const MAX_PRESENCE_SELECTION = 100
export const MAX_PRESENCE_ID = 64
/** Coordinates beyond this are nonsense (or hostile) and are dropped. */
const MAX_COORDINATE = 1e7
/** A colour the label text is checked against: `#rrggbb` only. */
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/

/** A neutral colour for someone who sent none (AA contrast with white text). */
export const FALLBACK_PRESENCE_COLOR = '#555555'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE
    ? value
    : null
}

/** Trims, drops control characters and caps the length; '' when nothing usable remains. */
export function cleanName(value: unknown): string {
  if (typeof value !== 'string') return ''
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/g, '').trim()
  return [...clean].slice(0, MAX_PRESENCE_NAME).join('').trim()
}

export function readPoint(value: unknown): Point | null {
  if (!isRecord(value)) return null
  const x = finite(value.x)
  const y = finite(value.y)
  return x === null || y === null ? null : { x, y }
}

export function readRect(value: unknown): Rect | null {
  if (!isRecord(value)) return null
  const x = finite(value.x)
  const y = finite(value.y)
  const w = finite(value.w)
  const h = finite(value.h)
  if (x === null || y === null || w === null || h === null || w <= 0 || h <= 0) return null
  return { x, y, w, h }
}

function readId(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PRESENCE_ID
    ? value
    : null
}

function readIds(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const ids: string[] = []
  for (const item of value.slice(0, MAX_PRESENCE_SELECTION)) {
    const id = readId(item)
    if (id !== null) ids.push(id)
  }
  return ids
}

/**
 * Reads another client's awareness state. Anything may arrive (another Yjs client, an old
 * version, someone hostile): this never throws, caps strings and arrays, and returns null for
 * a state that is not a person on this board at all (no object, or no usable name).
 */
export function readPresence(raw: unknown): PresenceState | null {
  try {
    return readPresenceUnchecked(raw)
  } catch {
    // Only objects made in this process can throw (getters, proxies); JSON cannot. Still: never.
    return null
  }
}

function readPresenceUnchecked(raw: unknown): PresenceState | null {
  if (!isRecord(raw)) return null
  const user = isRecord(raw.user) ? raw.user : {}
  const name = cleanName(user.name)
  if (name === '') return null
  const color =
    typeof user.color === 'string' && HEX_COLOR.test(user.color)
      ? user.color.toLowerCase()
      : FALLBACK_PRESENCE_COLOR
  return {
    user: { name, color },
    right: isRight(raw.right) ? raw.right : 'view',
    cursor: readPoint(raw.cursor),
    selection: readIds(raw.selection),
    editing: readId(raw.editing),
    view: readRect(raw.view),
    away: raw.away === true,
  }
}
