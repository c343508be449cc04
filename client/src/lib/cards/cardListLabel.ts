import type { Board } from '../model/board.svelte.ts'
import { describeElement } from '../kinds/index.ts'
import { t } from '../i18n/i18n.svelte.ts'
import type { Person, Role } from '../../../../shared/schema/index.ts'
import {
  isVacant,
  personLoad,
  roleHolders,
  usedTime,
} from '../../../../shared/domain/assignmentFacts.ts'
import { boardFacts } from '../domain/boardFacts.ts'

/**
 * How the list view names a role or person card: its description plus what the canvas shows
 * from the assignments, "Rolle: CIO / IT-Leitung, Umsetzung, besetzt von Anna Berg (A)" or
 * "…, unbesetzt" (nobody R or A, as on the card); a person with the time their roles take.
 */
export function cardListLabel(el: Role | Person, board: Board): string {
  const lookup = (id: string) => board.get(id)
  const described = describeElement(el, { t, lookup })
  const facts = boardFacts(board.assignments, lookup)
  if (el.kind === 'role') {
    const holders = roleHolders(facts.cellsOfRole(el.id), facts.person)
    const names = holders.map((h) => `${h.name || t('card.unnamed')} (${h.raci})`).join(', ')
    return `${described}, ${isVacant(holders) ? t('card.vacant') : t('card.heldBy', { names })}`
  }
  const used = usedTime(el, personLoad(facts.cellsOfPerson(el.id)))
  return `${described}, ${t('card.time', { used, available: el.availability })}`
}
