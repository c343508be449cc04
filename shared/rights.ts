/** The three capabilities a share link can carry, lowest to highest. */
export const RIGHTS = ['view', 'edit', 'facilitate'] as const
export type Right = (typeof RIGHTS)[number]

/** True when a holder of `held` may do what `needed` allows. */
export function hasRight(held: Right, needed: Right): boolean {
  return RIGHTS.indexOf(held) >= RIGHTS.indexOf(needed)
}

export function canEdit(right: Right): boolean {
  return hasRight(right, 'edit')
}

export function isRight(value: unknown): value is Right {
  return typeof value === 'string' && (RIGHTS as readonly string[]).includes(value)
}
