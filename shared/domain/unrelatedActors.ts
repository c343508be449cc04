import type { Actor } from '../schema/actor.ts'
import type { DomainModel } from './model.ts'

/**
 * Actors that no relation joins to anything: on the map, but not yet part of the ecosystem.
 * The check `actorsWithoutRelation` reports them; the ecosystem panel lists them.
 */
export function unrelatedActors(model: DomainModel): Actor[] {
  const related = new Set<string>()
  for (const r of model.relations) {
    if (r.fromId !== null) related.add(r.fromId)
    if (r.toId !== null) related.add(r.toId)
  }
  return model.actors.filter((actor) => !related.has(actor.id))
}
