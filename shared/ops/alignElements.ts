import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'
import { readBase, type ElementBase } from '../schema/element.ts'

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom'
export type Distribution = 'horizontal' | 'vertical'

export interface AlignElementsInput {
  ids: readonly string[]
  align: Alignment
}

export interface DistributeElementsInput {
  ids: readonly string[]
  along: Distribution
}

function read(doc: Y.Doc, ids: readonly string[]): ElementBase[] {
  const elements = elementsMap(doc)
  return [...new Set(ids)].flatMap((id) => {
    const map = elementIn(elements, id)
    return map ? [readBase(id, map).base] : []
  })
}

function write(doc: Y.Doc, moves: { id: string; x: number; y: number }[], origin: unknown): void {
  const elements = elementsMap(doc)
  doc.transact(() => {
    for (const { id, x, y } of moves) {
      const el = elementIn(elements, id)
      if (!el) continue
      if (el.get('x') !== x) el.set('x', x)
      if (el.get('y') !== y) el.set('y', y)
    }
  }, origin)
}

/** Lines elements up on one edge or centre line of their common bounds (needs two or more). */
export function alignElements(
  doc: Y.Doc,
  input: AlignElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const els = read(doc, input.ids)
  if (els.length < 2) return
  const left = Math.min(...els.map((e) => e.x))
  const top = Math.min(...els.map((e) => e.y))
  const right = Math.max(...els.map((e) => e.x + e.w))
  const bottom = Math.max(...els.map((e) => e.y + e.h))
  const place: Record<Alignment, (e: ElementBase) => { x: number; y: number }> = {
    left: (e) => ({ x: left, y: e.y }),
    center: (e) => ({ x: Math.round((left + right) / 2 - e.w / 2), y: e.y }),
    right: (e) => ({ x: right - e.w, y: e.y }),
    top: (e) => ({ x: e.x, y: top }),
    middle: (e) => ({ x: e.x, y: Math.round((top + bottom) / 2 - e.h / 2) }),
    bottom: (e) => ({ x: e.x, y: bottom - e.h }),
  }
  write(
    doc,
    els.map((e) => ({ id: e.id, ...place[input.align](e) })),
    origin,
  )
}

/**
 * Spaces elements evenly between the first and the last along an axis (equal gaps between
 * them, as in drawing programs); needs three or more.
 */
export function distributeElements(
  doc: Y.Doc,
  input: DistributeElementsInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const els = read(doc, input.ids)
  if (els.length < 3) return
  const horizontal = input.along === 'horizontal'
  const pos = (e: ElementBase): number => (horizontal ? e.x : e.y)
  const size = (e: ElementBase): number => (horizontal ? e.w : e.h)
  const sorted = [...els].sort((a, b) => pos(a) + size(a) / 2 - (pos(b) + size(b) / 2))
  const first = sorted[0]!
  const last = sorted[sorted.length - 1]!
  const span = pos(last) + size(last) - pos(first)
  const total = sorted.reduce((sum, e) => sum + size(e), 0)
  const gap = (span - total) / (sorted.length - 1)
  let at = pos(first)
  const moves = sorted.map((e) => {
    const p = Math.round(at)
    at += size(e) + gap
    return horizontal ? { id: e.id, x: p, y: e.y } : { id: e.id, x: e.x, y: p }
  })
  write(doc, moves, origin)
}
