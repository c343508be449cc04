import { arrowheadGeometry, type ArrowheadShape } from '../../geometry/arrowhead.ts'
import type { ConnectorPath } from '../../geometry/connectorPath.ts'
import { labelPosition } from '../../geometry/polyline.ts'
import { CONNECTOR_COLORS, NOTE_INK, type Connector } from '../../schema/index.ts'
import type { GroupPrimitive, PathCommand, Primitive, Stroke } from '../primitives.ts'
import { layoutLabel } from '../text/labelLayout.ts'
import type { DescribeContext } from './context.ts'
import { lineAt } from './style.ts'

/** The label's background is the board's, so the line seems to pass behind the words. */
export const LABEL_BACKGROUND = '#f7f7f4'
/** A connector whose element went missing is drawn faded to its last known point. */
export const DANGLING_OPACITY = 0.45

function head(shape: ArrowheadShape, color: string, line: Stroke): Primitive | null {
  switch (shape.kind) {
    case 'none':
      return null
    case 'open': {
      const [a, b, c] = shape.points
      return {
        kind: 'path',
        commands: [
          { op: 'move', x: a.x, y: a.y },
          { op: 'line', x: b.x, y: b.y },
          { op: 'line', x: c.x, y: c.y },
        ],
        stroke: line,
      }
    }
    case 'filled': {
      const commands: PathCommand[] = shape.points.map((p, i) =>
        i === 0 ? { op: 'move', x: p.x, y: p.y } : { op: 'line', x: p.x, y: p.y },
      )
      commands.push({ op: 'close' })
      return { kind: 'path', commands, fill: color, stroke: line }
    }
    case 'circle':
      return {
        kind: 'ellipse',
        cx: shape.center.x,
        cy: shape.center.y,
        rx: shape.radius,
        ry: shape.radius,
        fill: color,
      }
  }
}

/**
 * The primitives of a connector along `path`: the line (solid or dashed), its arrowheads, and
 * its label (or `fallbackLabel`, a relation's kind) on a background in the middle of the path.
 */
export function connectorPrimitives(
  connector: Connector,
  path: ConnectorPath,
  fallbackLabel = '',
  hideLabel = false,
): Primitive[] {
  const points = path.points
  if (points.length < 2) return []
  const color = CONNECTOR_COLORS[connector.stroke]
  const width = connector.strokeWidth
  const last = points.length - 1
  const start = arrowheadGeometry(connector.startArrowhead, points[0]!, points[1]!, width)
  const end = arrowheadGeometry(connector.endArrowhead, points[last]!, points[last - 1]!, width)
  const solid: Stroke = { paint: color, width, cap: 'round', join: 'round' }
  const commands: PathCommand[] = [{ op: 'move', x: start.lineEnd.x, y: start.lineEnd.y }]
  for (let i = 1; i < last; i++) commands.push({ op: 'line', x: points[i]!.x, y: points[i]!.y })
  commands.push({ op: 'line', x: end.lineEnd.x, y: end.lineEnd.y })
  const dash = connector.strokeStyle === 'dashed' ? { dash: [width * 4, width * 3] } : {}
  const out: Primitive[] = [{ kind: 'path', commands, stroke: { ...solid, ...dash } }]
  for (const shape of [start.shape, end.shape]) {
    const primitive = head(shape, color, solid)
    if (primitive) out.push(primitive)
  }
  const label = connector.text || fallbackLabel
  if (label !== '' && !hideLabel) {
    const laid = layoutLabel(label, labelPosition(points))
    out.push(
      { kind: 'rect', ...laid.box, fill: LABEL_BACKGROUND },
      {
        kind: 'text',
        lines: laid.lines.map((line, i) =>
          lineAt(line, laid.box.x + laid.box.w / 2, laid.middles[i] ?? 0, laid.fontSize),
        ),
        fontSize: laid.fontSize,
        weight: 400,
        fill: NOTE_INK,
        anchor: 'middle',
      },
    )
  }
  return out
}

/** A connector from its path now; an empty group when the path cannot be derived. */
export function describeConnector(connector: Connector, ctx: DescribeContext): GroupPrimitive {
  const kind = connector.relationKind
  const fallback = kind && kind !== 'custom' ? (ctx.cards?.relation(kind) ?? '') : ''
  const label = (connector.text || fallback).trim()
  const group: GroupPrimitive = {
    kind: 'group',
    elementId: connector.id,
    meaning: label === '' ? ctx.words.connectorPlain : ctx.words.connector(label),
    children: [],
  }
  const path = ctx.connectorPath(connector)
  if (!path) return group
  const children = connectorPrimitives(connector, path, fallback, ctx.editingId === connector.id)
  return path.dangling ? { ...group, children, opacity: DANGLING_OPACITY } : { ...group, children }
}
