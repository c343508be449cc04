import { screenToBoard } from '../geometry/camera.ts'
import type { ConnectorEndName } from '../geometry/connectorHandles.ts'
import type { Point } from '../geometry/geometry.ts'
import type { ConnectorEndInput } from '../../../../shared/ops/createConnector.ts'
import { isBoundEnd, type Connector, type ConnectorEnd } from '../../../../shared/schema/index.ts'
import { BIND_SLOP, bindableAt, endAt } from './connectorBinding.ts'
import type { ToolHost } from './types.ts'

function asInput(end: ConnectorEnd): ConnectorEndInput {
  return isBoundEnd(end) ? { elementId: end.elementId, anchor: end.anchor } : { x: end.x, y: end.y }
}

/**
 * Dragging one end handle of a selected connector (part of the select tool): over an element
 * the end binds to it (outlined while dragging), elsewhere it stays free at the pointer. The
 * whole drag is one undo step; others see the end move live.
 */
export class ConnectorEndDrag {
  readonly #host: ToolHost
  readonly #id: string
  readonly #end: ConnectorEndName
  readonly #original: ConnectorEndInput
  readonly #other: string | null
  #last = ''

  constructor(host: ToolHost, connector: Connector, end: ConnectorEndName) {
    this.#host = host
    this.#id = connector.id
    this.#end = end
    this.#original = asInput(connector[end])
    const other = connector[end === 'from' ? 'to' : 'from']
    this.#other = isBoundEnd(other) ? other.elementId : null
    host.beginGesture()
  }

  /** The pointer moved to screen point `p`. */
  move(p: Point): void {
    const host = this.#host
    const at = screenToBoard(host.camera, p)
    const target = bindableAt(host.elements, at, BIND_SLOP / host.camera.zoom, this.#other)
    host.setBindTarget?.(target?.id ?? null)
    this.#write(endAt(target, at))
  }

  end(): void {
    this.#host.setBindTarget?.(null)
    this.#host.endGesture()
  }

  /** Another gesture takes over: the end goes back where it was. */
  abort(): void {
    this.#write(this.#original)
    this.end()
  }

  #write(end: ConnectorEndInput): void {
    const key = JSON.stringify(end)
    if (key === this.#last) return
    this.#last = key
    this.#host.updateConnector?.({ id: this.#id, [this.#end]: end })
  }
}
