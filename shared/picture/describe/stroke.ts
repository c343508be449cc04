import { getStroke } from 'perfect-freehand'
import { strokePointBounds } from '../../ops/createStroke.ts'
import { INK_COLORS, type Stroke } from '../../schema/index.ts'
import type { GroupPrimitive, PathCommand } from '../primitives.ts'
import type { DescribeContext } from './context.ts'

/**
 * The filled outline of a pen stroke in its own relative coordinates: perfect-freehand smooths
 * the line and varies its width with pressure. Computed once per points array and width, since a
 * stroke's points never change after it was written.
 */
const outlines = new WeakMap<
  readonly number[],
  { width: number; pressure: boolean; outline: number[][] }
>()

/** The smoothed outline of a stroke, relative to its points' origin. */
export function strokeOutline(stroke: Stroke): number[][] {
  const hit = outlines.get(stroke.points)
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
  outlines.set(stroke.points, { width: stroke.width, pressure: stroke.pressure, outline })
  return outline
}

/**
 * How a stroke's relative points map to the board: scaled to its current bounds (resizing). The
 * points were written with the same margin on both sides, so their extent is min + max.
 */
export function strokeScale(stroke: Stroke): { sx: number; sy: number } {
  const { minX, minY, maxX, maxY } = strokePointBounds(stroke.points)
  const w = Math.max(1, minX + maxX)
  const h = Math.max(1, minY + maxY)
  return { sx: stroke.w / w, sy: stroke.h / h }
}

/** A pen stroke: its smoothed outline filled in its ink, scaled to its current bounds. */
export function describeStroke(stroke: Stroke, ctx: DescribeContext): GroupPrimitive {
  const outline = strokeOutline(stroke)
  const { sx, sy } = strokeScale(stroke)
  const commands: PathCommand[] = []
  outline.forEach((p, i) => {
    const x = stroke.x + (p[0] as number) * sx
    const y = stroke.y + (p[1] as number) * sy
    commands.push(i === 0 ? { op: 'move', x, y } : { op: 'line', x, y })
  })
  if (commands.length > 0) commands.push({ op: 'close' })
  return {
    kind: 'group',
    elementId: stroke.id,
    meaning: ctx.words.stroke,
    children:
      commands.length > 0
        ? [{ kind: 'path', commands, fill: INK_COLORS[stroke.color], fillRule: 'nonzero' }]
        : [],
  }
}
