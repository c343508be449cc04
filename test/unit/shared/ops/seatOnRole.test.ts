import { describe, expect, it } from 'vitest'
import { readDomain } from '../../../../shared/domain/model.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { seatOnRole } from '../../../../shared/ops/seatOnRole.ts'
import { moveElements } from '../../../../shared/ops/moveElements.ts'
import { roleTitleBottom } from '../../../../shared/picture/text/roleSlots.ts'
import { opsFixture } from './fixture.ts'

function rolesBoard() {
  const f = opsFixture()
  const role = f.step(() => createRole(f.doc, { x: 520, y: 70, catalogueId: 'cdo' }))
  /** A person card dropped with its centre on the role card. */
  const dropped = (name: string) => f.step(() => createPerson(f.doc, { x: 520, y: 70, name }))
  const rect = (id: string) => ({
    x: f.get(id, 'x') as number,
    y: f.get(id, 'y') as number,
    w: f.get(id, 'w') as number,
    h: f.get(id, 'h') as number,
  })
  return { ...f, role, dropped, rect }
}

describe('seatOnRole', () => {
  it('assigns with the letter chosen and seats the person under the title, one undo step', () => {
    const b = rolesBoard()
    const anna = b.dropped('Anna Berg')
    const before = { role: b.rect(b.role), anna: b.rect(anna) }
    b.step(() => seatOnRole(b.doc, { personId: anna, roleId: b.role, raci: 'A' }))
    expect(readDomain(b.doc).assignments).toMatchObject([{ personId: anna, raci: 'A' }])
    const role = b.rect(b.role)
    const seat = b.rect(anna)
    const title = b.get(b.role, 'text')?.toString() ?? ''
    expect(seat.y).toBeGreaterThanOrEqual(role.y + roleTitleBottom(title, role.w))
    expect(seat.y + seat.h).toBeLessThanOrEqual(role.y + role.h)
    expect(seat.x).toBeGreaterThanOrEqual(role.x)
    expect(seat.x + seat.w).toBeLessThanOrEqual(role.x + role.w)
    expect(b.history.undo()).toBe(true)
    expect(readDomain(b.doc).assignments).toEqual([])
    expect({ role: b.rect(b.role), anna: b.rect(anna) }).toEqual(before)
  })

  it('gives the next person the next slot below, keeping those already seated', () => {
    const b = rolesBoard()
    const anna = b.dropped('Anna Berg')
    b.step(() => seatOnRole(b.doc, { personId: anna, roleId: b.role, raci: 'A' }))
    const annasSeat = b.rect(anna)
    const ben = b.dropped('Ben Kurz')
    b.step(() => seatOnRole(b.doc, { personId: ben, roleId: b.role, raci: 'C' }))
    expect(b.rect(anna)).toEqual(annasSeat)
    expect(b.rect(ben).y).toBeGreaterThanOrEqual(annasSeat.y + annasSeat.h)
    const role = b.rect(b.role)
    expect(b.rect(ben).y + b.rect(ben).h).toBeLessThanOrEqual(role.y + role.h)
  })

  it('pushes the cards below down when the role card grows, keeping their spacing and their seats', () => {
    const b = rolesBoard()
    const start = b.rect(b.role)
    // A second role right below (20 units apart) with its own person seated, and a card beside.
    const next = b.step(() => createRole(b.doc, { x: 0, y: 2000, catalogueId: 'cio' }))
    b.step(() =>
      moveElements(b.doc, { positions: [{ id: next, x: start.x, y: start.y + start.h + 20 }] }),
    )
    const lang = b.step(() => createPerson(b.doc, { x: 0, y: 2000, name: 'Herr Lang' }))
    const placed = b.rect(next)
    b.step(() =>
      moveElements(b.doc, {
        positions: [{ id: lang, x: placed.x + 10, y: placed.y + placed.h / 2 - 20 }],
      }),
    )
    b.step(() => seatOnRole(b.doc, { personId: lang, roleId: next, raci: 'A' }))
    const beside = b.step(() => createPerson(b.doc, { x: 0, y: 2000, name: 'Frau Ost' }))
    b.step(() =>
      moveElements(b.doc, {
        positions: [{ id: beside, x: start.x + start.w + 300, y: start.y + start.h + 20 }],
      }),
    )
    const nextBefore = b.rect(next)
    const langBefore = b.rect(lang)
    const besideBefore = b.rect(beside)
    for (const name of ['Anna Berg', 'Ben Kurz', 'Carla Sommer']) {
      const person = b.dropped(name)
      b.step(() => seatOnRole(b.doc, { personId: person, roleId: b.role, raci: 'C' }))
    }
    const grown = b.rect(b.role)
    expect(grown.h).toBeGreaterThan(start.h)
    const growth = grown.h - start.h
    // The next role and its person moved down by the growth: still 20 apart, still seated.
    expect(b.rect(next)).toEqual({ ...nextBefore, y: nextBefore.y + growth })
    expect(b.rect(lang)).toEqual({ ...langBefore, y: langBefore.y + growth })
    expect(b.rect(next).y - (grown.y + grown.h)).toBeCloseTo(20, 5)
    // What is beside the column stays.
    expect(b.rect(beside)).toEqual(besideBefore)
  })

  it('writes nothing for cards that are not a person and a role', () => {
    const b = rolesBoard()
    const anna = b.dropped('Anna Berg')
    expect(seatOnRole(b.doc, { personId: b.role, roleId: anna, raci: 'A' })).toBeNull()
    expect(readDomain(b.doc).assignments).toEqual([])
  })
})
