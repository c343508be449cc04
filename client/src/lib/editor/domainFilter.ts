import type { ActorCategory } from '../../../../shared/vocabulary/actorCategories.ts'
import type { DomainModel } from '../../../../shared/domain/model.ts'
import type { RelationKind } from '../../../../shared/vocabulary/relationKinds.ts'

/**
 * What one person has filtered out in the ecosystem panel: actor categories and relation kinds
 * they do not want to see now. Local to them (the others' boards stay as they are).
 */
export interface DomainFilter {
  hiddenCategories: ReadonlySet<ActorCategory>
  hiddenKinds: ReadonlySet<RelationKind>
}

export const NO_FILTER: DomainFilter = { hiddenCategories: new Set(), hiddenKinds: new Set() }

export function isFiltering(filter: DomainFilter): boolean {
  return filter.hiddenCategories.size > 0 || filter.hiddenKinds.size > 0
}

/**
 * The cards and connectors the canvas dims for this filter: actors of a hidden category, and
 * relations of a hidden kind or joined to a dimmed actor (a line into nothing tells nothing).
 */
export function dimmedIds(model: DomainModel, filter: DomainFilter): ReadonlySet<string> {
  const dimmed = new Set<string>()
  if (!isFiltering(filter)) return dimmed
  for (const actor of model.actors) {
    if (actor.category !== null && filter.hiddenCategories.has(actor.category)) {
      dimmed.add(actor.id)
    }
  }
  for (const relation of model.relations) {
    const endDimmed =
      (relation.fromId !== null && dimmed.has(relation.fromId)) ||
      (relation.toId !== null && dimmed.has(relation.toId))
    if (filter.hiddenKinds.has(relation.kind) || endDimmed) dimmed.add(relation.id)
  }
  return dimmed
}

/** The set with `value` added when absent, removed when present (a new set). */
export function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set)
  if (next.has(value)) next.delete(value)
  else next.add(value)
  return next
}
