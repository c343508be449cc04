import type { DomainModel } from '../model.ts'
import { unrelatedActors } from '../unrelatedActors.ts'
import type { Finding } from './finding.ts'

/** Actors that no relation joins to anything: on the map, but not yet part of the ecosystem. */
export function actorsWithoutRelation(model: DomainModel): Finding[] {
  return unrelatedActors(model).map((actor) => ({
    id: `actorsWithoutRelation:${actor.id}`,
    rule: 'actorsWithoutRelation',
    severity: 'hint',
    message: 'checks.actorWithoutRelation',
    params: { actor: actor.name },
    elementIds: [actor.id],
  }))
}
