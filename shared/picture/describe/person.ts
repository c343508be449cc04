import { isOverCapacity } from '../../domain/assignmentFacts.ts'
import type { Person } from '../../schema/index.ts'
import { CARD_BORDER, CARD_MUTED_INK, CARD_WARNING, PERSON_COLOR } from '../cardStyle.ts'
import type { GroupPrimitive } from '../primitives.ts'
import { cardBody, cardText, type CardDetail } from './cardParts.ts'
import type { DescribeContext } from './context.ts'

/** A person or org unit: kind badge and org unit, name, and the time their roles take. */
export function describePerson(person: Person, ctx: DescribeContext): GroupPrimitive {
  const texts = ctx.cards
  const details: CardDetail[] = []
  if (texts) {
    const load = texts.load(person.id)
    details.push({
      text: texts.time(person, load),
      color: isOverCapacity(load) ? CARD_WARNING : CARD_MUTED_INK,
    })
  }
  const unit = person.personKind === 'person' ? person.orgUnit : ''
  const kind = texts?.personKind(person) ?? ''
  return {
    kind: 'group',
    elementId: person.id,
    meaning: ctx.words.personCard(
      kind || ctx.words.person,
      person.name || (texts?.unnamed ?? ''),
      unit,
    ),
    children: [
      ...cardBody(person, PERSON_COLOR, { color: CARD_BORDER, dashed: false }),
      ...cardText(
        person,
        ctx,
        person.name,
        details,
        { text: kind, color: PERSON_COLOR },
        { text: unit, color: CARD_MUTED_INK, outlined: false },
      ),
    ],
  }
}
