import type { MessageKey } from '../i18n/i18n.svelte.ts'
import type { ToolName } from './types.ts'

export interface ToolInfo {
  name: ToolName
  /** What the toolbar button and the help dialog call it (`tool.<name>`). */
  label: MessageKey
  /** Shortcut descriptors (as in actions/types.ts): single letters, or Shift with one. */
  keys: readonly string[]
  /** An SVG path in a 24×24 view box, drawn as a 2-unit outline in the text colour. */
  icon: string
}

/**
 * The tools in toolbar order, with their shortcuts and icons: the one list the toolbar, the
 * keyboard and the help dialog share. A tool shows only once it has a factory in
 * tools/registry.ts ('arrow' and 'line' come with the connector tools).
 */
export const TOOL_LIST: readonly ToolInfo[] = [
  {
    name: 'select',
    label: 'tool.select',
    keys: ['V'],
    icon: 'M6 3l12 9-5.5 1.2L15 19l-2.4 1.2-2.6-5.6L6 18z',
  },
  {
    name: 'hand',
    label: 'tool.hand',
    keys: ['H'],
    icon: 'M8 13V6a1.5 1.5 0 0 1 3 0v5M11 11V4.5a1.5 1.5 0 0 1 3 0V11M14 11V6a1.5 1.5 0 0 1 3 0v8c0 4-2.5 7-6 7-3 0-4.5-1.5-6-4.5l-1.5-3a1.5 1.5 0 0 1 2.6-1.5L8 14',
  },
  {
    name: 'note',
    label: 'tool.note',
    keys: [],
    icon: 'M4 4h16v11l-5 5H4zM15 20v-5h5',
  },
  {
    name: 'text',
    label: 'tool.text',
    keys: ['T'],
    icon: 'M5 6V4h14v2M12 4v16M9 20h6',
  },
  {
    name: 'rectangle',
    label: 'tool.rectangle',
    keys: ['R'],
    icon: 'M4 6h16v12H4z',
  },
  {
    name: 'roundedRectangle',
    label: 'tool.roundedRectangle',
    keys: [],
    icon: 'M8 6h8a4 4 0 0 1 4 4v4a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4v-4a4 4 0 0 1 4-4z',
  },
  {
    name: 'ellipse',
    label: 'tool.ellipse',
    keys: ['O'],
    icon: 'M12 5c4.4 0 8 3.1 8 7s-3.6 7-8 7-8-3.1-8-7 3.6-7 8-7z',
  },
  {
    name: 'diamond',
    label: 'tool.diamond',
    keys: ['D'],
    icon: 'M12 3l9 9-9 9-9-9z',
  },
  {
    name: 'arrow',
    label: 'tool.arrow',
    keys: ['A'],
    icon: 'M5 19L19 5M11 5h8v8',
  },
  {
    name: 'line',
    label: 'tool.line',
    keys: ['L'],
    icon: 'M5 19L19 5',
  },
  {
    name: 'frame',
    label: 'tool.frame',
    keys: ['F'],
    icon: 'M7 3v18M17 3v18M3 7h18M3 17h18',
  },
  {
    name: 'pen',
    label: 'tool.pen',
    keys: ['P', 'X'],
    icon: 'M4 20l1.2-4.2L16 5l3 3L8.2 18.8zM14 7l3 3',
  },
  {
    name: 'eraser',
    label: 'tool.eraser',
    keys: ['E'],
    icon: 'M9 20h11M5.5 15.5l9-9 5 5-8.5 8.5H9.5zM10 11l5 5',
  },
  // The domain cards. Shift with the initial (Akteur:in/Actor, Rolle/Role, Person) in both
  // languages: the plain letters belong to the arrow, rectangle and pen.
  {
    name: 'actor',
    label: 'tool.actor',
    keys: ['Shift+A'],
    icon: 'M3 6h18v13H3zM3 10h18M7 14h6',
  },
  {
    name: 'role',
    label: 'tool.role',
    keys: ['Shift+R'],
    icon: 'M4 5h16v14H4zM8 9h8M8 13h5M15 16l1.5 1.5L19 15',
  },
  {
    name: 'person',
    label: 'tool.person',
    keys: ['Shift+P'],
    icon: 'M12 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM5 20c0-3.9 3.1-7 7-7s7 3.1 7 7',
  },
]

const BY_NAME = new Map<ToolName, ToolInfo>(TOOL_LIST.map((t) => [t.name, t]))

export function toolInfo(name: ToolName): ToolInfo | undefined {
  return BY_NAME.get(name)
}

/**
 * The tools a participant needs on a phone (the bottom bar); the others are under "Weitere
 * Werkzeuge".
 */
export const PHONE_TOOLS: readonly ToolName[] = ['select', 'hand', 'note', 'actor', 'person', 'pen']

/**
 * The tools of the floating bar on a laptop screen too short for all of them (1024 × 768):
 * the shapes but the rectangle, the line and the eraser go under "Weitere Werkzeuge".
 */
export const SHORT_SCREEN_TOOLS: readonly ToolName[] = [
  'select',
  'hand',
  'note',
  'text',
  'rectangle',
  'arrow',
  'frame',
  'pen',
  'actor',
  'role',
  'person',
]

/** The tools shown as buttons and those under "Weitere Werkzeuge", each in toolbar order. */
export function splitTools(
  tools: readonly ToolInfo[],
  shown: readonly ToolName[] | null,
): { shown: ToolInfo[]; more: ToolInfo[] } {
  if (shown === null) return { shown: [...tools], more: [] }
  return {
    shown: tools.filter((tool) => shown.includes(tool.name)),
    more: tools.filter((tool) => !shown.includes(tool.name)),
  }
}
