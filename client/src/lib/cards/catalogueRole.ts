import { createRole } from '../../../../shared/ops/createRole.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import { i18n } from '../i18n/i18n.svelte.ts'

/**
 * Places a role from the catalogue centred on a board point, with the catalogue's wording in
 * the person's language (editable afterwards; the card keeps its catalogue entry). One undo step.
 */
export function createCatalogueRole(
  editor: Editor,
  catalogueId: string,
  centre: { x: number; y: number },
): string | null {
  return editor.board.run(createRole, {
    x: centre.x,
    y: centre.y,
    catalogueId,
    locale: i18n.locale,
  })
}
