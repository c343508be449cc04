import type * as Y from 'yjs'
import { metaMap, readSchemaVersion } from './doc.ts'
import { SCHEMA_VERSION } from './version.ts'

/**
 * One step per version: MIGRATIONS[n] lifts a document from version n to n + 1. Steps run
 * inside one transaction with the given origin, on the server when a room loads, so that no
 * two clients migrate the same document at once.
 * Version 0 is a document that never had a schemaVersion (written by a plain Yjs client).
 */
export const MIGRATIONS: Record<number, (doc: Y.Doc) => void> = {
  0: (doc) => {
    metaMap(doc).set('schemaVersion', 1)
  },
  // Version 2 adds the domain: element types actor, role and person, the root map
  // `assignments`, `relationKind` on connectors and the check settings in `meta`. A version 1
  // document holds none of them and every new key has a default when absent, so nothing is
  // rewritten: the step only records the version (migrateDoc sets it). Writing nothing else
  // also keeps two peers that migrate the same document at once from fighting.
  1: () => {},
}

export class SchemaTooNewError extends Error {
  constructor(readonly version: number) {
    super(
      `Board schema version ${version} is newer than this server understands (${SCHEMA_VERSION})`,
    )
  }
}

/** Migrates `doc` to SCHEMA_VERSION. Returns the version it started from. */
export function migrateDoc(doc: Y.Doc, origin: unknown): number {
  const from = readSchemaVersion(doc)
  if (from > SCHEMA_VERSION) throw new SchemaTooNewError(from)
  if (from === SCHEMA_VERSION) return from
  doc.transact(() => {
    for (let v = from; v < SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v]
      if (!step) throw new Error(`No migration from schema version ${v}`)
      step(doc)
      metaMap(doc).set('schemaVersion', v + 1)
    }
  }, origin)
  return from
}
