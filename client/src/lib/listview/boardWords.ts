import { relationLabel } from '../../../../shared/vocabulary/relationKinds.ts'
import type { Locale } from '../../../../shared/vocabulary/label.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { AssignmentIndex } from '../model/assignmentIndex.svelte.ts'
import type { Searchable, ShownWords } from './search.ts'

/**
 * The words the canvas draws on an element that are not its own text: the names of the people
 * and org units on a role card (its holders, as the card lists them), and on a relation without
 * a label of its own the name of its kind ("liefert Daten an"). Search reads them, so it finds
 * what a person sees on the board. Read per element from the live indexes: no board-wide pass.
 */
export function boardWords(
  assignments: Pick<AssignmentIndex, 'forRole'>,
  lookup: (id: string) => BoardElement | undefined,
  locale: Locale,
): ShownWords {
  return (searched: Searchable): string => {
    const el = searched as Searchable & Partial<Pick<BoardElement, 'kind'>>
    if (el.kind === 'role') {
      const names: string[] = []
      for (const cell of assignments.forRole(el.id)) {
        const person = lookup(cell.personId)
        if (person?.kind === 'person' && person.name !== '') names.push(person.name)
      }
      return names.join('\n')
    }
    if (el.kind === 'connector') {
      const connector = lookup(el.id)
      if (connector?.kind !== 'connector' || connector.relationKind === undefined) return ''
      return connector.text === '' ? relationLabel(connector.relationKind)[locale] : ''
    }
    return ''
  }
}
