import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementEntries } from '../schema/doc.ts'
import { readConnectorEnd } from '../schema/connector.ts'
import { assignmentsMap, readAssignment } from '../schema/assignment.ts'

export interface DeleteElementsInput {
  ids: readonly string[]
}

/**
 * Removes elements, and with them the connectors bound to any of them and the assignments of
 * deleted people and roles (in the same transaction, so one undo brings back the elements with
 * their connectors and assignments).
 */
export function deleteElements(
  doc: Y.Doc,
  input: DeleteElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  const doomed = new Set(input.ids)
  doc.transact(() => {
    for (const id of boundConnectors(elements, doomed)) doomed.add(id)
    for (const id of doomed) elements.delete(id)
    const assignments = assignmentsMap(doc)
    for (const [id, value] of assignments.entries()) {
      const a = readAssignment(id, value)
      if (a && (doomed.has(a.personId) || doomed.has(a.roleId))) assignments.delete(id)
    }
  }, origin)
}

/** Connectors with an end bound to one of `ids`. */
function boundConnectors(elements: Y.Map<unknown>, ids: ReadonlySet<string>): string[] {
  const found: string[] = []
  if (ids.size === 0) return found
  for (const [id, map] of elementEntries(elements)) {
    if (map.get('type') !== 'connector' || ids.has(id)) continue
    for (const key of ['from', 'to']) {
      const end = readConnectorEnd(map.get(key))
      if (end && 'elementId' in end && ids.has(end.elementId)) {
        found.push(id)
        break
      }
    }
  }
  return found
}
