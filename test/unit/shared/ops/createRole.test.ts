import { describe, expect, it } from 'vitest'
import { readDomain } from '../../../../shared/domain/model.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { updatePerson } from '../../../../shared/ops/updatePerson.ts'
import { updateRole } from '../../../../shared/ops/updateRole.ts'
import { elementsMap } from '../../../../shared/schema/index.ts'
import { opsFixture } from './fixture.ts'

describe('createRole and updateRole', () => {
  it('creates a catalogue role in the chosen language', () => {
    const f = opsFixture()
    const de = createRole(f.doc, { x: 0, y: 0, catalogueId: 'dataProtectionOfficer' })
    const en = createRole(f.doc, { x: 0, y: 0, catalogueId: 'dataProtectionOfficer', locale: 'en' })
    const [a, b] = [de, en].map((id) => readDomain(f.doc).roles.find((r) => r.id === id))
    expect(a).toMatchObject({
      title: 'Datenschutzbeauftragte:r',
      group: 'protection',
      catalogueId: 'dataProtectionOfficer',
    })
    expect(a?.description).toMatch(/DSGVO/)
    expect(b).toMatchObject({ title: 'Data protection officer', group: 'protection' })
  })

  it('creates a custom role and edits it, keeping the catalogue entry of a renamed one', () => {
    const f = opsFixture()
    const custom = f.step(() =>
      createRole(f.doc, { x: 0, y: 0, title: 'Smart-City-Team', group: 'coordination' }),
    )
    const cio = f.step(() => createRole(f.doc, { x: 0, y: 0, catalogueId: 'cio' }))
    f.step(() => updateRole(f.doc, { id: cio, title: 'Leitung Fachdienst IT', group: null }))
    f.step(() => updateRole(f.doc, { id: custom, description: 'Koordiniert Sensorik und Daten' }))
    const roles = readDomain(f.doc).roles
    expect(roles.find((r) => r.id === custom)).toMatchObject({
      catalogueId: null,
      group: 'coordination',
      description: 'Koordiniert Sensorik und Daten',
    })
    // Without a group of its own the catalogue's group shows again.
    expect(roles.find((r) => r.id === cio)).toMatchObject({
      title: 'Leitung Fachdienst IT',
      catalogueId: 'cio',
      group: 'implementation',
    })
    expect(f.history.undo()).toBe(true)
    expect(f.history.undo()).toBe(true)
    expect(readDomain(f.doc).roles.find((r) => r.id === cio)?.title).toBe('CIO / IT-Leitung')
    expect(f.history.redo()).toBe(true)
    expect(readDomain(f.doc).roles.find((r) => r.id === cio)?.title).toBe('Leitung Fachdienst IT')
  })
})

describe('createPerson and updatePerson', () => {
  it('creates people and org units and edits them, one undo step each', () => {
    const f = opsFixture()
    const berg = f.step(() =>
      createPerson(f.doc, {
        x: 100,
        y: 100,
        name: 'Frau Berg',
        orgUnit: 'Rechtsamt',
        availability: 50,
      }),
    )
    const unit = f.step(() =>
      createPerson(f.doc, { x: 0, y: 0, name: 'Kommunales Rechenzentrum', personKind: 'orgUnit' }),
    )
    expect(readDomain(f.doc).people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: berg,
          name: 'Frau Berg',
          orgUnit: 'Rechtsamt',
          availability: 50,
          personKind: 'person',
          x: 0,
          y: 55,
        }),
        expect.objectContaining({ id: unit, personKind: 'orgUnit', availability: 100 }),
      ]),
    )
    f.step(() => updatePerson(f.doc, { id: berg, availability: 140, orgUnit: '' }))
    expect(readDomain(f.doc).people.find((p) => p.id === berg)).toMatchObject({
      availability: 100,
      orgUnit: '',
    })
    expect(f.history.undo()).toBe(true)
    expect(readDomain(f.doc).people.find((p) => p.id === berg)).toMatchObject({
      availability: 50,
      orgUnit: 'Rechtsamt',
    })
    expect(f.history.undo()).toBe(true)
    expect(elementsMap(f.doc).has(unit)).toBe(false)
  })
})
