import type { Rect } from '../geometry/geometry.ts'
import type { Handle } from '../geometry/hitTest.ts'
import { MIN_ELEMENT_SIZE } from '../../../../shared/ops/index.ts'

/**
 * The bounds after dragging `handle` by (dx, dy) board units: the opposite corner stays where it
 * is, and no side gets smaller than the minimum (the dragged corner stops instead of flipping).
 */
export function resizeRect(start: Rect, handle: Handle, dx: number, dy: number): Rect {
  const left = handle === 'nw' || handle === 'sw'
  const top = handle === 'nw' || handle === 'ne'
  const w = Math.max(MIN_ELEMENT_SIZE, left ? start.w - dx : start.w + dx)
  const h = Math.max(MIN_ELEMENT_SIZE, top ? start.h - dy : start.h + dy)
  return {
    x: Math.round(left ? start.x + start.w - w : start.x),
    y: Math.round(top ? start.y + start.h - h : start.y),
    w: Math.round(w),
    h: Math.round(h),
  }
}
