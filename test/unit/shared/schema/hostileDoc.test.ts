// Every reader of the document meets what a hostile editor can write under `elements`: junk
// values instead of maps, wrong types, NaN and Infinity, huge numbers, enormous texts. None may
// throw, junk becomes placeholders, texts are cut at their write limits, and ops skip junk.
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { readDomain } from '../../../../shared/domain/model.ts'
import { deleteElements } from '../../../../shared/ops/deleteElements.ts'
import { snapshotElements } from '../../../../shared/ops/elementSnapshot.ts'
import { groupElements, withGroupMembers } from '../../../../shared/ops/groupElements.ts'
import { moveElements } from '../../../../shared/ops/moveElements.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { setElementsLocked } from '../../../../shared/ops/setElementsLocked.ts'
import {
  ACTOR_NAME_MAX,
  ACTOR_NOTE_MAX,
  CONNECTOR_LABEL_MAX,
  CUSTOM_CATEGORY_MAX,
  NOTE_TEXT_MAX,
  ORG_UNIT_MAX,
  PERSON_NAME_MAX,
  ROLE_DESCRIPTION_MAX,
  ROLE_TITLE_MAX,
  TEXT_MAX,
  elementEntries,
  elementsMap,
  getElement,
  readElement,
  type BoardElement,
} from '../../../../shared/schema/index.ts'
import { HOSTILE_IDS, writeHostileElements } from '../../../helpers/hostileDoc.ts'

function hostileDoc(): { doc: Y.Doc; good: string } {
  const doc = new Y.Doc()
  const good = createNote(doc, { x: 10, y: 20, text: 'Stadtwerke' })
  writeHostileElements(doc)
  return { doc, good }
}

function readAll(doc: Y.Doc): Map<string, BoardElement> {
  const read = new Map<string, BoardElement>()
  for (const [id, value] of elementsMap(doc).entries()) read.set(id, readElement(id, value))
  return read
}

const NOT_MAPS = [
  HOSTILE_IDS.string,
  HOSTILE_IDS.number,
  HOSTILE_IDS.nul,
  HOSTILE_IDS.array,
  HOSTILE_IDS.text,
  HOSTILE_IDS.yarray,
  HOSTILE_IDS.object,
]

describe('reading a document a hostile editor wrote', () => {
  test('readElement: junk and non-maps are placeholders with safe geometry, the good note is intact', () => {
    const { doc, good } = hostileDoc()
    const read = readAll(doc)
    expect(read.get(good)).toMatchObject({ kind: 'note', text: 'Stadtwerke' })
    for (const id of NOT_MAPS) {
      expect(read.get(id)).toMatchObject({ kind: 'unknown', reason: 'not a map' })
    }
    for (const id of [HOSTILE_IDS.typeNumber, HOSTILE_IDS.nan, HOSTILE_IDS.infinite]) {
      expect(read.get(id)?.kind).toBe('unknown')
    }
    expect(read.get(HOSTILE_IDS.huge)?.kind).toBe('unknown')
    expect(read.get(HOSTILE_IDS.negative)?.kind).toBe('unknown')
    expect(read.get(HOSTILE_IDS.badConnector)?.kind).toBe('unknown')
    expect(read.get(HOSTILE_IDS.badStroke)?.kind).toBe('unknown')
    expect(read.get(HOSTILE_IDS.badImage)?.kind).toBe('unknown')
    for (const el of read.values()) {
      for (const n of [el.x, el.y, el.w, el.h]) {
        expect(Number.isFinite(n)).toBe(true)
        expect(Math.abs(n)).toBeLessThanOrEqual(1e7)
      }
      expect(el.w).toBeGreaterThan(0)
      expect(el.h).toBeGreaterThan(0)
    }
  })

  test('texts are cut when read, at the limit each field has when written', () => {
    const read = readAll(hostileDoc().doc)
    const get = <K extends BoardElement['kind']>(id: string, kind: K) => {
      const el = read.get(id)
      if (el?.kind !== kind) throw new Error(`${id} is ${el?.kind}, not ${kind}`)
      return el as Extract<BoardElement, { kind: K }>
    }
    expect(get(HOSTILE_IDS.enormousNote, 'note').text).toHaveLength(NOTE_TEXT_MAX)
    expect(get(HOSTILE_IDS.enormousPlain, 'shape').text).toHaveLength(TEXT_MAX)
    expect(get(HOSTILE_IDS.textNumber, 'note').text).toBe('')
    const actor = get(HOSTILE_IDS.enormousActor, 'actor')
    expect(actor.name).toHaveLength(ACTOR_NAME_MAX)
    expect(actor.note).toHaveLength(ACTOR_NOTE_MAX)
    expect(actor.customCategory).toHaveLength(CUSTOM_CATEGORY_MAX)
    const role = get(HOSTILE_IDS.enormousRole, 'role')
    expect(role.title).toHaveLength(ROLE_TITLE_MAX)
    expect(role.description).toHaveLength(ROLE_DESCRIPTION_MAX)
    expect(get(HOSTILE_IDS.enormousConnector, 'connector').text).toHaveLength(CONNECTOR_LABEL_MAX)
    const person = get(HOSTILE_IDS.person, 'person')
    expect(person.name).toHaveLength(PERSON_NAME_MAX)
    expect(person.orgUnit).toHaveLength(ORG_UNIT_MAX)
  })

  test('getElement and elementEntries pass on maps only', () => {
    const { doc, good } = hostileDoc()
    for (const id of NOT_MAPS) expect(getElement(doc, id)).toBeUndefined()
    expect(getElement(doc, good)).toBeInstanceOf(Y.Map)
    const ids = elementEntries(elementsMap(doc)).map(([id]) => id)
    expect(ids).toContain(good)
    for (const id of NOT_MAPS) expect(ids).not.toContain(id)
  })

  test('readDomain reads the cards among the junk, with capped names', () => {
    const model = readDomain(hostileDoc().doc)
    expect(model.actors.map((a) => a.id)).toEqual([HOSTILE_IDS.enormousActor])
    expect(model.actors[0]!.name).toHaveLength(ACTOR_NAME_MAX)
    expect(model.roles.map((r) => r.id)).toEqual([HOSTILE_IDS.enormousRole])
    expect(model.people.map((p) => p.id)).toEqual([HOSTILE_IDS.person])
  })

  test('operations on junk ids skip them and keep the good element working', () => {
    const { doc, good } = hostileDoc()
    const all = [...elementsMap(doc).keys()]
    expect(() => {
      moveElements(doc, { positions: all.map((id) => ({ id, x: 5, y: 6 })) })
      setElementsLocked(doc, { ids: all, locked: false })
      groupElements(doc, { ids: all })
      withGroupMembers(doc, all)
      snapshotElements(doc, all)
    }).not.toThrow()
    expect(readAll(doc).get(good)).toMatchObject({ kind: 'note', x: 5, y: 6 })
    deleteElements(doc, { ids: all })
    expect(elementsMap(doc).size).toBe(0)
  })
})
