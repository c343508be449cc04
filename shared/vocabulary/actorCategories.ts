import type { Label } from './label.ts'
import type { RingId } from './rings.ts'

/**
 * Kinds of actors on the ecosystem map. `ring` is where such an actor usually sits; `involvement`
 * is the share of municipalities that involve it to a high degree today (Trendreport Digitaler
 * Staat 2022), where the report names one: it tells a group whom it may be overlooking.
 */
export const ACTOR_CATEGORIES = [
  {
    id: 'administration',
    label: { de: 'Verwaltung', en: 'Administration' },
    ring: 'administration',
  },
  {
    id: 'municipalGroup',
    label: { de: 'Konzern Kommune', en: 'Municipal group' },
    ring: 'municipalGroup',
    involvement: 17,
  },
  {
    id: 'citizens',
    label: { de: 'Bürger:innen', en: 'Citizens' },
    ring: 'localCommunity',
    involvement: 18,
  },
  {
    id: 'business',
    label: { de: 'Wirtschaft', en: 'Business' },
    ring: 'localCommunity',
    involvement: 18,
  },
  { id: 'politics', label: { de: 'Politik', en: 'Politics' }, ring: 'localCommunity' },
  {
    id: 'science',
    label: { de: 'Wissenschaft', en: 'Science' },
    ring: 'localCommunity',
    involvement: 16,
  },
  {
    id: 'civilSociety',
    label: { de: 'Zivilgesellschaft', en: 'Civil society' },
    ring: 'localCommunity',
    involvement: 10,
  },
  {
    id: 'regionStateFederal',
    label: { de: 'Region/Land/Bund', en: 'Region/state/federation' },
    ring: 'regionStateFederal',
  },
  {
    id: 'itProvider',
    label: { de: 'IT-Dienstleister', en: 'IT service provider' },
    ring: 'municipalGroup',
    involvement: 30,
  },
] as const satisfies readonly { id: string; label: Label; ring: RingId; involvement?: number }[]

export type CatalogueActorCategory = (typeof ACTOR_CATEGORIES)[number]['id']
/** A category from the catalogue, or `custom` (then the actor names its own). */
export type ActorCategory = CatalogueActorCategory | 'custom'
export const ACTOR_CATEGORY_IDS: readonly CatalogueActorCategory[] = ACTOR_CATEGORIES.map(
  (c) => c.id,
)

export function isActorCategory(v: unknown): v is ActorCategory {
  return v === 'custom' || (typeof v === 'string' && (ACTOR_CATEGORY_IDS as string[]).includes(v))
}

/**
 * What an actor without a category says, on its card, in the properties, the checks, the
 * tables and the report alike: a new card has none until someone picks one.
 */
export const NO_CATEGORY: Label = { de: 'noch keine Kategorie', en: 'no category yet' }

/** The catalogue entry of a category; undefined for `custom`. */
export function actorCategory(id: ActorCategory): (typeof ACTOR_CATEGORIES)[number] | undefined {
  return ACTOR_CATEGORIES.find((c) => c.id === id)
}
