import { holdsRole, type BoardElement, type Person } from '../../../../shared/schema/index.ts'
import type { AssignmentIndex } from '../model/assignmentIndex.svelte.ts'
import { t } from '../i18n/i18n.svelte.ts'
import type { CardTexts, PersonLoad, RoleHolder } from '../../../../shared/picture/cardTexts.ts'
import {
  categoryName,
  groupName,
  personKindName,
  placeName,
  relationName,
} from '../i18n/domainLabels.ts'

/** The name a person or org-unit card shows ('' when it has none). */
function nameOf(el: BoardElement | undefined): string | null {
  return el?.kind === 'person' ? el.name : null
}

/** Who holds a role, from the assignments and the person cards they point at. */
export function roleHolders(
  assignments: AssignmentIndex,
  lookup: (id: string) => BoardElement | undefined,
  roleId: string,
): RoleHolder[] {
  const holders: RoleHolder[] = []
  for (const a of assignments.forRole(roleId)) {
    const name = nameOf(lookup(a.personId))
    // An assignment whose person went missing (deleted by someone else) is not shown.
    if (name === null) continue
    holders.push({ personId: a.personId, name: name || t('card.unnamed'), raci: a.raci })
  }
  // Accountable first, then Responsible, Consulted, Informed: who answers for it leads.
  const order = { A: 0, R: 1, C: 2, I: 3 }
  return holders.sort((x, y) => order[x.raci] - order[y.raci])
}

/** How many roles a person holds and how much of their time those take. */
export function personLoad(
  assignments: AssignmentIndex,
  lookup: (id: string) => BoardElement | undefined,
  personId: string,
): PersonLoad {
  let roles = 0
  let used = 0
  for (const a of assignments.forPerson(personId)) {
    if (lookup(a.roleId)?.kind !== 'role') continue
    if (holdsRole(a.raci)) roles++
    used += a.share
  }
  return { roles, used }
}

/**
 * "Zeit: 48 % von 80 %": the shares are percent of the person's available time, shown here as
 * percent of a full-time position like the availability, so both numbers compare directly.
 */
export function timeText(person: Person, load: PersonLoad): string {
  const used = Math.round((load.used * person.availability) / 100)
  return t('card.time', { used, available: person.availability })
}

/** What the canvas draws on domain cards, in the current language, from this board. */
export function cardTexts(
  assignments: AssignmentIndex,
  lookup: (id: string) => BoardElement | undefined,
): CardTexts {
  return {
    category: categoryName,
    place: placeName,
    group: (role) => groupName(role.group) || t('card.role'),
    holders: (roleId) => roleHolders(assignments, lookup, roleId),
    vacant: t('card.vacant'),
    personKind: personKindName,
    load: (personId) => personLoad(assignments, lookup, personId),
    time: timeText,
    unnamed: t('card.unnamed'),
    relation: relationName,
  }
}
