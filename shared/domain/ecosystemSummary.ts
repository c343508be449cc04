import type { ActorCategory } from '../vocabulary/actorCategories.ts'
import type { FieldOfActionId } from '../vocabulary/fieldsOfAction.ts'
import type { DomainModel } from './model.ts'
import type { RelationKind } from '../vocabulary/relationKinds.ts'
import type { RingId } from '../vocabulary/rings.ts'

/** What the ecosystem panel shows: counts per ring, field, category and relation kind. */
export interface EcosystemSummary {
  actors: number
  byRing: Partial<Record<RingId | 'none', number>>
  byField: Partial<Record<FieldOfActionId | 'none', number>>
  /** 'none': actors whose category nobody has picked yet. */
  byCategory: Partial<Record<ActorCategory | 'none', number>>
  byRelationKind: Partial<Record<RelationKind, number>>
}

function count<K extends string>(keys: K[]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {}
  for (const k of keys) out[k] = (out[k] ?? 0) + 1
  return out
}

/**
 * Counts the actors on the board by ring, field of action and category, and the relations by
 * kind (only relations that join two actors: the legend counts the map's relations).
 */
export function ecosystemSummary(model: DomainModel): EcosystemSummary {
  const actorIds = new Set(model.actors.map((a) => a.id))
  const relations = model.relations.filter(
    (r) => r.fromId !== null && r.toId !== null && actorIds.has(r.fromId) && actorIds.has(r.toId),
  )
  return {
    actors: model.actors.length,
    byRing: count(model.actors.map((a) => a.ring ?? 'none')),
    byField: count(model.actors.map((a) => a.field ?? 'none')),
    byCategory: count(model.actors.map((a) => a.category ?? 'none')),
    byRelationKind: count(relations.map((r) => r.kind)),
  }
}
