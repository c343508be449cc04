import type * as Y from 'yjs'
import { randomId } from '../ids.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementEntries, elementIn, elementValues } from '../schema/doc.ts'

export interface GroupElementsInput {
  ids: readonly string[]
}

/**
 * Groups elements: every member gets the same new `groupId` (a member of another group leaves
 * it). Clicking one member then selects them all. Needs at least two elements; returns the
 * group id, or null when nothing was grouped.
 */
export function groupElements(
  doc: Y.Doc,
  input: GroupElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): string | null {
  const elements = elementsMap(doc)
  const members = input.ids.filter((id) => elements.has(id))
  if (members.length < 2) return null
  const groupId = randomId()
  doc.transact(() => {
    for (const id of members) elementIn(elements, id)?.set('groupId', groupId)
  }, origin)
  return groupId
}

/** Dissolves the groups of the listed elements (all members of each, not only those listed). */
export function ungroupElements(
  doc: Y.Doc,
  input: GroupElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  const groups = new Set<string>()
  for (const id of input.ids) {
    const g = elementIn(elements, id)?.get('groupId')
    if (typeof g === 'string') groups.add(g)
  }
  if (groups.size === 0) return
  doc.transact(() => {
    for (const el of elementValues(elements)) {
      const g = el.get('groupId')
      if (typeof g === 'string' && groups.has(g)) el.delete('groupId')
    }
  }, origin)
}

/** The ids of every element sharing a group with one of `ids` (and `ids` themselves). */
export function withGroupMembers(doc: Y.Doc, ids: Iterable<string>): string[] {
  const elements = elementsMap(doc)
  const out = new Set(ids)
  const groups = new Set<string>()
  for (const id of out) {
    const g = elementIn(elements, id)?.get('groupId')
    if (typeof g === 'string') groups.add(g)
  }
  if (groups.size === 0) return [...out]
  for (const [id, el] of elementEntries(elements)) {
    const g = el.get('groupId')
    if (typeof g === 'string' && groups.has(g)) out.add(id)
  }
  return [...out]
}
