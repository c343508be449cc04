import type {
  Actor,
  BoardElement,
  Connector,
  Frame,
  Note,
  Person,
  Role,
  Shape,
  TextElement,
} from '../../../../shared/schema/index.ts'

/**
 * Elements whose text can be edited in place: a note, a text block, a shape's label, a frame's
 * title, a connector's label.
 */
export type TextBearing = Note | TextElement | Shape | Frame | Connector

export function hasEditableText(el: BoardElement | undefined): el is TextBearing {
  return (
    el?.kind === 'note' ||
    el?.kind === 'text' ||
    el?.kind === 'shape' ||
    el?.kind === 'frame' ||
    el?.kind === 'connector'
  )
}

/** The domain cards: their name (actor, person) or title (role) is edited in place too. */
export function isDomainCard(el: BoardElement | undefined): el is Actor | Role | Person {
  return el?.kind === 'actor' || el?.kind === 'role' || el?.kind === 'person'
}

/** The text a card shows as its name: an actor's or person's name, a role's title. */
export function cardName(el: Actor | Role | Person): string {
  return el.kind === 'role' ? el.title : el.name
}

/** Whether Enter or a double-click edits this element's text (or a card's name) in place. */
export function editsInPlace(el: BoardElement | undefined): boolean {
  return hasEditableText(el) || isDomainCard(el)
}
