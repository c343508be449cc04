import type { CardTexts } from '../../../../shared/picture/cardTexts.ts'
import { cardTextsFrom } from '../../../../shared/picture/cardTextsFor.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { AssignmentIndex } from '../model/assignmentIndex.svelte.ts'
import { boardFacts } from '../domain/boardFacts.ts'
import { i18n } from '../i18n/i18n.svelte.ts'

/**
 * What the canvas draws on domain cards, in the current language, from this board: the
 * exports' card words (`cardTextsFrom`), fed by the live indexes, so drawing a card costs a
 * few lookups and never a read of the whole board.
 */
export function cardTexts(
  assignments: AssignmentIndex,
  lookup: (id: string) => BoardElement | undefined,
): CardTexts {
  return cardTextsFrom(boardFacts(assignments, lookup), i18n.locale)
}
