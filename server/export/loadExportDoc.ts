import * as Y from 'yjs'
import { migrateDoc } from '../../shared/schema/migrations.ts'
import { SERVER_ORIGIN } from '../../shared/origins.ts'
import type { StoredDocument } from '../store/BoardStore.ts'

/**
 * A board's document for an export: its stored snapshot and updates applied in order, migrated to
 * the current schema in memory only (the room stores migrations; an export never writes). Throws
 * when a stored part does not apply, or the schema is newer than this server (SchemaTooNewError):
 * an export of part of a board would look complete and not be.
 */
export function loadExportDoc(stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  try {
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, SERVER_ORIGIN)
      for (const update of stored.updates) Y.applyUpdate(doc, update, SERVER_ORIGIN)
    }, SERVER_ORIGIN)
    migrateDoc(doc, SERVER_ORIGIN)
    return doc
  } catch (err) {
    doc.destroy()
    throw err
  }
}
