import { holdsRole, type Actor, type Person, type Role } from '../../../../shared/schema/index.ts'
import {
  CARD_BADGE_SIZE,
  CARD_PADDING,
  CARD_STRIPE,
  CARD_TITLE_SIZE,
  cardRows,
  fitLine,
  wrapLines,
  type CardMeasure,
  type CardRow,
} from './cardLayout.ts'
import {
  ACTOR_CATEGORY_COLORS,
  BADGE_INK,
  CARD_BORDER,
  CARD_FILL,
  CARD_INK,
  CARD_MUTED_INK,
  CARD_WARNING,
  PERSON_COLOR,
  ROLE_GROUP_COLORS,
} from './cardStyle.ts'
import type { CardTexts } from './cardTexts.ts'
import { LOD_ZOOM, MIN_TEXT_PIXELS } from './drawElements.ts'
import { NOTE_FONT_FAMILY } from './textLayout.ts'

const SHADOW = 'rgba(30, 30, 20, 0.14)'

/** What drawing a card needs; a DrawContext provides it. */
export interface CardDrawContext {
  ctx: CanvasRenderingContext2D
  zoom: number
  editingId: string | null
  cards?: CardTexts
}

function font(size: number, weight: number): string {
  return `${weight} ${size}px ${NOTE_FONT_FAMILY}`
}

function measureWith(ctx: CanvasRenderingContext2D, weight: number): CardMeasure {
  return (text, size) => {
    ctx.font = font(size, weight)
    return ctx.measureText(text).width
  }
}

/**
 * The card itself: a white surface with a shadow, a coloured stripe on the left and a border
 * (dashed for a vacant role). Zoomed out it is only the surface and the stripe, like a note.
 * Returns whether the card's text should be drawn.
 */
function drawBody(
  dc: CardDrawContext,
  el: Actor | Role | Person,
  color: string,
  border: { color: string; dashed: boolean },
): boolean {
  const { ctx, zoom } = dc
  const detailed = zoom >= LOD_ZOOM
  if (detailed) {
    const lift = Math.min(6, Math.max(1.5, 3 / zoom))
    ctx.fillStyle = SHADOW
    ctx.fillRect(el.x + lift / 2, el.y + lift, el.w, el.h)
  }
  ctx.fillStyle = CARD_FILL
  ctx.fillRect(el.x, el.y, el.w, el.h)
  ctx.fillStyle = color
  ctx.fillRect(el.x, el.y, Math.min(CARD_STRIPE, el.w), el.h)
  if (!detailed) return false
  ctx.save()
  ctx.strokeStyle = border.color
  ctx.lineWidth = Math.max(1.5, 1 / zoom) * (border.dashed ? 1.5 : 1)
  ctx.setLineDash(border.dashed ? [8, 5] : [])
  ctx.strokeRect(el.x, el.y, el.w, el.h)
  ctx.restore()
  return CARD_BADGE_SIZE * zoom >= MIN_TEXT_PIXELS
}

/** A pill with white words on the card's colour: what kind of card this is, never colour alone. */
function drawBadge(
  ctx: CanvasRenderingContext2D,
  row: CardRow,
  text: string,
  color: string,
): number {
  const measure = measureWith(ctx, 600)
  const label = fitLine(text, row.width - 12, row.fontSize, measure)
  if (label === '') return 0
  const width = measure(label, row.fontSize) + 12
  const height = row.fontSize + 8
  ctx.fillStyle = color
  ctx.fillRect(row.x, row.y - height / 2, width, height)
  ctx.fillStyle = BADGE_INK
  ctx.font = font(row.fontSize, 600)
  ctx.textAlign = 'left'
  ctx.textBaseline = 'middle'
  ctx.fillText(label, row.x + 6, row.y + 1)
  return width
}

/**
 * Words beside the badge, cut to the room left: a vacant role's "unbesetzt" (outlined, at the
 * right end), a person's org unit (plain).
 */
function drawAside(ctx: CanvasRenderingContext2D, row: CardRow, aside: Aside): void {
  const measure = measureWith(ctx, 600)
  const text = fitLine(aside.text, row.width - 12, row.fontSize, measure)
  if (text === '') return
  const width = measure(text, row.fontSize) + 12
  const height = row.fontSize + 8
  const x = aside.outlined ? row.x + row.width - width : row.x
  if (aside.outlined) {
    ctx.fillStyle = CARD_FILL
    ctx.fillRect(x, row.y - height / 2, width, height)
    ctx.strokeStyle = aside.color
    ctx.lineWidth = 1.5
    ctx.strokeRect(x, row.y - height / 2, width, height)
  }
  ctx.fillStyle = aside.color
  ctx.font = font(row.fontSize, 600)
  ctx.textAlign = 'left'
  ctx.textBaseline = 'middle'
  ctx.fillText(text, x + 6, row.y + 1)
}

interface Aside {
  text: string
  color: string
  outlined: boolean
}

function drawRows(
  ctx: CanvasRenderingContext2D,
  rows: readonly CardRow[],
  lines: readonly string[],
  color: string,
  weight: number,
): void {
  ctx.fillStyle = color
  ctx.textAlign = 'left'
  ctx.textBaseline = 'middle'
  const measure = measureWith(ctx, weight)
  rows.forEach((row, i) => {
    const line = lines[i]
    if (line === undefined) return
    const fitted = fitLine(line, row.width, row.fontSize, measure)
    ctx.font = font(row.fontSize, weight)
    ctx.fillText(fitted, row.x, row.y)
  })
}

function titleLines(
  ctx: CanvasRenderingContext2D,
  el: Actor | Role | Person,
  text: string,
): string[] {
  const width = Math.max(0, el.w - CARD_STRIPE - 2 * CARD_PADDING)
  return wrapLines(text, width, CARD_TITLE_SIZE, 2, measureWith(ctx, 600))
}

/** Draws the title and detail lines of a card below its badge. */
function drawText(
  dc: CardDrawContext,
  el: Actor | Role | Person,
  title: string,
  details: readonly { text: string; color: string }[],
  badge: { text: string; color: string },
  aside?: Aside,
): void {
  const { ctx } = dc
  const editing = el.id === dc.editingId
  const lines = editing ? [''] : titleLines(ctx, el, title || (dc.cards?.unnamed ?? ''))
  const rows = cardRows(el, Math.max(1, lines.length), details.length)
  const badgeWidth = drawBadge(ctx, rows.badge, badge.text, badge.color)
  if (aside && aside.text !== '') {
    const x = rows.badge.x + badgeWidth + 4
    drawAside(ctx, { ...rows.badge, x, width: rows.badge.width - badgeWidth - 4 }, aside)
  }
  if (!editing) drawRows(ctx, rows.title, lines, title ? CARD_INK : CARD_MUTED_INK, 600)
  rows.details.forEach((row, i) => {
    const detail = details[i]
    if (detail) drawRows(ctx, [row], [detail.text], detail.color, 400)
  })
}

/** An actor: category badge in the category's colour, name, and ring · field below. */
export function drawActor(dc: CardDrawContext, actor: Actor): void {
  const color = ACTOR_CATEGORY_COLORS[actor.category]
  if (!drawBody(dc, actor, color, { color: CARD_BORDER, dashed: false })) return
  const texts = dc.cards
  const place = texts?.place(actor) ?? ''
  drawText(dc, actor, actor.name, place === '' ? [] : [{ text: place, color: CARD_MUTED_INK }], {
    text: texts?.category(actor) ?? '',
    color,
  })
}

/**
 * A role: group badge, title, and who holds it with their RACI letters; a role nobody holds
 * (as Responsible or Accountable) has a dashed red border and says so in words.
 */
export function drawRole(dc: CardDrawContext, role: Role): void {
  const texts = dc.cards
  const color = ROLE_GROUP_COLORS[role.group ?? 'none']
  const holders = texts?.holders(role.id) ?? []
  const vacant = !holders.some((h) => holdsRole(h.raci))
  const border = vacant
    ? { color: CARD_WARNING, dashed: true }
    : { color: CARD_BORDER, dashed: false }
  if (!drawBody(dc, role, color, border)) return
  const names = holders.map((h) => `${h.name} (${h.raci})`).join(', ')
  const width = Math.max(0, role.w - CARD_STRIPE - 2 * CARD_PADDING)
  const lines = names === '' ? [] : wrapLines(names, width, 13, 2, measureWith(dc.ctx, 400))
  drawText(
    dc,
    role,
    role.title,
    lines.map((text) => ({ text, color: CARD_INK })),
    { text: texts?.group(role) ?? '', color },
    vacant ? { text: texts?.vacant ?? '', color: CARD_WARNING, outlined: true } : undefined,
  )
}

/** A person or org unit: kind badge and org unit, name, and the time their roles take. */
export function drawPerson(dc: CardDrawContext, person: Person): void {
  if (!drawBody(dc, person, PERSON_COLOR, { color: CARD_BORDER, dashed: false })) return
  const texts = dc.cards
  const details: { text: string; color: string }[] = []
  if (texts) {
    const load = texts.load(person.id)
    const over = load.used > 100
    details.push({ text: texts.time(person, load), color: over ? CARD_WARNING : CARD_MUTED_INK })
  }
  const unit = person.personKind === 'person' ? person.orgUnit : ''
  drawText(
    dc,
    person,
    person.name,
    details,
    { text: texts?.personKind(person) ?? '', color: PERSON_COLOR },
    { text: unit, color: CARD_MUTED_INK, outlined: false },
  )
}
