import { relationLabel } from '../../vocabulary/relationKinds.ts'
import type { Relation } from '../../schema/relation.ts'
import type { Locale } from '../../vocabulary/label.ts'
import { byName, type TablesSource } from './source.ts'
import type { Sheet } from './workbook.ts'
import { column, sheetName } from './words.ts'

/** A relation's kind in words: the catalogue's, or a custom relation's own label. */
export function relationWords(relation: Relation, locale: Locale): string {
  if (relation.kind === 'custom' && relation.label.trim() !== '') return relation.label
  return relationLabel(relation.kind)[locale]
}

/** Beziehungen: from, kind, to (and the connector's label), by the first actor's name. */
export function relationsSheet(src: TablesSource): Sheet {
  const l = src.language
  const rows = src.model.relations.map((r) => [
    src.nameOf(r.fromId),
    relationWords(r, l),
    src.nameOf(r.toId),
    r.label,
  ])
  rows.sort((a, b) => byName(a[0] ?? '', b[0] ?? '') || byName(a[2] ?? '', b[2] ?? ''))
  return {
    id: 'relations',
    name: sheetName('relations', l),
    columns: [
      column('from', l, 'text', 30),
      column('relation', l, 'text', 20),
      column('to', l, 'text', 30),
      column('label', l, 'text', 30),
    ],
    rows,
  }
}
