import { KEYS, local, session, type KeyValueStore } from './safeStorage.ts'
import { parseEntries } from './myBoards.ts'

/** Reads a token from a link's fragment (`#<token>`); null when there is none. */
export function tokenFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  if (!raw) return null
  try {
    return decodeURIComponent(raw).trim() || null
  } catch {
    return null
  }
}

/**
 * The token to open a board with: the one in the link first (it is what the person just
 * clicked), then this tab's, then the best one "Meine Boards" holds.
 */
export function resolveToken(
  id: string,
  hash: string,
  stores: { tab: KeyValueStore; browser: KeyValueStore } = { tab: session, browser: local },
): string | null {
  const fromLink = tokenFromHash(hash)
  if (fromLink) {
    stores.tab.set(KEYS.boardToken(id), fromLink)
    return fromLink
  }
  const fromTab = stores.tab.get(KEYS.boardToken(id))
  if (fromTab) return fromTab
  return parseEntries(stores.browser.get(KEYS.myBoards)).find((e) => e.id === id)?.token ?? null
}
