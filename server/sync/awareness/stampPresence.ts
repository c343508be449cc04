import { canEdit, type Right } from '../../../shared/rights.ts'

/**
 * What the server writes into a presence state over what the client sent (shared/presence.ts,
 * PresenceState): the colour it gave this person (PresenceColorBook) and the right of the
 * connection's token. A view connection's state loses `selection` and `editing`: a viewer
 * changes nothing, so what it has selected or would type in is nobody else's business, whatever
 * its client sends. Every other field stays as sent (the readers check them).
 */
export function stampPresence(
  state: Record<string, unknown>,
  color: string,
  right: Right,
): Record<string, unknown> {
  const user = isRecord(state.user) ? state.user : {}
  const stamped: Record<string, unknown> = { ...state, user: { ...user, color }, right }
  if (!canEdit(right)) {
    delete stamped.selection
    delete stamped.editing
  }
  return stamped
}

/** The colour a state asks for (`user.color`), whatever it is. */
export function askedColor(state: Record<string, unknown>): unknown {
  return isRecord(state.user) ? state.user.color : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
