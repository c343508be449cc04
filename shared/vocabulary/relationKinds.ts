import type { Label } from './label.ts'

/**
 * Kinds of relations between actors (DOMAIN.md), in the legend's order. How each is drawn is
 * in `../domain/relationStyles.ts`.
 */
export const RELATION_KINDS = [
  {
    id: 'commissions',
    label: { de: 'beauftragt', en: 'commissions' },
  },
  {
    id: 'suppliesDataTo',
    label: { de: 'liefert Daten an', en: 'supplies data to' },
  },
  {
    id: 'funds',
    label: { de: 'finanziert', en: 'funds' },
  },
  {
    id: 'cooperatesWith',
    label: { de: 'kooperiert mit', en: 'cooperates with' },
  },
  {
    id: 'advises',
    label: { de: 'berät', en: 'advises' },
  },
  {
    id: 'involves',
    label: { de: 'beteiligt', en: 'involves' },
  },
] as const satisfies readonly { id: string; label: Label }[]

export type CatalogueRelationKind = (typeof RELATION_KINDS)[number]['id']
/** A kind from the catalogue, or `custom`: the connector's label names the relation. */
export type RelationKind = CatalogueRelationKind | 'custom'

export const CUSTOM_RELATION_LABEL: Label = { de: 'eigene Beziehung', en: 'custom relation' }

export function isRelationKind(v: unknown): v is RelationKind {
  return v === 'custom' || RELATION_KINDS.some((k) => k.id === v)
}

/** The legend's wording for `kind`. */
export function relationLabel(kind: RelationKind): Label {
  return RELATION_KINDS.find((k) => k.id === kind)?.label ?? CUSTOM_RELATION_LABEL
}
