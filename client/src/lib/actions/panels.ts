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
  panelAction('panel.matrix', 'matrix', { de: 'Rollenmatrix', en: 'Roles matrix' }),
  panelAction('panel.checks', 'checks', { de: 'Prüfungen', en: 'Checks' }),
  panelAction('panel.ecosystem', 'ecosystem', { de: 'Ökosystem', en: 'Ecosystem' }),
]
