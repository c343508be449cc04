import { centerOn, type Camera, type Insets } from '../geometry/camera.ts'
import { rectCenter, type Rect, type Size } from '../geometry/geometry.ts'
import { isDecoration } from '../../../../shared/board/decoration.ts'

/**
 * What search needs of an element: its bounds; its text is read from its text keys. A
 * template's decoration (`kind` and `decoration`) is never a match.
 */
export type Searchable = Rect & { id: string; kind?: string; decoration?: true }

/** Keys whose string values are an element's visible text (notes, text blocks, shapes, frames). */
const TEXT_KEYS = ['text', 'title', 'label', 'name'] as const

/** The text an element shows, joined; '' when it shows none. */
export function searchableText(el: Searchable): string {
  let out = ''
  const fields = el as unknown as Record<string, unknown>
  for (const key of TEXT_KEYS) {
    const v = fields[key]
    if (typeof v === 'string' && v !== '') out = out === '' ? v : `${out}\n${v}`
  }
  return out
}

/** Case-insensitive; NFC, so a composed and a decomposed "ü" (from a Mac paste) match. */
function normalise(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('de')
}

/**
 * Words the board shows on an element beyond its own text keys (who holds a role, a relation's
 * kind); '' for none. See `boardWords.ts`.
 */
export type ShownWords = (el: Searchable) => string

/**
 * The ids of the elements whose text, or the words `shown` says they show, contain `query`
 * (case-insensitive), in reading order: top to bottom, then left to right, so Enter walks the
 * board the way a person reads it. A blank query matches nothing.
 */
export function findMatches(
  elements: Iterable<Searchable>,
  query: string,
  shown?: ShownWords,
): string[] {
  const needle = normalise(query.trim())
  if (needle === '') return []
  const hits: Searchable[] = []
  for (const el of elements) {
    if (isDecoration(el)) continue
    const own = searchableText(el)
    const extra = shown ? shown(el) : ''
    const text = extra === '' ? own : own === '' ? extra : `${own}\n${extra}`
    if (text !== '' && normalise(text).includes(needle)) hits.push(el)
  }
  hits.sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return hits.map((el) => el.id)
}

/** The next index when stepping through `count` matches (wraps around both ways). */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1
  if (current < 0) return direction === 1 ? 0 : count - 1
  return (current + direction + count) % count
}

/**
 * After the matches changed (someone typed, an element moved), keep the one the person was on
 * when it still matches; else the first.
 */
export function keepCurrent(previousId: string | null, matches: readonly string[]): number {
  if (matches.length === 0) return -1
  const at = previousId === null ? -1 : matches.indexOf(previousId)
  return at >= 0 ? at : 0
}

/** Below this zoom, showing a match also zooms in so its text can be read. */
export const MATCH_READABLE_ZOOM = 0.5

/** The camera that shows a match in the middle of the uncovered view, readable. */
export function cameraForMatch(
  camera: Camera,
  match: Rect,
  viewport: Size,
  insets: Insets,
): Camera {
  const zoom = Math.max(camera.zoom, MATCH_READABLE_ZOOM)
  return centerOn({ ...camera, zoom }, rectCenter(match), viewport, insets)
}
