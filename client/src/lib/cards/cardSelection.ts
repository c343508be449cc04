import type { BoardElement, Connector } from '../../../../shared/schema/index.ts'
import { isBoundEnd } from '../../../../shared/schema/index.ts'
import { isDomainCard } from '../kinds/card.ts'

/** What the properties panel edits: one card, or one connector that is (or may be) a relation. */
export type PropertiesTarget =
  | { kind: 'card'; card: Extract<BoardElement, { kind: 'actor' | 'role' | 'person' }> }
  | { kind: 'relation'; connector: Connector }

/**
 * The one selected element, when the properties panel has something to say about it: a card,
 * or a connector between two actors (or one that already has a relation kind). Null otherwise.
 */
export function propertiesTarget(
  selected: readonly BoardElement[],
  lookup: (id: string) => BoardElement | undefined,
): PropertiesTarget | null {
  if (selected.length !== 1) return null
  const el = selected[0]
  if (isDomainCard(el)) return { kind: 'card', card: el }
  if (el?.kind !== 'connector') return null
  if (el.relationKind !== undefined) return { kind: 'relation', connector: el }
  const actorEnd = (end: Connector['from']): boolean =>
    isBoundEnd(end) && lookup(end.elementId)?.kind === 'actor'
  return actorEnd(el.from) && actorEnd(el.to) ? { kind: 'relation', connector: el } : null
}
