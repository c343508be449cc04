import { describe, expect, it } from 'vitest'
import { DEFAULT_ECOSYSTEM_LAYOUT } from '../../../../shared/domain/ecosystemMap.ts'
import { readDomain } from '../../../../shared/domain/model.ts'
import { createActor } from '../../../../shared/ops/createActor.ts'
import { createFrame } from '../../../../shared/ops/createFrame.ts'
import { moveElements } from '../../../../shared/ops/moveElements.ts'
import { updateActor } from '../../../../shared/ops/updateActor.ts'
import { elementsMap, getElement } from '../../../../shared/schema/index.ts'
import { opsFixture } from './fixture.ts'

/** A board with an ecosystem map whose centre is at (500, 540), radius 476. */
function mapBoard() {
  const f = opsFixture()
  const map = f.step(() => createFrame(f.doc, { x: 0, y: 0, w: 1000, h: 1040, title: 'Ökosystem' }))
  getElement(f.doc, map)?.set('ecosystemMap', DEFAULT_ECOSYSTEM_LAYOUT)
  const actor = (id: string) => readDomain(f.doc).actors.find((a) => a.id === id)
  return { ...f, actor }
}

describe('createActor', () => {
  it('takes ring and field from where it lands on the ecosystem map', () => {
    const b = mapBoard()
    const id = b.step(() =>
      createActor(b.doc, {
        x: 500 + 300,
        y: 540 - 20,
        name: 'Stadtwerke',
        category: 'municipalGroup',
        note: 'Glasfaser',
      }),
    )
    expect(b.actor(id)).toMatchObject({
      name: 'Stadtwerke',
      category: 'municipalGroup',
      ring: 'localCommunity',
      field: 'mobility',
      placement: 'map',
      note: 'Glasfaser',
      w: 220,
      h: 110,
    })
  })

  it('keeps ring and field given by hand, and has none off the map', () => {
    const b = mapBoard()
    const manual = createActor(b.doc, {
      x: 500,
      y: 540,
      name: 'Land NRW',
      category: 'regionStateFederal',
      ring: 'regionStateFederal',
    })
    const off = createActor(b.doc, { x: 5000, y: 0, name: 'Hochschule', category: 'science' })
    expect(b.actor(manual)).toMatchObject({
      ring: 'regionStateFederal',
      field: null,
      placement: 'manual',
    })
    expect(b.actor(off)).toMatchObject({ ring: null, field: null })
  })

  it('is undone and redone as one step', () => {
    const b = mapBoard()
    const id = b.step(() =>
      createActor(b.doc, { x: 500, y: 540, name: 'Rathaus', category: 'administration' }),
    )
    expect(b.history.undo()).toBe(true)
    expect(elementsMap(b.doc).has(id)).toBe(false)
    expect(b.history.redo()).toBe(true)
    expect(b.actor(id)).toMatchObject({ name: 'Rathaus', ring: 'administration' })
  })
})

describe('moving an actor on the map', () => {
  it('re-derives ring and field in the same undo step as the move', () => {
    const b = mapBoard()
    const id = b.step(() =>
      createActor(b.doc, { x: 500, y: 540, name: 'Kreis', category: 'regionStateFederal' }),
    )
    // Centre to (500, 540 - 440): outermost ring, top sector.
    b.step(() => moveElements(b.doc, { positions: [{ id, x: 500 - 110 + 5, y: 540 - 440 - 55 }] }))
    expect(b.actor(id)).toMatchObject({
      ring: 'regionStateFederal',
      field: 'digitalAdministration',
    })
    expect(b.history.undo()).toBe(true)
    expect(b.actor(id)).toMatchObject({ x: 390, ring: 'administration', field: null })
  })

  it('leaves an actor placed by hand, and one moved off the map, as they were', () => {
    const b = mapBoard()
    const id = createActor(b.doc, { x: 500, y: 540, name: 'Kreis', category: 'regionStateFederal' })
    moveElements(b.doc, { positions: [{ id, x: 5000, y: 0 }] })
    expect(b.actor(id)).toMatchObject({ ring: 'administration' })
    updateActor(b.doc, { id, ring: 'regionStateFederal' })
    moveElements(b.doc, { positions: [{ id, x: 390, y: 485 }] })
    expect(b.actor(id)).toMatchObject({ ring: 'regionStateFederal', placement: 'manual' })
  })
})

describe('updateActor', () => {
  it('writes only the keys given and hands placement back to the map', () => {
    const b = mapBoard()
    const id = b.step(() =>
      createActor(b.doc, { x: 500, y: 540, name: 'VHS', category: 'civilSociety' }),
    )
    b.step(() =>
      updateActor(b.doc, {
        id,
        name: 'Volkshochschule',
        category: 'custom',
        customCategory: 'Bildungsträger',
        field: 'educationCulture',
      }),
    )
    expect(b.actor(id)).toMatchObject({
      name: 'Volkshochschule',
      category: 'custom',
      customCategory: 'Bildungsträger',
      ring: 'administration',
      field: 'educationCulture',
      placement: 'manual',
    })
    b.step(() => updateActor(b.doc, { id, placement: 'map' }))
    expect(b.actor(id)).toMatchObject({ field: null, placement: 'map' })
    expect(b.history.undo()).toBe(true)
    expect(b.actor(id)).toMatchObject({ field: 'educationCulture', placement: 'manual' })
    expect(b.history.undo()).toBe(true)
    expect(b.actor(id)).toMatchObject({ name: 'VHS', category: 'civilSociety', placement: 'map' })
  })

  it('ignores an element that is not an actor', () => {
    const b = mapBoard()
    const note = b.note(0, 0, 'Notiz')
    updateActor(b.doc, { id: note, name: 'x', category: 'politics' })
    expect(b.get(note, 'category')).toBeUndefined()
  })
})
