import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { clampConnectorWidth } from '../schema/connector.ts'
import { getElement } from '../schema/doc.ts'
import { refreshConnectorBox } from './connectorBox.ts'
import {
  endFromInput,
  type ConnectorEndInput,
  type ConnectorStyleInput,
} from './createConnector.ts'

export interface UpdateConnectorInput extends ConnectorStyleInput {
  id: string
  from?: ConnectorEndInput
  to?: ConnectorEndInput
}

/**
 * Changes a connector's ends (rebinding or freeing them), routing, arrowheads or style. Only
 * the given keys are written, so two people changing different things both keep theirs.
 * Anything that is not a connector is left alone.
 */
export function updateConnector(
  doc: Y.Doc,
  input: UpdateConnectorInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const map = getElement(doc, input.id)
  if (!map || map.get('type') !== 'connector') return
  doc.transact(() => {
    if (input.from) map.set('from', endFromInput(input.from))
    if (input.to) map.set('to', endFromInput(input.to))
    const style: Record<string, unknown> = {
      routing: input.routing,
      startArrowhead: input.startArrowhead,
      endArrowhead: input.endArrowhead,
      stroke: input.stroke,
      strokeWidth:
        input.strokeWidth === undefined ? undefined : clampConnectorWidth(input.strokeWidth),
      strokeStyle: input.strokeStyle,
    }
    for (const [key, value] of Object.entries(style)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, value)
    }
    refreshConnectorBox(doc, input.id, map)
  }, origin)
}
