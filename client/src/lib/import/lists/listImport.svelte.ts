import type { Session } from '../../editor/session.svelte.ts'

/** Whether the list import dialog is open, per board view (its Session). */
class ListImportState {
  open = $state(false)
  /** A file the board's "Importieren" handed over, read as soon as the dialog opens. */
  file: File | null = $state.raw(null)

  /** Opens the dialog with a file chosen elsewhere (the board's "Importieren"). */
  handOver(file: File): void {
    this.file = file
    this.open = true
  }
}

/** File name endings a list comes in (what "Importieren" hands over to the list import). */
export const LIST_EXTENSIONS = ['.csv', '.xlsx', '.ods'] as const

/** Whether a file is a spreadsheet list, by its name. */
export function isListFile(file: { name: string }): boolean {
  const name = file.name.toLowerCase()
  return LIST_EXTENSIONS.some((ext) => name.endsWith(ext))
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
