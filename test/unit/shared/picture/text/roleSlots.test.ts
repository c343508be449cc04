import { describe, expect, it } from 'vitest'
import {
  layoutSlots,
  ROLE_FOOTER,
  roleTitleBottom,
  SLOT_GAP,
} from '../../../../../shared/picture/text/roleSlots.ts'
import { CARD_STRIPE, CARD_TITLE_SIZE } from '../../../../../shared/picture/text/cardLayout.ts'

const role = { x: 100, y: 50, w: 240, h: 140, title: 'CDO' }
const person = (id: string) => ({ id, w: 200, h: 90 })

describe('layoutSlots', () => {
  it('seats the first person under the title, never over it, centred right of the stripe', () => {
    const { seats, role: grown } = layoutSlots(role, [person('p')])
    const titleBottom = role.y + roleTitleBottom(role.title, role.w)
    expect(seats).toHaveLength(1)
    expect(seats[0]!.y).toBeGreaterThanOrEqual(titleBottom + SLOT_GAP)
    expect(seats[0]!.x).toBe(role.x + CARD_STRIPE + (role.w - CARD_STRIPE - 200) / 2)
    // The card grew to hold the slot and the holders' line below it.
    expect(grown.y + grown.h).toBeGreaterThanOrEqual(seats[0]!.y + 90 + ROLE_FOOTER)
    expect({ x: grown.x, y: grown.y, w: grown.w }).toEqual({ x: 100, y: 50, w: 240 })
  })

  it('gives one slot per person, top to bottom in the order given, without overlap', () => {
    const { seats, role: grown } = layoutSlots(role, [person('a'), person('b'), person('c')])
    expect(seats.map((s) => s.id)).toEqual(['a', 'b', 'c'])
    for (let i = 1; i < seats.length; i++) {
      expect(seats[i]!.y).toBe(seats[i - 1]!.y + 90 + SLOT_GAP)
    }
    expect(grown.h).toBeGreaterThanOrEqual(seats[2]!.y + 90 - role.y + ROLE_FOOTER)
  })

  it('starts the slots lower under a title that wraps over several lines', () => {
    const long = { ...role, title: 'Informationssicherheitsbeauftragte:r des Zweckverbands Nord' }
    const [short] = layoutSlots(role, [person('p')]).seats
    const [low] = layoutSlots(long, [person('p')]).seats
    expect(low!.y - short!.y).toBeGreaterThanOrEqual(CARD_TITLE_SIZE)
  })

  it('widens the card for a wider person card and never shrinks a large one', () => {
    expect(layoutSlots(role, [{ id: 'w', w: 300, h: 90 }]).role.w).toBe(
      300 + CARD_STRIPE + 2 * SLOT_GAP,
    )
    const big = { ...role, h: 900 }
    expect(layoutSlots(big, [person('p')]).role.h).toBe(900)
  })
})
