import { NOTE_COLORS, type Note } from '../../schema/index.ts'
import type { GroupPrimitive, Primitive } from '../primitives.ts'
import type { DescribeContext } from './context.ts'
import { fittedText, shadowOf } from './style.ts'

/** A sticky note: its shadow, its colour, and its text wrapped and shrunk to fit, centred. */
export function describeNote(note: Note, ctx: DescribeContext): GroupPrimitive {
  const children: Primitive[] = [
    shadowOf(note),
    { kind: 'rect', x: note.x, y: note.y, w: note.w, h: note.h, fill: NOTE_COLORS[note.color] },
  ]
  if (note.text !== '' && note.id !== ctx.editingId) {
    const text = fittedText(note.text, note, ctx)
    if (text) children.push(text)
  }
  const text = note.text.trim()
  return {
    kind: 'group',
    elementId: note.id,
    meaning: text === '' ? ctx.words.emptyNote : ctx.words.note(text),
    children,
  }
}
