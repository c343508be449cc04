import * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import {
  clampConnectorWidth,
  CONNECTOR_LABEL_MAX,
  DEFAULT_CONNECTOR_COLOR,
  DEFAULT_CONNECTOR_WIDTH,
  storedEnd,
  type Arrowhead,
  type ConnectorAnchor,
  type ConnectorColor,
  type ConnectorRouting,
  type StrokeStyle,
} from '../schema/connector.ts'
import { elementsMap } from '../schema/doc.ts'
import { refreshConnectorBox } from './connectorBox.ts'
import { zAboveAll } from './zOrder.ts'

/** An end as callers give it: bound to an element (anchor 'auto' unless given) or free. */
export type ConnectorEndInput =
  { elementId: string; anchor?: ConnectorAnchor } | { x: number; y: number }

export interface ConnectorStyleInput {
  routing?: ConnectorRouting
  startArrowhead?: Arrowhead
  endArrowhead?: Arrowhead
  stroke?: ConnectorColor
  strokeWidth?: number
  strokeStyle?: StrokeStyle
}

export interface CreateConnectorInput extends ConnectorStyleInput {
  from: ConnectorEndInput
  to: ConnectorEndInput
  text?: string
  id?: string
}

/** The stored form of an end input. */
export function endFromInput(end: ConnectorEndInput): Record<string, unknown> {
  return 'elementId' in end
    ? storedEnd({ elementId: end.elementId, anchor: end.anchor ?? 'auto' })
    : storedEnd({ x: end.x, y: end.y })
}

/**
 * Creates a connector (an arrow or a line) on top of everything else. Bound ends follow their
 * elements from then on without further writes. Returns its id.
 */
export function createConnector(
  doc: Y.Doc,
  input: CreateConnectorInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    const text = new Y.Text()
    if (input.text) text.insert(0, input.text.slice(0, CONNECTOR_LABEL_MAX))
    map.set('type', 'connector')
    map.set('x', 0)
    map.set('y', 0)
    map.set('w', 1)
    map.set('h', 1)
    map.set('z', zAboveAll(doc))
    map.set('from', endFromInput(input.from))
    map.set('to', endFromInput(input.to))
    map.set('routing', input.routing ?? 'straight')
    map.set('startArrowhead', input.startArrowhead ?? 'none')
    map.set('endArrowhead', input.endArrowhead ?? 'arrow')
    map.set('stroke', input.stroke ?? DEFAULT_CONNECTOR_COLOR)
    map.set('strokeWidth', clampConnectorWidth(input.strokeWidth ?? DEFAULT_CONNECTOR_WIDTH))
    map.set('strokeStyle', input.strokeStyle ?? 'solid')
    map.set('text', text)
    elementsMap(doc).set(id, map)
    refreshConnectorBox(doc, id, map)
  }, origin)
  return id
}
