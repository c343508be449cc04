import { ACTOR_CATEGORIES, type CatalogueActorCategory } from '../../vocabulary/actorCategories.ts'
import { FIELDS_OF_ACTION, type FieldOfActionId } from '../../vocabulary/fieldsOfAction.ts'
import { ECOSYSTEM_RINGS, type RingId } from '../../vocabulary/rings.ts'
import { ROLE_GROUPS, ROLES_CATALOGUE, type RoleGroupId } from '../../vocabulary/rolesCatalogue.ts'
import type { PersonKind } from '../../schema/person.ts'
import { normalizeKey } from './normalize.ts'

/** The keys a text may mean: as written, and with ae/oe/ue read as umlauts ("Buerger"). */
function keysOf(text: string): string[] {
  const plain = normalizeKey(text)
  const folded = normalizeKey(text.replace(/ae/gi, 'a').replace(/oe/gi, 'o').replace(/ue/gi, 'u'))
  return plain === '' ? [] : [plain, folded]
}

/** A label's keys: as written, and without a gender ending (":innen"), so "Bürger" matches. */
function labelKeys(word: string): string[] {
  const key = normalizeKey(word)
  return key.endsWith('innen') ? [key, key.slice(0, -'innen'.length)] : [key]
}

/** Finds the entry whose id or German or English label the text names. */
function byWords<T extends { id: string; label: { de: string; en: string } }>(
  entries: readonly T[],
  text: string,
): T | undefined {
  const keys = keysOf(text)
  if (keys.length === 0) return undefined
  return entries.find((e) =>
    [e.id, e.label.de, e.label.en].flatMap(labelKeys).some((word) => keys.includes(word)),
  )
}

/**
 * An actor category from its name in either language or its id; "Bürger", "Bürger:innen" and
 * "Buergerinnen" all name the citizens. Null for a category the catalogue does not have.
 */
export function matchCategory(text: string): CatalogueActorCategory | null {
  return byWords(ACTOR_CATEGORIES, text)?.id ?? null
}

/** A ring from its name, its id or its number from the centre (1–4). */
export function matchRing(text: string): RingId | null {
  const n = Number(text.trim())
  if (Number.isInteger(n) && n >= 1 && n <= ECOSYSTEM_RINGS.length) {
    return ECOSYSTEM_RINGS[n - 1]?.id ?? null
  }
  return byWords(ECOSYSTEM_RINGS, text)?.id ?? null
}

/** A field of action from its name or id. */
export function matchField(text: string): FieldOfActionId | null {
  return byWords(FIELDS_OF_ACTION, text)?.id ?? null
}

/** A roles-catalogue group from its name or id. */
export function matchRoleGroup(text: string): RoleGroupId | null {
  return byWords(ROLE_GROUPS, text)?.id ?? null
}

/** The catalogue role a title names (in either language), so the checks know it. */
export function matchCatalogueRole(title: string): string | null {
  const key = normalizeKey(title)
  if (key === '') return null
  const found = ROLES_CATALOGUE.find(
    (r) => normalizeKey(r.title.de) === key || normalizeKey(r.title.en) === key || r.id === title,
  )
  return found?.id ?? null
}

const ORG_UNIT_WORDS = [
  'orgunit',
  'organisationseinheit',
  'orgeinheit',
  'einheit',
  'organisation',
  'team',
  'abteilung',
  'amt',
  'fachbereich',
  'stabsstelle',
  'unit',
  'department',
]

/** Person unless the text names an org unit (Organisationseinheit, Team, Abteilung, …). */
export function matchPersonKind(text: string): PersonKind {
  return ORG_UNIT_WORDS.includes(normalizeKey(text)) ? 'orgUnit' : 'person'
}

/**
 * A share of time in whole percent (0–100) from "80", "80 %", "80%", "0,8" or 0.8 (a spreadsheet's
 * percentage cell); null when the text is no number. A plain number up to 1 is read as a
 * fraction: nobody lists 1 % of a position.
 */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const withSign = trimmed.endsWith('%')
  const number = Number(trimmed.replace(/%$/, '').trim().replace(',', '.'))
  if (!Number.isFinite(number)) return null
  const percent = !withSign && number > 0 && number <= 1 ? number * 100 : number
  return Math.min(100, Math.max(0, Math.round(percent)))
}
