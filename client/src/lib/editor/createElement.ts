import type { NewElement } from '../tools/types.ts'
import type { Board } from '../model/board.svelte.ts'
import type { Session } from './session.svelte.ts'
import { creationOf } from '../kinds/index.ts'

/** What creating an element needs of the editor (the Editor is one). */
export interface CreationHost {
  readonly board: Board
  readonly session: Session
  stopEditing(): void
  stopListEditing(): void
  startEditing(id: string): void
}

/**
 * Makes what a creation tool asks for, selects it, and starts editing the text of a note or a
 * text block (with `editText`, of a shape's label or a frame's title too: placed by keyboard,
 * the person names it next), so a person can type right away. Creating and the first typing
 * are one undo step.
 */
export function createElementFor(
  editor: CreationHost,
  spec: NewElement,
  options: { editText?: boolean } = {},
): string | null {
  const { board, session } = editor
  if (!board.canEdit) return null
  editor.stopEditing()
  editor.stopListEditing()
  const step = board.openStep()
  const creation = creationOf(spec.type)
  const id = creation.create(board, spec, { color: session.penColor, width: session.penWidth })
  if (id !== null) {
    session.select([id])
    // A note, a text block or a card is named right away: its text is what it is about
    // (startEditing passes over kinds without a text, a stroke).
    if (creation.typeNow || options.editText === true) editor.startEditing(id)
  }
  step.end()
  return id
}
