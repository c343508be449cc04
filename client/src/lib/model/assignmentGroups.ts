import type { Assignment } from '../../../../shared/schema/index.ts'

/** Assignments grouped by role and by person, each list in a stable order (by id). */
export interface AssignmentGroups {
  byRole: ReadonlyMap<string, readonly Assignment[]>
  byPerson: ReadonlyMap<string, readonly Assignment[]>
}

export function groupAssignments(assignments: Iterable<Assignment>): AssignmentGroups {
  const byRole = new Map<string, Assignment[]>()
  const byPerson = new Map<string, Assignment[]>()
  for (const a of assignments) {
    push(byRole, a.roleId, a)
    push(byPerson, a.personId, a)
  }
  for (const list of [...byRole.values(), ...byPerson.values()]) {
    list.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  }
  return { byRole, byPerson }
}

function push(map: Map<string, Assignment[]>, key: string, a: Assignment): void {
  const list = map.get(key)
  if (list) list.push(a)
  else map.set(key, [a])
}
