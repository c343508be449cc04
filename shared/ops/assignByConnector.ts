import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getElement } from '../schema/doc.ts'
import { assignRole } from './assignRole.ts'
import type { ConnectorEndInput } from './createConnector.ts'

/**
 * A connector drawn between a person (or org-unit) card and a role card, in either direction,
 * is an assignment: the person becomes Responsible for the role (a cell that exists keeps its
 * letter). Call it with the ends of a connector just created, in the same transaction, so the
 * connector and the assignment are one undo step. Deleting the connector later leaves the
 * assignment; the matrix changes it. Returns the assignment id, or null for any other pair.
 */
export function assignByConnector(
  doc: Y.Doc,
  ends: { from: ConnectorEndInput; to: ConnectorEndInput },
  origin: unknown = LOCAL_ORIGIN,
): string | null {
  const { from, to } = ends
  if (!('elementId' in from) || !('elementId' in to)) return null
  const typeOf = (id: string): unknown => getElement(doc, id)?.get('type')
  const [a, b] = [from.elementId, to.elementId]
  if (typeOf(a) === 'person' && typeOf(b) === 'role') {
    return assignRole(doc, { personId: a, roleId: b }, origin)
  }
  if (typeOf(a) === 'role' && typeOf(b) === 'person') {
    return assignRole(doc, { personId: b, roleId: a }, origin)
  }
  return null
}
