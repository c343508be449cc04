import type * as Y from 'yjs'
import { relationStyle } from '../domain/relationStyles.ts'
import type { RelationKind } from '../vocabulary/relationKinds.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'

export interface SetRelationKindInput {
  /** Connectors; other ids are skipped. */
  ids: readonly string[]
  /** null turns a relation back into a plain connector (its style stays as it is). */
  kind: RelationKind | null
}

/**
 * Makes connectors relations of one kind, and gives them that kind's style (colour, dash,
 * arrowheads), so every client draws the relation and its legend the same way, including
 * clients that know nothing of relations.
 */
export function setRelationKind(
  doc: Y.Doc,
  input: SetRelationKindInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  const connectors = input.ids
    .map((id) => elementIn(elements, id))
    .filter((map): map is Y.Map<unknown> => map?.get('type') === 'connector')
  if (connectors.length === 0) return
  doc.transact(() => {
    for (const map of connectors) {
      if (input.kind === null) {
        map.delete('relationKind')
        continue
      }
      if (map.get('relationKind') !== input.kind) map.set('relationKind', input.kind)
      for (const [key, value] of Object.entries(relationStyle(input.kind))) {
        if (map.get(key) !== value) map.set(key, value)
      }
    }
  }, origin)
}
