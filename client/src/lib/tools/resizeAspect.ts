import type { Rect } from '../geometry/geometry.ts'
import type { Handle } from '../geometry/hitTest.ts'
import { MIN_ELEMENT_SIZE } from '../../../../shared/ops/index.ts'
import { resizeRect } from './resize.ts'

/**
 * Like resizeRect, but the result keeps the start's aspect ratio (pictures): the side that
 * changed more, relative to its length, sets the scale; the opposite corner stays put and
 * neither side gets smaller than the minimum.
 */
export function resizeRectKeepingAspect(start: Rect, handle: Handle, dx: number, dy: number): Rect {
  const free = resizeRect(start, handle, dx, dy)
  const sx = free.w / start.w
  const sy = free.h / start.h
  const least = MIN_ELEMENT_SIZE / Math.min(start.w, start.h)
  const scale = Math.max(least, Math.abs(sx - 1) >= Math.abs(sy - 1) ? sx : sy)
  const w = start.w * scale
  const h = start.h * scale
  const left = handle === 'nw' || handle === 'sw'
  const top = handle === 'nw' || handle === 'ne'
  return {
    x: Math.round(left ? start.x + start.w - w : start.x),
    y: Math.round(top ? start.y + start.h - h : start.y),
    w: Math.round(w),
    h: Math.round(h),
  }
}
