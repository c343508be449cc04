import { clearDocument } from 'y-indexeddb'

const PREFIX = 'werkraum.board.'

/** The IndexedDB database that holds a board's local copy. */
export function localCopyName(boardId: string): string {
  return `${PREFIX}${boardId}`
}

/**
 * The ids of the boards this browser keeps a local copy of, or null when the browser cannot
 * list its databases (then every board is treated as possibly having one).
 */
export async function listLocalCopies(): Promise<Set<string> | null> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null
    const databases = await indexedDB.databases()
    const ids = new Set<string>()
    for (const { name } of databases) {
      if (name?.startsWith(PREFIX)) ids.add(name.slice(PREFIX.length))
    }
    return ids
  } catch {
    return null
  }
}

/**
 * Deletes a board's local copy (on a shared computer, nothing of the board should stay). Edits
 * that never reached the server are lost with it. Resolves false when the browser refused.
 * While the board is open in another tab, the deletion waits until that tab closes it.
 */
export async function deleteLocalCopy(boardId: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return true
  try {
    await clearDocument(localCopyName(boardId))
    return true
  } catch {
    return false
  }
}
