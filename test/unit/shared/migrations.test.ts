import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SERVER_ORIGIN } from '../../../shared/origins.ts'
import {
  MIGRATIONS,
  SCHEMA_VERSION,
  SchemaTooNewError,
  metaMap,
  migrateDoc,
  readSchemaVersion,
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
})
