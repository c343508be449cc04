import type * as Y from 'yjs'
import { generateNKeysBetween } from 'fractional-indexing'
import { randomId } from '../ids.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import type { ElementSnapshot } from '../ops/elementSnapshot.ts'
import { assignmentsMap } from '../schema/assignment.ts'
import { conflictRulesMap } from '../schema/checkSettings.ts'
import { elementsMap } from '../schema/doc.ts'
import type { BoardJson } from './boardJson.ts'
import { decodeEntries, decodeValue, isRecord } from './values.ts'

/**
 * What a file brings into an open board: elements (as the clipboard carries them), and for a
 * Werkraum board its assignments and conflict rules. Every file kind the board imports (the
 * Werkraum file, its JSON, a spreadsheet list, an Excalidraw drawing) is read into this.
 */
export interface ImportContent {
  elements: ElementSnapshot[]
  assignments: Record<string, Record<string, unknown>>
  conflictRules: Record<string, unknown>
}

/** A board JSON as content for an open board (its meta stays the file's). */
export function contentOfBoard(board: BoardJson): ImportContent {
  return {
    elements: board.elements,
    assignments: board.assignments,
    conflictRules: board.conflictRules,
  }
}

/** Content with every id new and every element placed, ready to be written in slices. */
export interface ImportPlan extends ImportContent {
  /** The new element ids, bottom to top. */
  ids: string[]
}

/**
 * Bytes of elements (as JSON, a fair measure of their update) one transaction writes at most:
 * each slice is one realtime message, far below MAX_MESSAGE_BYTES (2 MiB), and small enough that
 * the server's edit budget (a burst of 4 MiB, then 256 KiB a second) holds a large import back
 * instead of closing the connection.
 */
export const IMPORT_SLICE_BYTES = 128 * 1024

/** Keys whose value is a connector end. */
const END_KEYS = ['from', 'to']

/**
 * Gives content new ids so nothing collides with the board it goes into: every element, and the
 * ids inside them (connector ends, groups), assignments (their key, person and role), conflict
 * rules (their id, and refs that name role cards of the file; catalogue ids stay). A reference to
 * an id the file does not hold gets a fresh id of its own, never one of the board's. The content
 * is centred on `center`, on top of everything (`above`: the board's highest stacking key).
 */
export function planImport(
  content: ImportContent,
  place: { center: { x: number; y: number }; above: string | null },
  newId: () => string = () => randomId(),
): ImportPlan {
  const ids = new Map<string, string>()
  for (const element of content.elements) ids.set(element.id, newId())
  const fresh = new Map<string, string>()
  const mapRef = (old: string): string => {
    const known = ids.get(old) ?? fresh.get(old)
    if (known !== undefined) return known
    const id = newId()
    fresh.set(old, id)
    return id
  }
  const groups = new Map<string, string>()
  const { dx, dy } = offsetTo(content.elements, place.center)
  const keys =
    content.elements.length === 0
      ? []
      : generateNKeysBetween(place.above, null, content.elements.length)

  const elements = content.elements.map((element, i) => {
    const data: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(element.data)) {
      if ((key === 'x' || key === 'y') && typeof value === 'number') {
        data[key] = Math.round(value + (key === 'x' ? dx : dy))
      } else if (END_KEYS.includes(key) && isRecord(value)) {
        data[key] = movedEnd(value, mapRef, dx, dy)
      } else if (key === 'groupId' && typeof value === 'string') {
        if (!groups.has(value)) groups.set(value, newId())
        data[key] = groups.get(value)
      } else {
        data[key] = value
      }
    }
    data.z = keys[i]
    return { id: ids.get(element.id)!, data }
  })

  const assignments: ImportPlan['assignments'] = {}
  for (const assignment of Object.values(content.assignments)) {
    const { personId, roleId } = assignment
    if (typeof personId !== 'string' || typeof roleId !== 'string') continue
    const person = mapRef(personId)
    const role = mapRef(roleId)
    assignments[`${person}|${role}`] = { ...assignment, personId: person, roleId: role }
  }
  const conflictRules: ImportPlan['conflictRules'] = {}
  for (const rule of Object.values(content.conflictRules)) {
    conflictRules[newId()] = isRecord(rule)
      ? {
          ...rule,
          roles: mapRefs(rule.roles, ids),
          conflictsWith: mapRefs(rule.conflictsWith, ids),
        }
      : rule
  }
  return { elements, assignments, conflictRules, ids: elements.map((e) => e.id) }
}

/** The shift that puts the middle of the elements' bounds on `center` (whole units). */
function offsetTo(
  elements: readonly ElementSnapshot[],
  center: { x: number; y: number },
): { dx: number; dy: number } {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const { data } of elements) {
    const { x, y, w, h } = data
    if (typeof x !== 'number' || typeof y !== 'number') continue
    const width = typeof w === 'number' && w > 0 ? w : 0
    const height = typeof h === 'number' && h > 0 ? h : 0
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x + width)
    maxY = Math.max(maxY, y + height)
  }
  if (minX === Infinity) return { dx: 0, dy: 0 }
  return {
    dx: Math.round(center.x - (minX + maxX) / 2),
    dy: Math.round(center.y - (minY + maxY) / 2),
  }
}

function movedEnd(
  end: Record<string, unknown>,
  mapRef: (old: string) => string,
  dx: number,
  dy: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...end }
  if (typeof out.x === 'number' && typeof out.y === 'number') {
    out.x = Math.round(out.x + dx)
    out.y = Math.round(out.y + dy)
  }
  if (typeof end.elementId === 'string') out.elementId = mapRef(end.elementId)
  return out
}

/** A rule's refs: role cards of the file get their new ids; catalogue ids stay. */
function mapRefs(refs: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (!Array.isArray(refs)) return refs
  return refs.map((ref: unknown) => (typeof ref === 'string' ? (ids.get(ref) ?? ref) : ref))
}

/** Slices of a plan's elements, `[start, end)`, each at most `maxBytes` (one element at least). */
export function importSlices(
  plan: ImportPlan,
  maxBytes = IMPORT_SLICE_BYTES,
): Array<[number, number]> {
  const slices: Array<[number, number]> = []
  let start = 0
  let bytes = 0
  plan.elements.forEach((element, i) => {
    const size = JSON.stringify(element).length
    if (i > start && bytes + size > maxBytes) {
      slices.push([start, i])
      start = i
      bytes = 0
    }
    bytes += size
  })
  slices.push([start, plan.elements.length])
  return slices
}

/** One slice of an import plan to write: elements `slice[0]` up to (not including) `slice[1]`. */
export interface ImportSliceInput {
  plan: ImportPlan
  slice: [number, number]
}

/**
 * Writes one slice of a plan in one transaction; the last slice also writes the assignments
 * and conflict rules (after the people and roles they name).
 */
export function writeImportSlice(
  doc: Y.Doc,
  { plan, slice: [start, end] }: ImportSliceInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  doc.transact(() => {
    const elements = elementsMap(doc)
    for (const element of plan.elements.slice(start, end)) {
      elements.set(element.id, decodeEntries(element.data))
    }
    if (end < plan.elements.length) return
    const assignments = assignmentsMap(doc)
    for (const [id, keys] of Object.entries(plan.assignments)) {
      assignments.set(id, decodeEntries(keys))
    }
    const rules = conflictRulesMap(doc)
    for (const [id, rule] of Object.entries(plan.conflictRules)) rules.set(id, decodeValue(rule))
  }, origin)
}
