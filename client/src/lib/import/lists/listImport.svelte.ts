import type { Session } from '../../board/session.svelte.ts'

/** Whether the list import dialog is open, per board view (its Session). */
class ListImportState {
  open = $state(false)
}

const STATES = new WeakMap<Session, ListImportState>()

/** The list import dialog's state for this board view. */
export function listImport(session: Session): ListImportState {
  let state = STATES.get(session)
  if (!state) {
    state = new ListImportState()
    STATES.set(session, state)
  }
  return state
}
