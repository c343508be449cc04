import type { Label } from '../../../../../../shared/vocabulary/label.ts'
import { i18n } from '../../../i18n/i18n.svelte.ts'

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
  return entries.map((entry) => ({ value: entry.id, label: entry.label[i18n.locale] }))
}

/** The words of the catalogue entry `id`, or '' when there is none. */
export function catalogueLabel(
  entries: readonly { id: string; label: Label }[],
  id: string | null,
): string {
  const entry = id === null ? undefined : entries.find((e) => e.id === id)
  return entry ? entry.label[i18n.locale] : ''
}
