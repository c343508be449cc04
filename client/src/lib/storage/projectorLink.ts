import { parseProjectorFragment } from '../../../../shared/links.ts'
import { KEYS, session, type KeyValueStore } from './safeStorage.ts'

/** The projector view's tokens: the view token it opens with, the token its QR code shows. */
export interface ProjectorLink {
  token: string
  join: string | null
}

/**
 * The projector view's link: from the address's fragment (kept in this tab for a reload), else
 * the one this tab kept. Never a token of "Meine Boards" or of the board page's tab: those may
 * carry the right to edit, and a projector opens with the view link only.
 */
export function resolveProjectorLink(
  id: string,
  hash: string,
  store: KeyValueStore = session,
): ProjectorLink | null {
  const key = KEYS.projectorLink(id)
  const fromFragment = parseProjectorFragment(hash)
  if (fromFragment) {
    store.set(key, JSON.stringify(fromFragment))
    return fromFragment
  }
  return readStored(store.get(key))
}

function readStored(raw: string | null): ProjectorLink | null {
  let value: unknown
  try {
    value = JSON.parse(raw ?? 'null')
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { token, join } = value as Record<string, unknown>
  if (typeof token !== 'string' || token === '') return null
  return { token, join: typeof join === 'string' && join !== '' ? join : null }
}
