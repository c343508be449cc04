import { t } from '../i18n/i18n.svelte.ts'
import { hasTool } from '../tools/registry.ts'
import { TOOL_LIST } from '../tools/toolList.ts'
import type { ToolName } from '../tools/types.ts'
import { defineAction, type Action } from './types.ts'

/** Tools anyone may pick; the rest create or change elements and need the edit right. */
const VIEW_TOOLS: readonly ToolName[] = ['select', 'hand']

/** How to use a tool once picked, for screen readers: the keyboard way, if there is one. */
function toolHint(name: ToolName, label: string): string | null {
  if (name === 'arrow' || name === 'line') return t('place.connectorPicked', { tool: label })
  if (name === 'pen') return t('place.penPicked', { tool: label })
  if (VIEW_TOOLS.includes(name) || name === 'eraser') return null
  return t('place.toolPicked', { tool: label })
}

/**
 * One action per tool (`tool.<name>`), from the tool list engineer A keeps in tools/toolList.ts:
 * its keys pick the tool, and the help dialog lists them. Tools without a factory yet are absent.
 */
export const TOOL_ACTIONS: readonly Action[] = TOOL_LIST.map((tool) =>
  defineAction({
    name: `tool.${tool.name}`,
    group: 'tools',
    label: tool.label,
    keys: tool.keys,
    icon: tool.icon,
    enabled: (editor) => hasTool(tool.name) && (editor.canEdit || VIEW_TOOLS.includes(tool.name)),
    perform(editor) {
      editor.setTool(tool.name)
      const hint = toolHint(tool.name, t(tool.label))
      if (hint !== null && editor.session.tool === tool.name) editor.session.announce(hint)
    },
  }),
)
