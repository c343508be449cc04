import type { Board } from '../model/board.svelte.ts'
import { describeElement } from '../listview/describeElement.ts'
import { t } from '../i18n/i18n.svelte.ts'
import type { Person, Role } from '../../../../shared/schema/index.ts'
import { personLoad, roleHolders, timeText } from './cardTexts.ts'

/**
 * How the list view names a role or person card: its description plus what the canvas shows
 * from the assignments, "Rolle: CIO / IT-Leitung, Umsetzung, besetzt von Anna Berg (A)" or
 * "…, unbesetzt"; a person with the time their roles take.
 */
export function cardListLabel(el: Role | Person, board: Board): string {
  const described = describeElement(el, t) ?? ''
  const lookup = (id: string) => board.get(id)
  if (el.kind === 'role') {
    const holders = roleHolders(board.assignments, lookup, el.id)
    const held =
      holders.length === 0
        ? t('card.vacant')
        : t('card.heldBy', { names: holders.map((h) => `${h.name} (${h.raci})`).join(', ') })
    return `${described}, ${held}`
  }
  return `${described}, ${timeText(el, personLoad(board.assignments, lookup, el.id))}`
}
