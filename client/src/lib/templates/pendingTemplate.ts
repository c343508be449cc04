import { KEYS, session, type KeyValueStore } from '../storage/safeStorage.ts'

/**
 * A board made from an own template is created empty (the server knows only its built-in
 * templates, and an own template never leaves this browser), then this tab inserts the template
 * once the board is open. The note lives in sessionStorage: only the tab that created the board
 * acts on it, once.
 */
export function rememberPendingTemplate(
  boardId: string,
  templateId: string,
  store: KeyValueStore = session,
): void {
  store.set(KEYS.pendingTemplate(boardId), templateId)
}

/** The own template waiting for this board, taken so it is inserted only once. */
export function takePendingTemplate(
  boardId: string,
  store: KeyValueStore = session,
): string | null {
  const key = KEYS.pendingTemplate(boardId)
  const id = store.get(key)
  if (id !== null) store.remove(key)
  return id
}
