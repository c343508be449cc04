import type { BoardLinks } from '../../../shared/api.ts'
import type { Right } from '../../../shared/rights.ts'
import { projectorPath } from '../../../shared/links.ts'

export interface ShareRow {
  kind: Right | 'own'
  /** Absolute URL: origin + path with the token in the fragment. */
  url: string
}

export interface ShareInput {
  /** Where links point: PUBLIC_URL when the server has one, else this page's origin. */
  origin: string
  right: Right
  /** Path of this person's own link. */
  own: string
  /** Links this browser knows (the creator's browser knows all three). */
  known?: Partial<BoardLinks>
}

/**
 * The links the share dialog offers. Facilitators get all three when this browser knows them
 * (edit first: it is the one shared most); everyone else gets their own link, which is what
 * they could share anyway.
 */
export function shareLinks(input: ShareInput): { rows: ShareRow[]; missing: boolean } {
  // PUBLIC_URL may carry a path prefix (a proxy serving Werkraum under /werkraum): keep it.
  const absolute = (path: string): string =>
    path.startsWith('/') ? `${input.origin.replace(/\/+$/, '')}${path}` : new URL(path).href
  if (input.right !== 'facilitate')
    return { rows: [{ kind: 'own', url: absolute(input.own) }], missing: false }
  const known = input.known ?? {}
  const rows: ShareRow[] = []
  if (known.edit) rows.push({ kind: 'edit', url: absolute(known.edit) })
  if (known.view) rows.push({ kind: 'view', url: absolute(known.view) })
  rows.push({ kind: 'facilitate', url: absolute(known.facilitate ?? input.own) })
  return { rows, missing: !known.edit || !known.view }
}

/** The token in a link's fragment (`…#<token>`), decoded; null when it has none. */
export function tokenOfLink(link: string): string | null {
  const at = link.indexOf('#')
  if (at < 0) return null
  try {
    return decodeURIComponent(link.slice(at + 1)).trim() || null
  } catch {
    return null
  }
}

/**
 * The projector view's address for a board (`projectorPath`): it opens with the view link's
 * token, so the beamer can never change the board, and its QR code shows the edit link when this
 * browser knows it (the room joins by it), else the view link. Null while this browser does not
 * know the view link (a facilitator who came by link gets it by replacing it in "Teilen").
 */
export function projectorUrl(input: {
  origin: string
  id: string
  known?: Partial<BoardLinks>
}): string | null {
  const view = input.known?.view ? tokenOfLink(input.known.view) : null
  if (!view) return null
  const edit = input.known?.edit ? tokenOfLink(input.known.edit) : null
  return `${input.origin.replace(/\/+$/, '')}${projectorPath(input.id, view, edit ?? undefined)}`
}
