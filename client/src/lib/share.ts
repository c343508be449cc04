import type { BoardLinks } from '../../../shared/api.ts'
import type { Right } from '../../../shared/rights.ts'

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
