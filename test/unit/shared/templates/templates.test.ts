import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { placeOnEcosystemMap, readEcosystemLayout } from '../../../../shared/domain/ecosystemMap.ts'
import { LOCALES } from '../../../../shared/vocabulary/label.ts'
import { readDomain } from '../../../../shared/domain/model.ts'
import { ROLES_CATALOGUE } from '../../../../shared/vocabulary/rolesCatalogue.ts'
import { insertTemplate } from '../../../../shared/ops/insertTemplate.ts'
import {
  elementsMap,
  readElement,
  readText,
  elementEntries,
  getElement,
  elementValues,
} from '../../../../shared/schema/index.ts'
import { BOARD_TEMPLATES, findTemplate } from '../../../../shared/templates/index.ts'

const DOMAIN_TYPES = ['actor', 'role', 'person']

function board(id: string, locale: 'de' | 'en' = 'de', at = { x: 0, y: 0 }) {
  const doc = new Y.Doc()
  const ids = insertTemplate(doc, { template: findTemplate(id)!, locale, at })
  return { doc, ids }
}

function texts(doc: Y.Doc): string[] {
  return [...elementValues(elementsMap(doc))].map((m) => readText(m)).filter((t) => t !== '')
}

describe('board templates', () => {
  it.each(BOARD_TEMPLATES.map((t) => t.id))(
    '%s reads back without placeholders in both languages',
    (id) => {
      for (const locale of LOCALES) {
        const { doc, ids } = board(id, locale)
        expect(ids).toHaveLength(findTemplate(id)!.build(locale).length)
        for (const [elId, map] of elementEntries(elementsMap(doc))) {
          if (DOMAIN_TYPES.includes(map.get('type') as string)) continue
          expect(readElement(elId, map).kind, `${id} ${elId}`).not.toBe('unknown')
        }
      }
    },
  )

  it('have German and English names and wording that differ', () => {
    for (const t of BOARD_TEMPLATES) {
      expect(t.label.de && t.label.en && t.description.de && t.description.en).toBeTruthy()
      if (t.id === 'empty') continue
      expect(texts(board(t.id, 'de').doc)).not.toEqual(texts(board(t.id, 'en').doc))
      expect(texts(board(t.id, 'de').doc).join(' ')).not.toMatch(/lorem/i)
    }
  })

  it('the ecosystem map places its example actors where the map says they are', () => {
    const { doc } = board('ecosystem', 'de', { x: 3000, y: -500 })
    const frame = [...elementEntries(elementsMap(doc))].find(([, m]) => m.get('ecosystemMap'))
    expect(frame).toBeDefined()
    const [frameId, frameMap] = frame!
    const layout = readEcosystemLayout(frameMap.get('ecosystemMap'))!
    const rect = readElement(frameId, frameMap)
    const { actors } = readDomain(doc)
    expect(actors.map((a) => a.name)).toContain('Kommunales Rechenzentrum')
    for (const a of actors) {
      const place = placeOnEcosystemMap(rect, layout, { x: a.x + a.w / 2, y: a.y + a.h / 2 })
      expect(place, a.name).toEqual({ ring: a.ring, field: a.field })
    }
  })

  it('the roles template lays out every catalogue role, grouped, in the chosen language', () => {
    const { roles } = readDomain(board('roles', 'en').doc)
    expect(roles.map((r) => r.catalogueId).sort()).toEqual(ROLES_CATALOGUE.map((r) => r.id).sort())
    expect(roles.find((r) => r.catalogueId === 'cio')).toMatchObject({
      title: 'CIO / head of IT',
      group: 'implementation',
    })
    const steering = roles.filter((r) => r.group === 'steering')
    expect(new Set(steering.map((r) => r.x)).size).toBe(1)
  })

  it('inserting into an open board is one undo step, at the given place, layout locked', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const ids = insertTemplate(doc, {
      template: findTemplate('stakeholderMatrix')!,
      at: { x: 500, y: 700 },
    })
    history.endStep()
    const frame = readElement(ids[0]!, getElement(doc, ids[0]!))
    expect(frame).toMatchObject({ kind: 'frame', text: 'Stakeholder-Matrix', x: 500, y: 700 })
    const quadrants = ids.filter((id) => getElement(doc, id)?.get('type') === 'shape')
    expect(quadrants).toHaveLength(4)
    for (const id of quadrants) expect(getElement(doc, id)?.get('locked')).toBe(true)
    expect(history.undo()).toBe(true)
    expect(elementsMap(doc).size).toBe(0)
  })

  it('the empty template adds nothing', () => {
    expect(board('empty').ids).toEqual([])
  })
})
