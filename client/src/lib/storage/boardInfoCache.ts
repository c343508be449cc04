import type { BoardInfo } from '../../../../shared/api.ts'
import { isRight } from '../../../../shared/rights.ts'
import { KEYS, local, type KeyValueStore } from './safeStorage.ts'

/**
 * What the server last said about a board (title, right), kept so that the board opens from its
 * local copy when the server cannot be reached. It is tied to the token it was answered for, by
 * a fingerprint: the cache never holds a token, and a different token (another link, a rotated
 * one) finds nothing here and must ask the server.
 */
interface CachedInfo {
  fingerprint: string
  info: BoardInfo
}

/**
 * A short, non-secret fingerprint of a token (53-bit string hash, cyrb53). Not a protection of
 * the token: it only tells "the same link as last time" apart from any other.
 */
export function tokenFingerprint(token: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < token.length; i++) {
    const ch = token.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

function parse(raw: string | null): CachedInfo | null {
  if (!raw) return null
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const { fingerprint, info } = data as Record<string, unknown>
  if (typeof fingerprint !== 'string' || typeof info !== 'object' || info === null) return null
  const { id, title, role, createdAt, schemaVersion } = info as Record<string, unknown>
  if (typeof id !== 'string' || !isRight(role)) return null
  return {
    fingerprint,
    info: {
      id,
      title: typeof title === 'string' ? title : '',
      role,
      createdAt: typeof createdAt === 'string' ? createdAt : '',
      schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 0,
    },
  }
}

/** Remembers the server's answer for this board and token (replacing an older one). */
export function rememberBoardInfo(
  info: BoardInfo,
  token: string,
  store: KeyValueStore = local,
): void {
  const entry: CachedInfo = { fingerprint: tokenFingerprint(token), info }
  store.set(KEYS.boardInfo(info.id), JSON.stringify(entry))
}

/** The cached answer for this board, only if it was given for this very token. */
export function cachedBoardInfo(
  id: string,
  token: string,
  store: KeyValueStore = local,
): BoardInfo | null {
  const entry = parse(store.get(KEYS.boardInfo(id)))
  if (!entry || entry.info.id !== id || entry.fingerprint !== tokenFingerprint(token)) return null
  return entry.info
}

/** Forgets what was cached for a board (its local copy is deleted, or the server refused). */
export function forgetBoardInfo(id: string, store: KeyValueStore = local): void {
  store.remove(KEYS.boardInfo(id))
}
