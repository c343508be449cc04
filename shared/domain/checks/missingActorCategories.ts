import { ACTOR_CATEGORIES } from '../../vocabulary/actorCategories.ts'
import type { DomainModel } from '../model.ts'
import type { Finding } from './finding.ts'

/**
 * Actor categories from the catalogue that no actor on the board has yet: whom the group may be
 * overlooking; and each actor whose category nobody has picked yet, which counts for none.
 * Nothing to report on a board without actors (it is not an ecosystem map).
 */
export function missingActorCategories(model: DomainModel): Finding[] {
  if (model.actors.length === 0) return []
  const present = new Set<string>()
  for (const actor of model.actors) if (actor.category !== null) present.add(actor.category)
  const missing: Finding[] = ACTOR_CATEGORIES.filter((c) => !present.has(c.id)).map((c) => ({
    id: `missingActorCategories:${c.id}`,
    rule: 'missingActorCategories',
    severity: 'hint',
    message: 'checks.missingActorCategory',
    params: { category: c.id },
    elementIds: [],
  }))
  const uncategorised: Finding[] = model.actors
    .filter((actor) => actor.category === null)
    .map((actor) => ({
      id: `missingActorCategories:actor:${actor.id}`,
      rule: 'missingActorCategories',
      severity: 'hint',
      message: 'checks.actorWithoutCategory',
      params: { actor: actor.name },
      elementIds: [actor.id],
    }))
  return [...uncategorised, ...missing]
}
