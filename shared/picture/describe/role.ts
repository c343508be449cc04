import { isVacant } from '../../domain/assignmentFacts.ts'
import type { Role } from '../../schema/index.ts'
import { CARD_BORDER, CARD_INK, CARD_WARNING, ROLE_GROUP_COLORS } from '../cardStyle.ts'
import type { GroupPrimitive } from '../primitives.ts'
import { CARD_DETAIL_SIZE, cardMeasure, wrapLines } from '../text/cardLayout.ts'
import { ROLE_TITLE_LINES } from '../text/roleSlots.ts'
import { cardBody, cardText, cardTextWidth } from './cardParts.ts'
import type { DescribeContext } from './context.ts'

/**
 * A role: group badge, title (over up to three lines, where the slots for its people start
 * below), and who holds it with their RACI letters; a role nobody holds (as Responsible or
 * Accountable) has a dashed red border and says so in words.
 */
export function describeRole(role: Role, ctx: DescribeContext): GroupPrimitive {
  const texts = ctx.cards
  const color = ROLE_GROUP_COLORS[role.group ?? 'none']
  const holders = texts?.holders(role.id) ?? []
  const vacant = isVacant(holders)
  const border = vacant
    ? { color: CARD_WARNING, dashed: true }
    : { color: CARD_BORDER, dashed: false }
  const names = holders.map((h) => `${h.name} (${h.raci})`).join(', ')
  const lines =
    names === '' ? [] : wrapLines(names, cardTextWidth(role), CARD_DETAIL_SIZE, 2, cardMeasure(400))
  const group = texts?.group(role) ?? ''
  return {
    kind: 'group',
    elementId: role.id,
    meaning: ctx.words.roleCard(role.title || (texts?.unnamed ?? ''), group, vacant ? '' : names),
    children: [
      ...cardBody(role, color, border),
      ...cardText(
        role,
        ctx,
        role.title,
        lines.map((text) => ({ text, color: CARD_INK })),
        { text: group, color },
        vacant ? { text: texts?.vacant ?? '', color: CARD_WARNING, outlined: true } : undefined,
        ROLE_TITLE_LINES,
      ),
    ],
  }
}
