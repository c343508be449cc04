import { describe, expect, test } from 'vitest'
import {
  CARD_TITLE_SIZE,
  cardMeasure,
  cardRows,
  fitLine,
  wrapLines,
  type CardMeasure,
} from '../../../../../shared/picture/text/cardLayout.ts'
import {
  ACTOR_CATEGORY_COLORS,
  BADGE_INK,
  CARD_FILL,
  CARD_MUTED_INK,
  CARD_WARNING,
  PERSON_COLOR,
  ROLE_GROUP_COLORS,
} from '../../../../../shared/picture/cardStyle.ts'
import { contrastRatio } from '../../../../../client/src/lib/presence/colors.ts'
import {
  ACTOR_CARD_SIZE,
  PERSON_CARD_SIZE,
  ROLE_CARD_SIZE,
} from '../../../../../shared/schema/index.ts'

/** Every character is half the font size wide. */
const mono: CardMeasure = (text, size) => text.length * size * 0.5

describe('fitLine', () => {
  test('keeps a line that fits, cuts a longer one with an ellipsis', () => {
    expect(fitLine('Stadtwerke', 100, 10, mono)).toBe('Stadtwerke')
    const cut = fitLine('Kommunales Rechenzentrum', 60, 10, mono)
    expect(cut.endsWith('…')).toBe(true)
    expect(mono(cut, 10)).toBeLessThanOrEqual(60)
    expect(fitLine('Stadtwerke', 2, 10, mono)).toBe('')
  })
})

describe('wrapLines', () => {
  test('wraps at spaces and hyphens, within the width', () => {
    const lines = wrapLines('Kommunales Rechenzentrum Musterstadt', 100, 10, 3, mono)
    expect(lines).toEqual(['Kommunales', 'Rechenzentrum', 'Musterstadt'])
    expect(wrapLines('IT-Dienstleister', 70, 10, 2, mono)).toEqual(['IT-', 'Dienstleister'])
  })

  test('cuts the last allowed line with an ellipsis when more remains', () => {
    const lines = wrapLines('eins zwei drei vier fünf sechs', 60, 10, 2, mono)
    expect(lines).toHaveLength(2)
    expect(lines[1]?.endsWith('…')).toBe(true)
  })

  test('an empty name has no lines; line breaks count as spaces', () => {
    expect(wrapLines('', 100, 10, 2, mono)).toEqual([])
    expect(wrapLines('Stadt\nwerke', 200, 10, 2, mono)).toEqual(['Stadt werke'])
  })
})

describe('cardRows', () => {
  test('a new actor card has its badge, two title lines and a detail row, all inside', () => {
    const box = { x: 100, y: 50, ...ACTOR_CARD_SIZE }
    const rows = cardRows(box, 2, 1)
    expect(rows.title).toHaveLength(2)
    expect(rows.details).toHaveLength(1)
    const all = [rows.badge, ...rows.title, ...rows.details]
    for (const row of all) {
      expect(row.y).toBeGreaterThan(box.y)
      expect(row.y).toBeLessThan(box.y + box.h)
      expect(row.x + row.width).toBeLessThanOrEqual(box.x + box.w)
    }
    // Top to bottom, never overlapping.
    const ys = all.map((r) => r.y)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    expect(rows.details[0]!.y - rows.title[1]!.y).toBeGreaterThanOrEqual(CARD_TITLE_SIZE / 2)
  })

  test('on a person card the time line wins over a second title line', () => {
    const rows = cardRows({ x: 0, y: 0, ...PERSON_CARD_SIZE }, 2, 1)
    expect(rows.details).toHaveLength(1)
    expect(rows.title).toHaveLength(1)
  })

  test('a role card shows two lines of holders below a two-line title', () => {
    const rows = cardRows({ x: 0, y: 0, ...ROLE_CARD_SIZE }, 2, 2)
    expect(rows.title).toHaveLength(2)
    expect(rows.details).toHaveLength(2)
  })

  test('a card resized very small keeps its badge and drops the rest', () => {
    const rows = cardRows({ x: 0, y: 0, w: 120, h: 40 }, 2, 2)
    expect(rows.details).toEqual([])
    expect(rows.title).toEqual([])
  })
})

describe('card colours', () => {
  test('white badge words are readable (4.5:1) on every category and group colour', () => {
    const colours = [
      ...Object.values(ACTOR_CATEGORY_COLORS),
      ...Object.values(ROLE_GROUP_COLORS),
      PERSON_COLOR,
    ]
    for (const colour of colours) {
      expect(contrastRatio(BADGE_INK, colour), colour).toBeGreaterThanOrEqual(4.5)
    }
  })

  test('the categories have colours of their own, and warnings and details read on white', () => {
    const categories = Object.values(ACTOR_CATEGORY_COLORS)
    expect(new Set(categories).size).toBe(categories.length)
    expect(contrastRatio(CARD_WARNING, CARD_FILL)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(CARD_MUTED_INK, CARD_FILL)).toBeGreaterThanOrEqual(7)
  })
})

describe('with the embedded font', () => {
  test('a long actor name wraps into two semibold lines that fit the card', () => {
    const width = ACTOR_CARD_SIZE.w - 8 - 20
    const measure = cardMeasure(600)
    const lines = wrapLines(
      'Kommunales Rechenzentrum Minden-Ravensberg/Lippe Zweckverband',
      width,
      CARD_TITLE_SIZE,
      2,
      measure,
    )
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(measure(line, CARD_TITLE_SIZE)).toBeLessThanOrEqual(width)
    expect(lines[0]).toMatch(/^Kommunales/)
    expect(lines[1]?.endsWith('…')).toBe(true)
  })

  test('semibold is measured wider than regular', () => {
    expect(cardMeasure(600)('Steuerung', 13)).toBeGreaterThan(cardMeasure(400)('Steuerung', 13))
  })
})
