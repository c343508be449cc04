import { screenToBoard } from '../geometry/camera.ts'
import type { SelectTool } from './selectTool.ts'
import type { PointerInput, Tool, ToolHost } from './types.ts'

/** The CSS cursor for the pointer's position and the tool's state. */
export function cursorFor(
  host: ToolHost & { tool: SelectTool; activeTool: Tool },
  input: PointerInput,
): string {
  if (host.activeTool !== host.tool) return host.activeTool.cursor?.(input) ?? 'crosshair'
  const state = host.tool.state
  switch (state.kind) {
    case 'panning':
      return 'grabbing'
    case 'dragging':
    case 'pressing':
      return 'move'
    case 'resizing':
      return state.handle === 'nw' || state.handle === 'se' ? 'nwse-resize' : 'nesw-resize'
    case 'idle':
      break
  }
  if (host.canEdit) {
    const handle = host.handleAt(input)
    if (handle)
      return handle.handle === 'nw' || handle.handle === 'se' ? 'nwse-resize' : 'nesw-resize'
  }
  const over = host.elementAt(screenToBoard(host.camera, input))
  // Empty canvas: a marquee with the edit right, else a pan.
  if (over === null) return host.canEdit ? 'default' : 'grab'
  return host.canEdit ? 'move' : 'default'
}
