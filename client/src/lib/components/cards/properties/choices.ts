import type { Label } from '../../../../../../shared/domain/label.ts'
import { localize } from '../../../i18n/localized.ts'

/** One option of a select: the value written and the words shown. */
export interface Choice {
  value: string
  label: string
}

/**
 * The entries of one of the domain's catalogues (categories, rings, fields of action, role
 * groups, relation kinds) as choices, worded in the person's language.
 */
export function catalogueChoices(entries: readonly { id: string; label: Label }[]): Choice[] {
  return entries.map((entry) => ({ value: entry.id, label: localize(entry.label) }))
}

/** The words of the catalogue entry `id`, or '' when there is none. */
export function catalogueLabel(
  entries: readonly { id: string; label: Label }[],
  id: string | null,
): string {
  const entry = id === null ? undefined : entries.find((e) => e.id === id)
  return entry ? localize(entry.label) : ''
}
