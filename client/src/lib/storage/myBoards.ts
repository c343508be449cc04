import type { BoardLinks } from '../../../../shared/api.ts'
import { hasRight, isRight, type Right } from '../../../../shared/rights.ts'

/** One board in "Meine Boards": what this browser needs to open it again. */
export interface MyBoardEntry {
  id: string
  title: string
  /** The best token this browser holds for the board, and the right it carries. */
  token: string
  right: Right
  /** ISO 8601 */
  lastOpened: string
  /** Share links (paths with tokens), known in the browser that created the board. */
  links?: Partial<BoardLinks>
}

export interface BoardVisit {
  id: string
  title: string
  token: string
  right: Right
  links?: Partial<BoardLinks>
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null
}

function readLinks(v: unknown): Partial<BoardLinks> | undefined {
  if (!isRecord(v)) return undefined
  const links: Partial<BoardLinks> = {}
  for (const key of ['edit', 'view', 'facilitate'] as const) {
    const link = v[key]
    if (typeof link === 'string' && /^(\/|https?:\/\/)/.test(link)) links[key] = link
  }
  return links
}

/** Reads the stored list; anything malformed is dropped rather than trusted. */
export function parseEntries(raw: string | null): MyBoardEntry[] {
  if (!raw) return []
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(data)) return []
  const entries: MyBoardEntry[] = []
  for (const item of data) {
    if (!isRecord(item)) continue
    const { id, title, token, right, lastOpened } = item
    if (typeof id !== 'string' || typeof token !== 'string' || !isRight(right)) continue
    const entry: MyBoardEntry = {
      id,
      title: typeof title === 'string' ? title : '',
      token,
      right,
      lastOpened: typeof lastOpened === 'string' ? lastOpened : new Date(0).toISOString(),
    }
    const links = readLinks(item.links)
    if (links) entry.links = links
    entries.push(entry)
  }
  return sortByLastOpened(entries)
}

export function sortByLastOpened(entries: MyBoardEntry[]): MyBoardEntry[] {
  return [...entries].sort((a, b) =>
    a.lastOpened < b.lastOpened ? 1 : a.lastOpened > b.lastOpened ? -1 : 0,
  )
}

/**
 * Records a visit. The entry keeps the best right seen: opening a view link does not downgrade
 * a board this browser facilitates; a new token with the same or a higher right replaces the
 * old one (it may have been rotated).
 */
/** `now` in milliseconds since the epoch. */
export function rememberVisit(
  entries: MyBoardEntry[],
  visit: BoardVisit,
  now: number,
): MyBoardEntry[] {
  const old = entries.find((e) => e.id === visit.id)
  const keepOld = old !== undefined && !hasRight(visit.right, old.right)
  const entry: MyBoardEntry = {
    id: visit.id,
    title: visit.title,
    token: keepOld ? old.token : visit.token,
    right: keepOld ? old.right : visit.right,
    lastOpened: new Date(now).toISOString(),
  }
  const links = { ...old?.links, ...visit.links }
  if (Object.keys(links).length > 0) entry.links = links
  return sortByLastOpened([entry, ...entries.filter((e) => e.id !== visit.id)])
}

export function forgetBoard(entries: MyBoardEntry[], id: string): MyBoardEntry[] {
  return entries.filter((e) => e.id !== id)
}
