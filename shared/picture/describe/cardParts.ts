import type { Actor, Person, Role } from '../../schema/index.ts'
import { BADGE_INK, CARD_FILL, CARD_INK, CARD_MUTED_INK } from '../cardStyle.ts'
import type { FontWeight, Primitive } from '../primitives.ts'
import {
  CARD_PADDING,
  CARD_STRIPE,
  CARD_TITLE_SIZE,
  cardMeasure,
  cardRows,
  fitLine,
  wrapLines,
  type CardRow,
} from '../text/cardLayout.ts'
import type { DescribeContext } from './context.ts'
import { farTitle } from './farTitle.ts'
import { lineAt, shadowOf } from './style.ts'

/** A card's outline: solid grey, or dashed red for a vacant role. */
export interface CardBorder {
  color: string
  dashed: boolean
}

/** Words beside the badge: a vacant role's marker (outlined, at the right), a person's unit. */
export interface CardAside {
  text: string
  color: string
  outlined: boolean
}

/** One line of detail below the title, in its own colour. */
export interface CardDetail {
  text: string
  color: string
}

/** Title lines on a card: a name wraps once; role titles up to ROLE_TITLE_LINES (roleSlots.ts). */
export const CARD_TITLE_LINES = 2

const BORDER_WIDTH = 1.5
/** A dashed border is drawn heavier, so the dashes read as a warning and not as a faint line. */
const DASHED_BORDER_FACTOR = 1.5
const BORDER_DASH = [8, 5]
/** Room left and right of the words on a badge. */
const BADGE_INSET = 6
/** The badge's words sit a hair below the row's middle, as on screen. */
const BADGE_NUDGE = 1

type Card = Actor | Role | Person

/** The card itself: shadow, white surface, coloured stripe on the left and its border. */
export function cardBody(el: Card, color: string, border: CardBorder): Primitive[] {
  const width = BORDER_WIDTH * (border.dashed ? DASHED_BORDER_FACTOR : 1)
  return [
    shadowOf(el),
    { kind: 'rect', x: el.x, y: el.y, w: el.w, h: el.h, fill: CARD_FILL },
    { kind: 'rect', x: el.x, y: el.y, w: Math.min(CARD_STRIPE, el.w), h: el.h, fill: color },
    {
      kind: 'rect',
      x: el.x,
      y: el.y,
      w: el.w,
      h: el.h,
      stroke: {
        paint: border.color,
        width,
        ...(border.dashed ? { dash: BORDER_DASH } : {}),
      },
    },
  ]
}

function textRun(
  text: string,
  x: number,
  middle: number,
  size: number,
  weight: FontWeight,
  fill: string,
): Primitive {
  return {
    kind: 'text',
    lines: [lineAt(text, x, middle, size)],
    fontSize: size,
    weight,
    fill,
    anchor: 'start',
  }
}

/** A pill with white words on the card's colour: what kind of card this is, never colour alone. */
function badge(out: Primitive[], row: CardRow, text: string, color: string): number {
  const measure = cardMeasure(600)
  const label = fitLine(text, row.width - 2 * BADGE_INSET, row.fontSize, measure)
  if (label === '') return 0
  const width = measure(label, row.fontSize) + 2 * BADGE_INSET
  const height = row.fontSize + 8
  out.push(
    { kind: 'rect', x: row.x, y: row.y - height / 2, w: width, h: height, fill: color },
    textRun(label, row.x + BADGE_INSET, row.y + BADGE_NUDGE, row.fontSize, 600, BADGE_INK),
  )
  return width
}

function aside(out: Primitive[], row: CardRow, a: CardAside): void {
  const measure = cardMeasure(600)
  const text = fitLine(a.text, row.width - 2 * BADGE_INSET, row.fontSize, measure)
  if (text === '') return
  const width = measure(text, row.fontSize) + 2 * BADGE_INSET
  const height = row.fontSize + 8
  const x = a.outlined ? row.x + row.width - width : row.x
  if (a.outlined) {
    out.push({
      kind: 'rect',
      x,
      y: row.y - height / 2,
      w: width,
      h: height,
      fill: CARD_FILL,
      stroke: { paint: a.color, width: BORDER_WIDTH },
    })
  }
  out.push(textRun(text, x + BADGE_INSET, row.y + BADGE_NUDGE, row.fontSize, 600, a.color))
}

/** The width inside a card's stripe and padding, where its text goes. */
export function cardTextWidth(el: Card): number {
  return Math.max(0, el.w - CARD_STRIPE - 2 * CARD_PADDING)
}

/**
 * The badge, the aside, up to `titleLines` title lines (as many as the card's height leaves,
 * the last cut with an ellipsis) and the detail rows of a card, top to bottom; zoomed out
 * (`ctx.titleSize`), the title alone at that size.
 */
export function cardText(
  el: Card,
  ctx: DescribeContext,
  title: string,
  details: readonly CardDetail[],
  badgeText: { text: string; color: string },
  asideText?: CardAside,
  titleLines = CARD_TITLE_LINES,
): Primitive[] {
  const out: Primitive[] = []
  const editing = el.id === ctx.editingId
  const shown = title || (ctx.cards?.unnamed ?? '')
  if (ctx.titleSize !== undefined && ctx.titleSize > CARD_TITLE_SIZE) {
    if (editing) return out
    const text = farTitle(shown, {
      x: el.x + Math.min(CARD_STRIPE, el.w),
      y: el.y,
      w: Math.max(0, el.w - CARD_STRIPE),
      h: el.h,
      fontSize: ctx.titleSize,
      weight: 600,
      fill: title ? CARD_INK : CARD_MUTED_INK,
      anchor: 'start',
    })
    return text ? [text] : out
  }
  const lines = editing
    ? ['']
    : wrapLines(shown, cardTextWidth(el), CARD_TITLE_SIZE, titleLines, cardMeasure(600))
  const rows = cardRows(el, Math.max(1, lines.length), details.length)
  const badgeWidth = badge(out, rows.badge, badgeText.text, badgeText.color)
  if (asideText && asideText.text !== '') {
    const x = rows.badge.x + badgeWidth + 4
    aside(out, { ...rows.badge, x, width: rows.badge.width - badgeWidth - 4 }, asideText)
  }
  if (!editing) {
    const ink = title ? CARD_INK : CARD_MUTED_INK
    rows.title.forEach((row, i) => {
      const line = lines[i]
      if (line === undefined) return
      const fitted = fitLine(line, row.width, row.fontSize, cardMeasure(600))
      if (fitted !== '') out.push(textRun(fitted, row.x, row.y, row.fontSize, 600, ink))
    })
  }
  rows.details.forEach((row, i) => {
    const detail = details[i]
    if (!detail) return
    const fitted = fitLine(detail.text, row.width, row.fontSize, cardMeasure(400))
    if (fitted !== '') out.push(textRun(fitted, row.x, row.y, row.fontSize, 400, detail.color))
  })
  return out
}
