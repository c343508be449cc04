import type { PresenceState } from '../../shared/presence.ts'

/** A whole presence state as Werkraum's browser sends it: `name` with nothing selected or shown. */
export function presenceState(
  name: string,
  right: PresenceState['right'],
  patch: Partial<PresenceState> = {},
): PresenceState {
  return {
    user: { name, color: '#26734d' },
    right,
    cursor: null,
    selection: [],
    editing: null,
    view: null,
    away: false,
    ...patch,
  }
}
