import { CreateTool } from './createTool.ts'
import { ConnectorTool } from './connectorTool.ts'
import { EraserTool } from './eraserTool.ts'
import { HandTool } from './handTool.ts'
import { PenTool } from './penTool.ts'
import { SelectTool } from './selectTool.ts'
import type { ToolFactory, ToolName } from './types.ts'

/**
 * How each tool is made. The editor makes a tool the first time it is picked. A tool without a
 * factory cannot be picked (setTool ignores it). Add a tool here, or with registerTool from its
 * own module (connector tools: 'arrow', 'line').
 */
export const TOOL_FACTORIES: Partial<Record<ToolName, ToolFactory>> = {
  select: (host) => new SelectTool(host),
  hand: (host) => new HandTool(host),
  note: (host) => new CreateTool(host, { type: 'note' }),
  text: (host) => new CreateTool(host, { type: 'text' }),
  rectangle: (host) => new CreateTool(host, { type: 'shape', shape: 'rectangle' }),
  roundedRectangle: (host) => new CreateTool(host, { type: 'shape', shape: 'roundedRectangle' }),
  ellipse: (host) => new CreateTool(host, { type: 'shape', shape: 'ellipse' }),
  diamond: (host) => new CreateTool(host, { type: 'shape', shape: 'diamond' }),
  frame: (host) => new CreateTool(host, { type: 'frame' }),
  pen: (host) => new PenTool(host),
  eraser: (host) => new EraserTool(host),
  arrow: (host) => new ConnectorTool(host, 'arrow'),
  line: (host) => new ConnectorTool(host, 'line'),
  actor: (host) => new CreateTool(host, { type: 'actor' }),
  role: (host) => new CreateTool(host, { type: 'role' }),
  person: (host) => new CreateTool(host, { type: 'person' }),
}

export function registerTool(name: ToolName, factory: ToolFactory): void {
  TOOL_FACTORIES[name] = factory
}

export function hasTool(name: ToolName): boolean {
  return TOOL_FACTORIES[name] !== undefined
}
