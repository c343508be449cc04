import type { DomainPanel } from '../editor/domainView.svelte.ts'
import { defineAction, type Action } from './types.ts'

function panelAction(
  name: 'panel.matrix' | 'panel.checks' | 'panel.ecosystem',
  panel: DomainPanel,
  label: Action['label'],
): Action {
  return defineAction({
    name,
    group: 'view',
    label,
    keys: [],
    enabled: () => true,
    perform(editor) {
      editor.session.domain.toggle(panel)
    },
  })
}

/** The side panel's tabs: roles matrix, checks and ecosystem (components/domain/DomainPanels.svelte). */
export const PANEL_ACTIONS: readonly Action[] = [
  panelAction('panel.matrix', 'matrix', 'action.panel.matrix'),
  panelAction('panel.checks', 'checks', 'action.panel.checks'),
  panelAction('panel.ecosystem', 'ecosystem', 'action.panel.ecosystem'),
]
