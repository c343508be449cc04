import type { BoardElement } from '../../../../shared/schema/index.ts'
import type { DragHooks, Editor } from '../editor/editor.svelte.ts'
import { askRaci } from './raciChooser.svelte.ts'

type Placed = { id: string; x: number; y: number }

/**
 * The role card under the centre of a person card placed at (x, y): the topmost one, as a
 * person sees it. Null when the moved element is not one person card, or no role is there.
 */
export function roleUnder(
  elements: readonly BoardElement[],
  lookup: (id: string) => BoardElement | undefined,
  moved: readonly Placed[],
): string | null {
  if (moved.length !== 1) return null
  const placed = moved[0]!
  const person = lookup(placed.id)
  if (person?.kind !== 'person') return null
  const cx = placed.x + person.w / 2
  const cy = placed.y + person.h / 2
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!
    if (el.kind !== 'role') continue
    if (cx >= el.x && cx <= el.x + el.w && cy >= el.y && cy <= el.y + el.h) return el.id
  }
  return null
}

/**
 * While a person card is dragged over a role card, the role is outlined (the connector
 * binding's outline): letting go there asks for the person's letter.
 */
export function showDropTarget(editor: Editor, moved: readonly Placed[]): void {
  const { board } = editor
  // Only a single card: dragging a frame with people in it is moving, not assigning.
  if (moved.length !== 1) return
  const role = roleUnder(board.elements, (id) => board.get(id), moved)
  if (editor.session.bindTarget !== role) editor.setBindTarget(role)
}

/**
 * Letting go of a person card on a role card asks which letter the person takes (R, A, C or
 * I: `raciChooser`); the answer assigns them and seats the card under the role's title. The
 * move stays whatever the answer. Returns the role's id, or null when the drop was not onto a
 * role.
 */
export function askOnDrop(editor: Editor, movedIds: ReadonlySet<string>): string | null {
  const { board, session } = editor
  if (movedIds.size !== 1) return null
  const [personId] = movedIds
  const person = personId === undefined ? undefined : board.get(personId)
  if (person?.kind !== 'person') return null
  const roleId = roleUnder(board.elements, (id) => board.get(id), [person])
  session.bindTarget = null
  const role = roleId === null ? undefined : board.get(roleId)
  if (role?.kind !== 'role' || !board.canEdit) return null
  askRaci(editor, person.id, role.id, { x: person.x + person.w / 2, y: person.y + person.h / 2 })
  return role.id
}

/** Dropping a person card on a role card asks for the letter: plugged into the editor by the page. */
export const DROP_ON_ROLE: DragHooks = { moved: showDropTarget, dropped: askOnDrop }
