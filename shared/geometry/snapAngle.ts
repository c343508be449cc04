import type { Point } from './types.ts'

/** The angle step a held Shift snaps lines and arrows to, in degrees. */
export const ANGLE_STEP_DEGREES = 15

/**
 * `p` moved onto the nearest ray from `origin` whose direction is a multiple of `stepDegrees`
 * (0° points right), keeping its distance from `origin`: drawing a line with Shift held makes
 * it horizontal, vertical, diagonal or one of the steps between.
 */
export function snapAngle(origin: Point, p: Point, stepDegrees = ANGLE_STEP_DEGREES): Point {
  const dx = p.x - origin.x
  const dy = p.y - origin.y
  const length = Math.hypot(dx, dy)
  if (length === 0 || !(stepDegrees > 0)) return { x: p.x, y: p.y }
  const step = (stepDegrees * Math.PI) / 180
  const angle = Math.round(Math.atan2(dy, dx) / step) * step
  // Rounded away from float noise, so a snapped horizontal line is exactly horizontal.
  const clean = (v: number): number => Math.round(v * 1e6) / 1e6
  return {
    x: clean(origin.x + length * Math.cos(angle)),
    y: clean(origin.y + length * Math.sin(angle)),
  }
}
