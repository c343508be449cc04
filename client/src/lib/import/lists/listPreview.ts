import { actorCategory } from '../../../../../shared/vocabulary/actorCategories.ts'
import { FIELDS_OF_ACTION } from '../../../../../shared/vocabulary/fieldsOfAction.ts'
import type { Locale } from '../../../../../shared/vocabulary/label.ts'
import { ECOSYSTEM_RINGS } from '../../../../../shared/vocabulary/rings.ts'
import { catalogueRole, ROLE_GROUPS } from '../../../../../shared/vocabulary/rolesCatalogue.ts'
import {
  LIST_FIELDS,
  type ListField,
  type ListKind,
} from '../../../../../shared/import/lists/listFields.ts'
import type { ListCard } from '../../../../../shared/import/lists/planCards.ts'

/** How many planned cards the dialog shows before they are made. */
export const LIST_PREVIEW_ROWS = 5

/**
 * A planned card as the preview shows it, one cell per field of its kind: the catalogue's words
 * for what was matched, so a person sees "Konzern Kommune" where the file said "2".
 */
export function previewCells(
  card: ListCard,
  locale: Locale,
  words: { person: string; orgUnit: string },
): Record<ListField, string> {
  const cells: Partial<Record<ListField, string>> = { name: card.name }
  if (card.kind === 'actor') {
    cells.category =
      card.category === 'custom'
        ? card.customCategory
        : (actorCategory(card.category)?.label[locale] ?? '')
    cells.ring = ECOSYSTEM_RINGS.find((r) => r.id === card.ring)?.label[locale] ?? ''
    cells.field = FIELDS_OF_ACTION.find((f) => f.id === card.field)?.label[locale] ?? ''
    cells.note = card.note
  } else if (card.kind === 'person') {
    cells.personKind = card.personKind === 'person' ? words.person : words.orgUnit
    cells.orgUnit = card.orgUnit
    cells.availability = `${card.availability} %`
  } else {
    const entry = card.catalogueId === null ? undefined : catalogueRole(card.catalogueId)
    const group = card.group ?? entry?.group ?? null
    cells.group = ROLE_GROUPS.find((g) => g.id === group)?.label[locale] ?? ''
    cells.description = card.description || (entry?.description[locale] ?? '')
  }
  return cells as Record<ListField, string>
}

/** The fields of a kind, in the order the dialog lists them. */
export function fieldsOf(kind: ListKind): readonly ListField[] {
  return LIST_FIELDS[kind]
}
