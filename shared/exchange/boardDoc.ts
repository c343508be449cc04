import * as Y from 'yjs'
import { assignmentsMap } from '../schema/assignment.ts'
import { conflictRulesMap } from '../schema/checkSettings.ts'
import { elementsMap, metaMap } from '../schema/doc.ts'
import { migrateDoc } from '../schema/migrations.ts'
import type { BoardJson } from './boardJson.ts'
import { decodeEntries, decodeValue } from './values.ts'

/**
 * A new board's document from a checked board JSON (parseBoardJson): its meta (the title
 * replaced when one is given), every element with the ids and keys of the file, its assignments
 * and conflict rules; then migrated from the file's schema version to this one. The caller owns
 * the document and destroys it.
 */
export function boardDocFromJson(board: BoardJson, origin: unknown, title?: string): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    const meta = metaMap(doc)
    for (const [key, value] of Object.entries(board.meta)) meta.set(key, decodeValue(value))
    meta.set('schemaVersion', board.schemaVersion)
    if (title !== undefined) meta.set('title', title)
    const elements = elementsMap(doc)
    for (const element of board.elements) elements.set(element.id, decodeEntries(element.data))
    const assignments = assignmentsMap(doc)
    for (const [id, keys] of Object.entries(board.assignments)) {
      assignments.set(id, decodeEntries(keys))
    }
    const rules = conflictRulesMap(doc)
    for (const [id, rule] of Object.entries(board.conflictRules)) rules.set(id, decodeValue(rule))
  }, origin)
  migrateDoc(doc, origin)
  return doc
}
