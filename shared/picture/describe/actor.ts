import type { Actor } from '../../schema/index.ts'
import {
  ACTOR_CATEGORY_COLORS,
  CARD_BORDER,
  CARD_MUTED_INK,
  NO_CATEGORY_COLOR,
} from '../cardStyle.ts'
import type { GroupPrimitive } from '../primitives.ts'
import { cardBody, cardText } from './cardParts.ts'
import type { DescribeContext } from './context.ts'

/**
 * An actor: category badge in the category's colour ("noch keine Kategorie" in grey until one
 * is picked), name, and ring · field below.
 */
export function describeActor(actor: Actor, ctx: DescribeContext): GroupPrimitive {
  const color = actor.category === null ? NO_CATEGORY_COLOR : ACTOR_CATEGORY_COLORS[actor.category]
  const category = ctx.cards?.category(actor) ?? ''
  const place = ctx.cards?.place(actor) ?? ''
  const details = place === '' ? [] : [{ text: place, color: CARD_MUTED_INK }]
  return {
    kind: 'group',
    elementId: actor.id,
    meaning: ctx.words.actor(actor.name || (ctx.cards?.unnamed ?? ''), category, place),
    children: [
      ...cardBody(actor, color, { color: CARD_BORDER, dashed: false }),
      ...cardText(actor, ctx, actor.name, details, { text: category, color }),
    ],
  }
}
