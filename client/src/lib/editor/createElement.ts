import type { NewElement } from '../tools/types.ts'
import type { Board } from '../model/board.svelte.ts'
import type { Session } from './session.svelte.ts'
import { createCard } from './createCard.ts'
import {
  createFrame,
  createNote,
  createShape,
  createStroke,
  createText,
  resizeElement,
} from '../../../../shared/ops/index.ts'

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
  let id: string | null = null
  switch (spec.type) {
    case 'note': {
      const { x, y, w, h } = spec.rect
      id = board.run(createNote, { x: x + w / 2, y: y + h / 2 })
      const made = id === null ? undefined : board.get(id)
      if (id !== null && made && (made.w !== Math.round(w) || made.h !== Math.round(h))) {
        board.run(resizeElement, {
          id,
          x: Math.round(x),
          y: Math.round(y),
          w: Math.round(w),
          h: Math.round(h),
        })
      }
      break
    }
    case 'text':
      id = board.run(createText, spec.rect)
      break
    case 'shape':
      id = board.run(createShape, { ...spec.rect, shape: spec.shape })
      break
    case 'frame':
      id = board.run(createFrame, spec.rect)
      break
    case 'actor':
    case 'role':
    case 'person':
      id = createCard(board, spec.type, spec.rect)
      break
    case 'stroke':
      id = board.run(createStroke, {
        points: spec.points,
        pressure: spec.pressure,
        color: session.penColor,
        width: session.penWidth,
      })
      break
  }
  if (id !== null) {
    session.select([id])
    // A card is named right away, like a note: its name is what it is about.
    const typeNow =
      spec.type === 'note' ||
      spec.type === 'text' ||
      spec.type === 'actor' ||
      spec.type === 'role' ||
      spec.type === 'person'
    if (typeNow || (options.editText === true && spec.type !== 'stroke')) editor.startEditing(id)
  }
  step.end()
  return id
}
