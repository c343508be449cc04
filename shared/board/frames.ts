import type { BoardElement, Frame } from '../schema/index.ts'
import type { Rect } from '../geometry/types.ts'

/**
 * Frame membership is geometric, never stored: an element belongs to a frame when its centre
 * lies inside the frame. Nested frames work the same way (a frame inside a frame is content).
 */
export function frameContents(elements: readonly BoardElement[], frame: Frame): string[] {
  const ids: string[] = []
  for (const el of elements) {
    if (el.id !== frame.id && centreInside(frame, el)) ids.push(el.id)
  }
  return ids
}

/** The content of every frame among `ids` that is not itself among `ids`. */
export function frameCompanions(
  elements: readonly BoardElement[],
  byId: (id: string) => BoardElement | undefined,
  ids: readonly string[],
): string[] {
  const moving = new Set(ids)
  const extra: string[] = []
  for (const id of ids) {
    const el = byId(id)
    if (el?.kind !== 'frame') continue
    for (const member of frameContents(elements, el)) {
      if (moving.has(member)) continue
      moving.add(member)
      extra.push(member)
    }
  }
  return extra
}

/** All frames, bottom to top. */
export function framesOf(elements: readonly BoardElement[]): Frame[] {
  return elements.filter((el): el is Frame => el.kind === 'frame')
}

/**
 * Frames in reading order: top to bottom, and left to right among those at about the same height
 * (within half the smaller one's height), the order a workshop walks through its steps.
 */
export function framesInReadingOrder(elements: readonly BoardElement[]): Frame[] {
  return framesOf(elements).sort((a, b) => {
    const sameRow = Math.abs(a.y - b.y) < Math.min(a.h, b.h) / 2
    if (!sameRow) return a.y - b.y
    return a.x - b.x || (a.id < b.id ? -1 : 1)
  })
}

/** Whether the centre of `el` lies inside `frame`: what makes an element part of a frame. */
export function centreInside(frame: Rect, el: Rect): boolean {
  const cx = el.x + el.w / 2
  const cy = el.y + el.h / 2
  return cx >= frame.x && cx <= frame.x + frame.w && cy >= frame.y && cy <= frame.y + frame.h
}
