import { personLoad } from '../../domain/assignmentFacts.ts'
import { indexDomain } from '../../domain/domainIndex.ts'
import type { Person } from '../../schema/person.ts'
import { byName, type TablesSource } from './source.ts'
import type { Sheet } from './workbook.ts'
import { column, sheetName, WORDS } from './words.ts'

/**
 * Personen und Organisationseinheiten: people first, then org units, by name; their available
 * time, how many roles they hold and the share of time their roles take (a percentage of the
 * available time, as the matrix sums it).
 */
export function peopleSheet(src: TablesSource): Sheet {
  const l = src.language
  const rank = (p: Person) => (p.personKind === 'person' ? 0 : 1)
  const people = [...src.model.people].sort((a, b) => rank(a) - rank(b) || byName(a.name, b.name))
  const index = indexDomain(src.model)
  return {
    id: 'people',
    name: sheetName('people', l),
    columns: [
      column('name', l, 'text', 30),
      column('kind', l, 'text', 22),
      column('orgUnit', l, 'text', 28),
      column('availability', l, 'percent', 16),
      column('rolesHeld', l, 'number', 12),
      column('timeShareSum', l, 'percent', 20),
    ],
    rows: people.map((p) => {
      const load = personLoad(index.cellsOfPerson(p.id))
      return [
        src.nameOf(p.id),
        p.personKind === 'person' ? WORDS.person[l] : WORDS.orgUnit[l],
        p.orgUnit,
        p.availability / 100,
        load.held,
        load.share / 100,
      ]
    }),
  }
}
