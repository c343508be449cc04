import type { ActorCategory } from '../vocabulary/actorCategories.ts'
import type { RoleGroupId } from '../vocabulary/rolesCatalogue.ts'

/**
 * Colours of the domain cards. Every badge colour carries white text at 4.5:1 or more (tested),
 * and a badge always names its category or group in words: colour is never the only cue
 * (WCAG 1.4.1), which also keeps a projected board readable for people who see colours alike.
 */
export const ACTOR_CATEGORY_COLORS: Record<ActorCategory, string> = {
  administration: '#1b4fa0',
  municipalGroup: '#00695c',
  citizens: '#9a4500',
  business: '#6b4e16',
  politics: '#8e1f5b',
  science: '#5e3aa8',
  civilSociety: '#2b6a2f',
  regionStateFederal: '#37474f',
  itProvider: '#0b5c7a',
  custom: '#5c5c5c',
}

/** An actor whose category nobody has picked yet: a neutral grey (white on it: 5.7:1). */
export const NO_CATEGORY_COLOR = '#666666'

/** Role cards: the stripe and badge in the colour of the role's group. */
export const ROLE_GROUP_COLORS: Record<RoleGroupId | 'none', string> = {
  steering: '#1b4fa0',
  coordination: '#00695c',
  implementation: '#5e3aa8',
  protection: '#8e1f5b',
  data: '#9a4500',
  none: '#5c5c5c',
}

/** Card surface, ink and secondary ink (the latter still 7:1 on the surface). */
export const CARD_FILL = '#ffffff'
/** Card text. */
export const CARD_INK = '#1a1a1a'
/** Secondary text (place, time, an unnamed card). */
export const CARD_MUTED_INK = '#4a4a4a'
/** A card's outline. */
export const CARD_BORDER = '#767676'
/** A vacant role and an overloaded person: red words on white, 6:1. */
export const CARD_WARNING = '#b3261e'
/** The person or org-unit card's band. */
export const PERSON_COLOR = '#37474f'
/** Text on the badges. */
export const BADGE_INK = '#ffffff'
