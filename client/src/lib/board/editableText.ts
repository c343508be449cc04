import type {
  BoardElement,
  Connector,
  Frame,
  Note,
  Shape,
  TextElement,
} from '../../../../shared/schema/index.ts'

/**
 * Elements whose text can be edited in place: a note, a text block, a shape's label, a frame's
 * title, a connector's label.
 */
export type TextBearing = Note | TextElement | Shape | Frame | Connector

export function hasEditableText(el: BoardElement | undefined): el is TextBearing {
  return (
    el?.kind === 'note' ||
    el?.kind === 'text' ||
    el?.kind === 'shape' ||
    el?.kind === 'frame' ||
    el?.kind === 'connector'
  )
}
