import type {
  BoardElement,
  Connector,
  ConnectorEnd,
  Frame,
} from '../../../../shared/schema/index.ts'
import { isBoundEnd } from '../../../../shared/schema/index.ts'
import { rowsInReadingOrder, smallestFrameAround } from '../../../../shared/board/readingOrder.ts'
import { isDecoration } from '../../../../shared/board/decoration.ts'

/**
 * One row of the list view: an element, with the nesting of frames around it (a frame's row is
 * the heading of its group, at that depth). `ungrouped` marks the first row of what lies in no
 * frame, which opens with the heading "Ohne Rahmen" (so every row is an element).
 */
export interface ListRow {
  element: BoardElement
  depth: number
  ungrouped: boolean
}

/** How deep frames inside frames are followed (a safeguard: nesting is strict). */
const MAX_FRAME_DEPTH = 64

/**
 * The list view's rows: the board grouped by frame. Each frame (in reading order, a heading)
 * is followed by its own content in reading order, the connectors between its content, then
 * the frames inside it with theirs, so every row sits under the heading of the frame it lies
 * in. After the frames, under "Ohne Rahmen", what lies in no frame and the connectors that join
 * elements of different frames. A template's decoration (rings, sector lines) is left out.
 * Without any frame the list has no headings: the elements, then the connectors.
 */
export function listRows(elements: readonly BoardElement[]): ListRow[] {
  const content = elements.filter((el) => !isDecoration(el))
  const frames = content.filter((el): el is Frame => el.kind === 'frame')
  const byId = new Map(content.map((el) => [el.id, el]))
  const parentOf = new Map<string, string | null>()
  const parent = (el: BoardElement): string | null => {
    let known = parentOf.get(el.id)
    if (known === undefined) {
      known = frames.length === 0 ? null : (smallestFrameAround(el, frames)?.id ?? null)
      parentOf.set(el.id, known)
    }
    return known
  }

  const items = new Map<string | null, BoardElement[]>()
  const subframes = new Map<string | null, Frame[]>()
  const lines = new Map<string | null, Connector[]>()
  const push = <T>(map: Map<string | null, T[]>, key: string | null, value: T): void => {
    const list = map.get(key)
    if (list) list.push(value)
    else map.set(key, [value])
  }
  for (const el of content) {
    if (el.kind === 'connector') continue
    if (el.kind === 'frame') push(subframes, parent(el), el)
    else push(items, parent(el), el)
  }
  for (const el of content) {
    if (el.kind !== 'connector') continue
    const from = endGroup(el.from, byId, parent, frames)
    const to = endGroup(el.to, byId, parent, frames)
    push(lines, from === to ? from : null, el)
  }

  const rows: ListRow[] = []
  /** A group's own rows: its elements in reading order, then the connectors between them. */
  const own = (frame: string | null, depth: number): void => {
    for (const el of rowsInReadingOrder(items.get(frame) ?? [])) {
      rows.push({ element: el, depth, ungrouped: false })
    }
    for (const el of rowsInReadingOrder(lines.get(frame) ?? [])) {
      rows.push({ element: el, depth, ungrouped: false })
    }
  }
  /** The frames inside `frame`, each followed by its own rows and the frames inside it. */
  const nested = (frame: string | null, depth: number): void => {
    for (const sub of rowsInReadingOrder(subframes.get(frame) ?? [])) {
      rows.push({ element: sub, depth, ungrouped: false })
      own(sub.id, depth + 1)
      // A cycle is impossible (a frame's parent is strictly larger); the depth is a safeguard.
      if (depth < MAX_FRAME_DEPTH) nested(sub.id, depth + 1)
    }
  }
  nested(null, 0)
  const firstUngrouped = rows.length
  own(null, 0)
  const opening = rows[firstUngrouped]
  if (frames.length > 0 && opening) rows[firstUngrouped] = { ...opening, ungrouped: true }
  return rows
}

/** The frame an end of a connector lies in: its element's, or the frame around a free point. */
function endGroup(
  end: ConnectorEnd,
  byId: ReadonlyMap<string, BoardElement>,
  parent: (el: BoardElement) => string | null,
  frames: readonly Frame[],
): string | null {
  if (isBoundEnd(end)) {
    const el = byId.get(end.elementId)
    if (el) return el.kind === 'frame' ? el.id : parent(el)
    if (end.x === undefined || end.y === undefined) return null
    return frameAtPoint({ x: end.x, y: end.y }, frames)
  }
  return frameAtPoint(end, frames)
}

function frameAtPoint(p: { x: number; y: number }, frames: readonly Frame[]): string | null {
  const probe = { id: '', x: p.x, y: p.y, w: 0, h: 0 } as BoardElement
  return smallestFrameAround(probe, frames)?.id ?? null
}
