import { actorCategory, NO_CATEGORY } from '../../vocabulary/actorCategories.ts'
import { FIELDS_OF_ACTION } from '../../vocabulary/fieldsOfAction.ts'
import { ECOSYSTEM_RINGS, RING_IDS } from '../../vocabulary/rings.ts'
import type { Actor } from '../../schema/actor.ts'
import type { Locale } from '../../vocabulary/label.ts'
import { byName, type TablesSource } from './source.ts'
import type { Sheet } from './workbook.ts'
import { column, sheetName } from './words.ts'

/** An actor's category in words: the catalogue's name, or the one the card gives. */
export function categoryWords(actor: Actor, locale: Locale): string {
  if (actor.category === null) return NO_CATEGORY[locale]
  if (actor.category === 'custom') return actor.customCategory
  return actorCategory(actor.category)?.label[locale] ?? ''
}

/** Akteure: one row per actor, by ring from the centre outwards, then by name. */
export function actorsSheet(src: TablesSource): Sheet {
  const l = src.language
  const ringRank = (a: Actor) => (a.ring === null ? RING_IDS.length : RING_IDS.indexOf(a.ring))
  const actors = [...src.model.actors].sort(
    (a, b) => ringRank(a) - ringRank(b) || byName(a.name, b.name),
  )
  return {
    id: 'actors',
    name: sheetName('actors', l),
    columns: [
      column('name', l, 'text', 30),
      column('category', l, 'text', 22),
      column('ring', l, 'text', 22),
      column('fieldOfAction', l, 'text', 24),
      column('note', l, 'text', 40),
    ],
    rows: actors.map((a) => [
      src.nameOf(a.id),
      categoryWords(a, l),
      a.ring === null ? '' : (ECOSYSTEM_RINGS.find((r) => r.id === a.ring)?.label[l] ?? ''),
      a.field === null ? '' : (FIELDS_OF_ACTION.find((f) => f.id === a.field)?.label[l] ?? ''),
      a.note,
    ]),
  }
}
