import type { Editor } from '../editor/editor.svelte.ts'
import { describeConnector } from '../kinds/describeConnector.ts'
import { t } from '../i18n/i18n.svelte.ts'
import { defineAction, type Action } from './types.ts'

/**
 * The two selected elements a connector would join, in selection order (the first selected is
 * the start); null unless exactly two elements are selected and neither is a connector.
 */
export function connectableEnds(editor: Editor): [string, string] | null {
  const ids = [...editor.session.selection]
  if (ids.length !== 2) return null
  const [from, to] = ids as [string, string]
  const ok = (id: string): boolean => {
    const el = editor.board.get(id)
    return el !== undefined && el.kind !== 'connector'
  }
  return ok(from) && ok(to) ? [from, to] : null
}

/** Connecting by keyboard: an arrow bound to both selected elements, one undo step. */
export const CONNECT_ACTIONS: readonly Action[] = [
  defineAction({
    name: 'connect',
    group: 'arrange',
    label: 'action.connect',
    keys: ['Mod+K'],
    enabled: (editor) => editor.canEdit && connectableEnds(editor) !== null,
    perform(editor) {
      const ends = connectableEnds(editor)
      if (!ends) return false
      const [from, to] = ends
      const id = editor.createConnector({ from: { elementId: from }, to: { elementId: to } })
      if (id === null) return false
      const connector = editor.board.get(id)
      if (connector?.kind !== 'connector') return
      const lookup = (other: string) => editor.board.get(other)
      const description = describeConnector(connector, lookup, t)
      editor.session.announce(t('connect.done', { description }))
    },
  }),
]
