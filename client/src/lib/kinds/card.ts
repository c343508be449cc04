import { resizeElement } from '../../../../shared/ops/index.ts'
import type { Rect } from '../../../../shared/geometry/types.ts'
import { CARD_INK } from '../../../../shared/picture/cardStyle.ts'
import {
  CARD_BADGE_SIZE,
  CARD_PADDING,
  CARD_STRIPE,
  CARD_TITLE_SIZE,
} from '../../../../shared/picture/text/cardLayout.ts'
import type { Actor, BoardElement, Person, Role } from '../../../../shared/schema/index.ts'
import type { Board, Operation } from '../model/board.svelte.ts'
import type { TextBox, TextBoxLayout } from './kindSpec.ts'

/** A domain card: an actor, a role, a person or org unit. */
export type Card = Actor | Role | Person

/** Whether an element is a domain card. */
export function isDomainCard(el: BoardElement | undefined): el is Card {
  return el?.kind === 'actor' || el?.kind === 'role' || el?.kind === 'person'
}

/** The text a card shows as its name: an actor's or person's name, a role's title. */
export function cardName(el: Card): string {
  return el.kind === 'role' ? el.title : el.name
}

/** Line height of a card's title lines as drawn. */
const TITLE_LINE_HEIGHT = CARD_TITLE_SIZE * 1.2

/** The field over a card's title lines (two at most), below its badge. */
function titleField(card: Card): TextBoxLayout {
  return {
    rect: {
      x: card.x + CARD_STRIPE + CARD_PADDING / 2,
      y: card.y + CARD_PADDING + CARD_BADGE_SIZE + 8 + 4,
      w: Math.max(40, card.w - CARD_STRIPE - CARD_PADDING),
      h: TITLE_LINE_HEIGHT * 2 + 6,
    },
    fontSize: CARD_TITLE_SIZE,
    lineHeight: TITLE_LINE_HEIGHT,
    align: 'left',
    color: CARD_INK,
    background: 'rgb(255 255 255 / 0.95)',
    padding: '2px 4px',
    fontWeight: 600,
  }
}

/**
 * A card's name (an actor's or person's) or title (a role's), typed in place over its title
 * lines: one phrase, Enter ends it, the typing is one undo step with the placing.
 */
export function cardTitle<C extends Card>(
  label: 'card.nameEditor' | 'card.titleEditor',
  max: number,
): TextBox<C> {
  return {
    read: cardName,
    label: () => label,
    layout: titleField,
    maxLength: () => max,
    enterEnds: true,
    oneLine: true,
    caret: 'selectAll',
    grows: false,
    // The list view edits the name too, and its buttons name the card's kind.
    list: {
      fieldLabel: label,
      empty: 'card.unnamed',
      buttonKind: (card) =>
        card.kind === 'person' && card.personKind === 'orgUnit' ? 'orgUnit' : card.kind,
    },
  }
}

/**
 * Makes an empty card at a rectangle (a click: the default size around the pointer; a drag:
 * what was drawn) by its domain operation, inside the caller's step. Returns the id, null
 * without the edit right.
 */
export function createCardAt(
  board: Board,
  rect: Rect,
  make: Operation<{ x: number; y: number }, string>,
): string | null {
  const centre = { x: Math.round(rect.x + rect.w / 2), y: Math.round(rect.y + rect.h / 2) }
  const id = board.run(make, centre)
  const made = id === null ? undefined : board.get(id)
  const w = Math.round(rect.w)
  const h = Math.round(rect.h)
  if (id !== null && made && (made.w !== w || made.h !== h)) {
    board.run(resizeElement, { id, x: Math.round(rect.x), y: Math.round(rect.y), w, h })
  }
  return id
}
