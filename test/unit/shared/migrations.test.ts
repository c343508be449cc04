import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SERVER_ORIGIN } from '../../../shared/origins.ts'
import { readDomain } from '../../../shared/domain/model.ts'
import { createConnector } from '../../../shared/ops/createConnector.ts'
import { createNote } from '../../../shared/ops/createNote.ts'
import {
  MIGRATIONS,
  SCHEMA_VERSION,
  SchemaTooNewError,
  metaMap,
  migrateDoc,
  readSchemaVersion,
  getElement,
  elementsMap,
} from '../../../shared/schema/index.ts'

describe('migrateDoc', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 0; v < SCHEMA_VERSION; v++)
      expect(MIGRATIONS[v], `step from ${v}`).toBeTypeOf('function')
  })

  it('lifts a document without a version (written by a plain Yjs client) to the current one', () => {
    const doc = new Y.Doc()
    doc.getMap('elements').set('x', new Y.Map())
    expect(migrateDoc(doc, SERVER_ORIGIN)).toBe(0)
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION)
    expect(doc.getMap('elements').has('x')).toBe(true)
  })

  it('leaves a current document unchanged, without writing anything', () => {
    const doc = new Y.Doc()
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION)
    let updates = 0
    doc.on('update', () => updates++)
    expect(migrateDoc(doc, SERVER_ORIGIN)).toBe(SCHEMA_VERSION)
    expect(updates).toBe(0)
  })

  it('refuses a document from a newer version instead of damaging it', () => {
    const doc = new Y.Doc()
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1)
    expect(() => migrateDoc(doc, SERVER_ORIGIN)).toThrow(SchemaTooNewError)
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION + 1)
  })

  it('reads a missing or unusable version as 0, so such a board migrates instead of failing', () => {
    for (const value of [-1, 1.5, '2', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      const doc = new Y.Doc()
      metaMap(doc).set('schemaVersion', value)
      elementsMap(doc).set('kept', new Y.Map())
      expect(readSchemaVersion(doc), String(value)).toBe(0)
      expect(migrateDoc(doc, SERVER_ORIGIN)).toBe(0)
      expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION)
      expect(metaMap(doc).get('schemaVersion')).toBe(SCHEMA_VERSION)
      expect(elementsMap(doc).has('kept')).toBe(true)
    }
  })

  it('has a test for every step', () => {
    for (let v = 0; v < SCHEMA_VERSION; v++)
      expect(STEP_TESTS[v], `test of step ${v}`).toBeTypeOf('function')
  })

  for (let v = 0; v < SCHEMA_VERSION; v++) {
    it(`step ${v} -> ${v + 1}`, () => STEP_TESTS[v]?.())
  }
})

/** A document as version `v` wrote it: a note and a connector between it and a free point. */
function docAtVersion(v: number): Y.Doc {
  const doc = new Y.Doc()
  if (v > 0) metaMap(doc).set('schemaVersion', v)
  metaMap(doc).set('title', 'Workshop 2023')
  const note = createNote(doc, { x: 0, y: 0, text: 'Stadtwerke', id: 'n' }, SERVER_ORIGIN)
  createConnector(doc, { from: { elementId: note }, to: { x: 400, y: 0 }, id: 'c' }, SERVER_ORIGIN)
  return doc
}

/** One test per step: what the step must do to a document of the version before it. */
const STEP_TESTS: Record<number, () => void> = {
  0: () => {
    const doc = docAtVersion(0)
    MIGRATIONS[0]?.(doc)
    expect(readSchemaVersion(doc)).toBe(1)
  },
  1: () => {
    // Version 2 only adds domain types and keys; a version 1 board keeps everything as it was.
    const doc = docAtVersion(1)
    const before = JSON.stringify(doc.toJSON())
    expect(migrateDoc(doc, SERVER_ORIGIN)).toBe(1)
    expect(readSchemaVersion(doc)).toBe(2)
    const after = doc.toJSON()
    after.meta.schemaVersion = 1
    expect(JSON.stringify(after)).toBe(before)
    expect(getElement(doc, 'c')?.has('relationKind')).toBe(false)
    const domain = readDomain(doc)
    expect([domain.actors, domain.roles, domain.people, domain.relations]).toEqual([[], [], [], []])
    expect(domain.settings.conflictRules).toEqual([])
  },
}

describe('migrating concurrently', () => {
  it('two peers that migrate the same version 1 document converge without a second write', () => {
    const server = docAtVersion(1)
    const a = new Y.Doc()
    const b = new Y.Doc()
    Y.applyUpdate(a, Y.encodeStateAsUpdate(server))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(server))
    migrateDoc(a, SERVER_ORIGIN)
    migrateDoc(b, SERVER_ORIGIN)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(a.toJSON()).toEqual(b.toJSON())
    expect(readSchemaVersion(a)).toBe(SCHEMA_VERSION)
    let updates = 0
    a.on('update', () => updates++)
    migrateDoc(a, SERVER_ORIGIN)
    expect(updates).toBe(0)
  })
})
