import { RACI } from '../../schema/assignment.ts'
import { ROLE_GROUPS } from '../../vocabulary/rolesCatalogue.ts'
import { byName, type TablesSource } from './source.ts'
import type { CellValue, Sheet } from './workbook.ts'
import { column, sheetName, WORDS } from './words.ts'

/**
 * Zuordnungen: the roles matrix as a list, one row per filled cell (person or org unit × role)
 * with its RACI letter and the share of time, so it filters and pivots in any spreadsheet.
 */
export function assignmentsSheet(src: TablesSource): Sheet {
  const l = src.language
  const people = new Map(src.model.people.map((p) => [p.id, p]))
  const roles = new Map(src.model.roles.map((r) => [r.id, r]))
  const rows: CellValue[][] = []
  const sorted = [...src.model.assignments].sort(
    (a, b) =>
      byName(src.nameOf(a.personId), src.nameOf(b.personId)) ||
      RACI.indexOf(a.raci) - RACI.indexOf(b.raci) ||
      byName(src.nameOf(a.roleId), src.nameOf(b.roleId)),
  )
  for (const a of sorted) {
    const person = people.get(a.personId)
    const role = roles.get(a.roleId)
    if (!person || !role) continue
    rows.push([
      src.nameOf(person.id),
      person.personKind === 'person' ? WORDS.person[l] : WORDS.orgUnit[l],
      src.nameOf(role.id),
      role.group === null ? '' : (ROLE_GROUPS.find((g) => g.id === role.group)?.label[l] ?? ''),
      a.raci,
      a.share / 100,
    ])
  }
  return {
    id: 'assignments',
    name: sheetName('assignments', l),
    columns: [
      column('person', l, 'text', 30),
      column('kind', l, 'text', 22),
      column('role', l, 'text', 34),
      column('group', l, 'text', 24),
      column('raci', l, 'text', 8),
      column('timeShare', l, 'percent', 14),
    ],
    rows,
  }
}
