import { getStroke } from 'perfect-freehand'
import type { Stroke } from '../../../../shared/schema/index.ts'

/**
 * The filled outline of a pen stroke (perfect-freehand smooths the line and varies its width
 * with pressure), in the stroke's own relative coordinates. Computed once per points array and
 * width: a stroke's points never change after it was written.
 */
const cache = new WeakMap<
  readonly number[],
  { width: number; pressure: boolean; outline: number[][] }
>()

export function strokeOutline(stroke: Stroke): number[][] {
  const hit = cache.get(stroke.points)
  if (hit && hit.width === stroke.width && hit.pressure === stroke.pressure) return hit.outline
  const input: number[][] = []
  const pts = stroke.points
  for (let i = 0; i + 2 < pts.length; i += 3) {
    input.push([pts[i] as number, pts[i + 1] as number, pts[i + 2] as number])
  }
  const outline = getStroke(input, {
    size: stroke.width,
    thinning: 0.5,
    smoothing: 0.5,
    streamline: 0.4,
    simulatePressure: !stroke.pressure,
    last: true,
  })
  cache.set(stroke.points, { width: stroke.width, pressure: stroke.pressure, outline })
  return outline
}
