import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { assignByConnector } from './assignByConnector.ts'
import { createConnector, type CreateConnectorInput } from './createConnector.ts'

/**
 * Draws a connector as a person does: one between a person (or org-unit) card and a role card
 * also assigns the person to the role (assignByConnector), in the same transaction, so the line
 * and the assignment are one undo step. Returns the connector's id.
 */
export function connectElements(
  doc: Y.Doc,
  input: CreateConnectorInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  let id = ''
  doc.transact(() => {
    id = createConnector(doc, input, origin)
    assignByConnector(doc, input, origin)
  }, origin)
  return id
}
