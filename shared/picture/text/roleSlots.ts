import {
  CARD_BADGE_SIZE,
  CARD_DETAIL_SIZE,
  CARD_PADDING,
  CARD_STRIPE,
  CARD_TITLE_SIZE,
  cardMeasure,
  wrapLines,
} from './cardLayout.ts'

/**
 * Where the people of a role sit on its card: in slots under the role's title, one per
 * assignment, top to bottom, never over the title nor over the holders' line at the bottom;
 * the card grows to hold them. Pure: the role's box and title and the people's boxes in, the
 * seats and the card's size out.
 */

/** A long role title wraps over up to this many lines on its card; the slots start below them. */
export const ROLE_TITLE_LINES = 3

/** Room between the title and the first slot, between slots, and around them. */
export const SLOT_GAP = 8
/** The holders' line at the bottom of a role card: up to two detail rows. */
const HOLDER_ROWS = 2

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A card to seat: its id and size (its place is what the layout decides). */
export interface SlotCard {
  id: string
  w: number
  h: number
}

/** One person's place on the role card (top-left corner, board units). */
export interface Seat {
  id: string
  x: number
  y: number
}

/** The seats, top to bottom in the order given, and the role card's bounds to hold them. */
export interface SlotLayout {
  seats: Seat[]
  role: Box
}

/**
 * How far below the role card's top its title ends: padding, the badge row and the wrapped
 * title (at least one line, at most `ROLE_TITLE_LINES`), as the card's rows lay them out.
 */
export function roleTitleBottom(title: string, cardWidth: number): number {
  const width = Math.max(0, cardWidth - CARD_STRIPE - 2 * CARD_PADDING)
  const lines = wrapLines(title, width, CARD_TITLE_SIZE, ROLE_TITLE_LINES, cardMeasure(600))
  const badgeHeight = CARD_BADGE_SIZE + 8
  return CARD_PADDING + badgeHeight + 6 + Math.max(1, lines.length) * CARD_TITLE_SIZE * 1.2
}

/** The room the holders' line takes at the bottom of a role card. */
export const ROLE_FOOTER = CARD_PADDING + HOLDER_ROWS * CARD_DETAIL_SIZE * 1.3

/**
 * Seats `cards` in slots under the title of a role card at `role`, in the order given,
 * centred in the card's width right of its stripe. The card keeps its top-left corner and
 * grows (never shrinks) so that every slot and the holders' line fit.
 */
export function layoutSlots(role: Box & { title: string }, cards: readonly SlotCard[]): SlotLayout {
  const widest = cards.reduce((w, card) => Math.max(w, card.w), 0)
  const w = Math.max(role.w, widest + CARD_STRIPE + 2 * SLOT_GAP)
  const top = role.y + roleTitleBottom(role.title, w) + SLOT_GAP
  const seats: Seat[] = []
  let y = top
  for (const card of cards) {
    const x = role.x + CARD_STRIPE + (w - CARD_STRIPE - card.w) / 2
    seats.push({ id: card.id, x, y })
    y += card.h + SLOT_GAP
  }
  const needed = y - role.y + ROLE_FOOTER
  return { seats, role: { x: role.x, y: role.y, w, h: Math.max(role.h, needed) } }
}
