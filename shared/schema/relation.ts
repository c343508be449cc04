import type * as Y from 'yjs'
import { isRelationKind, type RelationKind } from '../vocabulary/relationKinds.ts'
import { CONNECTOR_LABEL_MAX, readConnectorEnd } from './connector.ts'
import { readText } from './element.ts'

/**
 * A relation between actors is a connector with a `relationKind` key: it is drawn, bound, moved,
 * copied and deleted like any connector, and the kind adds meaning (and a style per kind).
 */
export interface Relation {
  id: string
  kind: RelationKind
  /** Ids of the elements the two ends are bound to (null for a free end). */
  fromId: string | null
  toId: string | null
  /** The connector's label: for a custom relation, its name. */
  label: string
}

/** The relation kind stored on a connector; null when it is a plain connector. */
export function readRelationKind(map: Y.Map<unknown>): RelationKind | null {
  const kind = map.get('relationKind')
  if (typeof kind !== 'string' || kind === '') return null
  // A kind from a newer version is read as a custom one, named by the connector's label.
  return isRelationKind(kind) ? kind : 'custom'
}

function boundId(v: unknown): string | null {
  const end = readConnectorEnd(v)
  return end && 'elementId' in end ? end.elementId : null
}

/** Reads a connector as a relation; null for anything else, or a connector without a kind. */
export function readRelation(id: string, map: Y.Map<unknown>): Relation | null {
  if (map.get('type') !== 'connector') return null
  const kind = readRelationKind(map)
  if (kind === null) return null
  return {
    id,
    kind,
    fromId: boundId(map.get('from')),
    toId: boundId(map.get('to')),
    label: readText(map, 'text', CONNECTOR_LABEL_MAX),
  }
}
