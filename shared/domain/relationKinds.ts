import type { Arrowhead, StrokeStyle } from '../schema/connector.ts'
import type { InkColor } from '../schema/palette.ts'
import type { Label } from './label.ts'

/** How a relation of one kind is drawn: colour, dash and arrowheads, never colour alone. */
export interface RelationStyle {
  stroke: InkColor
  strokeStyle: StrokeStyle
  strokeWidth: number
  startArrowhead: Arrowhead
  endArrowhead: Arrowhead
}

/**
 * Kinds of relations between actors (DOMAIN.md). Each has its own style, distinguishable by dash
 * and arrowheads as well as by colour (WCAG 1.4.1), so a legend can explain the map.
 */
export const RELATION_KINDS = [
  {
    id: 'commissions',
    label: { de: 'beauftragt', en: 'commissions' },
    style: {
      stroke: 'blue',
      strokeStyle: 'solid',
      strokeWidth: 2,
      startArrowhead: 'none',
      endArrowhead: 'arrow',
    },
  },
  {
    id: 'suppliesDataTo',
    label: { de: 'liefert Daten an', en: 'supplies data to' },
    style: {
      stroke: 'violet',
      strokeStyle: 'dashed',
      strokeWidth: 2,
      startArrowhead: 'none',
      endArrowhead: 'triangle',
    },
  },
  {
    id: 'funds',
    label: { de: 'finanziert', en: 'funds' },
    style: {
      stroke: 'green',
      strokeStyle: 'solid',
      strokeWidth: 4,
      startArrowhead: 'none',
      endArrowhead: 'triangle',
    },
  },
  {
    id: 'cooperatesWith',
    label: { de: 'kooperiert mit', en: 'cooperates with' },
    style: {
      stroke: 'ink',
      strokeStyle: 'solid',
      strokeWidth: 2,
      startArrowhead: 'dot',
      endArrowhead: 'dot',
    },
  },
  {
    id: 'advises',
    label: { de: 'berät', en: 'advises' },
    style: {
      stroke: 'orange',
      strokeStyle: 'dashed',
      strokeWidth: 2,
      startArrowhead: 'none',
      endArrowhead: 'arrow',
    },
  },
  {
    id: 'involves',
    label: { de: 'beteiligt', en: 'involves' },
    style: {
      stroke: 'red',
      strokeStyle: 'dashed',
      strokeWidth: 2,
      startArrowhead: 'none',
      endArrowhead: 'diamond',
    },
  },
] as const satisfies readonly { id: string; label: Label; style: RelationStyle }[]

export type CatalogueRelationKind = (typeof RELATION_KINDS)[number]['id']
/** A kind from the catalogue, or `custom`: the connector's label names the relation. */
export type RelationKind = CatalogueRelationKind | 'custom'

/** A custom relation: grey, solid, with a plain arrow. */
export const CUSTOM_RELATION_STYLE: RelationStyle = {
  stroke: 'grey',
  strokeStyle: 'solid',
  strokeWidth: 2,
  startArrowhead: 'none',
  endArrowhead: 'arrow',
}

export const CUSTOM_RELATION_LABEL: Label = { de: 'eigene Beziehung', en: 'custom relation' }

export function isRelationKind(v: unknown): v is RelationKind {
  return v === 'custom' || RELATION_KINDS.some((k) => k.id === v)
}

/** The style relations of `kind` are drawn with. */
export function relationStyle(kind: RelationKind): RelationStyle {
  return RELATION_KINDS.find((k) => k.id === kind)?.style ?? CUSTOM_RELATION_STYLE
}

/** The legend's wording for `kind`. */
export function relationLabel(kind: RelationKind): Label {
  return RELATION_KINDS.find((k) => k.id === kind)?.label ?? CUSTOM_RELATION_LABEL
}
