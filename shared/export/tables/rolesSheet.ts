import { holdsRole, type Assignment, type Raci } from '../../schema/assignment.ts'
import { catalogueRole, ROLE_GROUP_IDS, ROLE_GROUPS } from '../../vocabulary/rolesCatalogue.ts'
import type { Role } from '../../schema/role.ts'
import { byName, type TablesSource } from './source.ts'
import type { Sheet } from './workbook.ts'
import { column, sheetName } from './words.ts'

/** Rollen: each role with its group, catalogue entry and who stands for which RACI letter. */
export function rolesSheet(src: TablesSource): Sheet {
  const l = src.language
  const groupRank = (r: Role) =>
    r.group === null ? ROLE_GROUP_IDS.length : ROLE_GROUP_IDS.indexOf(r.group)
  const roles = [...src.model.roles].sort(
    (a, b) => groupRank(a) - groupRank(b) || byName(a.title, b.title),
  )
  const cellsOf = (role: Role): Assignment[] =>
    src.model.assignments.filter((a) => a.roleId === role.id)
  const who = (cells: Assignment[], raci: Raci): string =>
    cells
      .filter((a) => a.raci === raci)
      .map((a) => src.nameOf(a.personId))
      .sort(byName)
      .join(', ')
  return {
    id: 'roles',
    name: sheetName('roles', l),
    columns: [
      column('role', l, 'text', 34),
      column('group', l, 'text', 24),
      column('catalogueEntry', l, 'text', 34),
      column('holders', l, 'number', 12),
      column('accountable', l, 'text', 26),
      column('responsible', l, 'text', 26),
      column('consulted', l, 'text', 26),
      column('informed', l, 'text', 26),
      column('description', l, 'text', 50),
    ],
    rows: roles.map((role) => {
      const cells = cellsOf(role)
      const entry = role.catalogueId === null ? undefined : catalogueRole(role.catalogueId)
      return [
        src.nameOf(role.id),
        role.group === null ? '' : (ROLE_GROUPS.find((g) => g.id === role.group)?.label[l] ?? ''),
        entry?.title[l] ?? '',
        cells.filter((a) => holdsRole(a.raci)).length,
        who(cells, 'A'),
        who(cells, 'R'),
        who(cells, 'C'),
        who(cells, 'I'),
        role.description,
      ]
    }),
  }
}
