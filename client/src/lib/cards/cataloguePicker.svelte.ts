import type { Session } from '../editor/session.svelte.ts'

/** Whether the roles catalogue dialog is open, per board view (its Session). */
class CataloguePickerState {
  open = $state(false)
}

const STATES = new WeakMap<Session, CataloguePickerState>()

/** The catalogue dialog's state for this board view. */
export function cataloguePicker(session: Session): CataloguePickerState {
  let state = STATES.get(session)
  if (!state) {
    state = new CataloguePickerState()
    STATES.set(session, state)
  }
  return state
}
