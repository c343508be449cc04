import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

/** Actors that no relation joins to anything: on the map, but not yet part of the ecosystem. */
export function actorsWithoutRelation(model: DomainModel): Finding[] {
  const related = new Set<string>()
  for (const r of model.relations) {
    if (r.fromId !== null) related.add(r.fromId)
    if (r.toId !== null) related.add(r.toId)
  }
  return model.actors
    .filter((actor) => !related.has(actor.id))
    .map((actor) => ({
      id: `actorsWithoutRelation:${actor.id}`,
      rule: 'actorsWithoutRelation',
      severity: 'hint',
      message: 'checks.actorWithoutRelation',
      params: { actor: actor.name },
      elementIds: [actor.id],
    }))
}
