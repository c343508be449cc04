import type { Arrowhead, StrokeStyle } from '../schema/connector.ts'
import type { InkColor } from '../schema/palette.ts'
import type { CatalogueRelationKind, RelationKind } from '../vocabulary/relationKinds.ts'

/** How a relation of one kind is drawn: colour, dash and arrowheads, never colour alone. */
export interface RelationStyle {
  stroke: InkColor
  strokeStyle: StrokeStyle
  strokeWidth: number
  startArrowhead: Arrowhead
  endArrowhead: Arrowhead
}

/**
 * The style of each relation kind: distinguishable by dash and arrowheads as well as by colour
 * (WCAG 1.4.1), so a legend can explain the map. Keyed by every kind of the vocabulary, so a new
 * kind without a style does not compile.
 */
export const RELATION_STYLES: Readonly<Record<CatalogueRelationKind, RelationStyle>> = {
  commissions: {
    stroke: 'blue',
    strokeStyle: 'solid',
    strokeWidth: 2,
    startArrowhead: 'none',
    endArrowhead: 'arrow',
  },
  suppliesDataTo: {
    stroke: 'violet',
    strokeStyle: 'dashed',
    strokeWidth: 2,
    startArrowhead: 'none',
    endArrowhead: 'triangle',
  },
  funds: {
    stroke: 'green',
    strokeStyle: 'solid',
    strokeWidth: 4,
    startArrowhead: 'none',
    endArrowhead: 'triangle',
  },
  cooperatesWith: {
    stroke: 'ink',
    strokeStyle: 'solid',
    strokeWidth: 2,
    startArrowhead: 'dot',
    endArrowhead: 'dot',
  },
  advises: {
    stroke: 'orange',
    strokeStyle: 'dashed',
    strokeWidth: 2,
    startArrowhead: 'none',
    endArrowhead: 'arrow',
  },
  involves: {
    stroke: 'red',
    strokeStyle: 'dashed',
    strokeWidth: 2,
    startArrowhead: 'none',
    endArrowhead: 'diamond',
  },
}

/** A custom relation: grey, solid, with a plain arrow. */
export const CUSTOM_RELATION_STYLE: RelationStyle = {
  stroke: 'grey',
  strokeStyle: 'solid',
  strokeWidth: 2,
  startArrowhead: 'none',
  endArrowhead: 'arrow',
}

/** The style relations of `kind` are drawn with; the custom style for a kind it does not know. */
export function relationStyle(kind: RelationKind): RelationStyle {
  return kind !== 'custom' && Object.hasOwn(RELATION_STYLES, kind)
    ? RELATION_STYLES[kind]
    : CUSTOM_RELATION_STYLE
}
