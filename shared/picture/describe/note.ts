import { NOTE_COLORS, NOTE_INK, type Note } from '../../schema/index.ts'
import type { GroupPrimitive, Primitive } from '../primitives.ts'
import type { DescribeContext } from './context.ts'
import { centredLines, shadowOf } from './style.ts'

/** A sticky note: its shadow, its colour, and its text wrapped and shrunk to fit, centred. */
export function describeNote(note: Note, ctx: DescribeContext): GroupPrimitive {
  const children: Primitive[] = [
    shadowOf(note),
    { kind: 'rect', x: note.x, y: note.y, w: note.w, h: note.h, fill: NOTE_COLORS[note.color] },
  ]
  if (note.text !== '' && note.id !== ctx.editingId) {
    const layout = ctx.layouts.get(note.text, note.w, note.h)
    if (layout.lines.length > 0) {
      children.push({
        kind: 'text',
        lines: centredLines(
          layout.lines,
          note.x + note.w / 2,
          note.y + note.h / 2,
          layout.fontSize,
          layout.lineHeight,
        ),
        fontSize: layout.fontSize,
        weight: 400,
        fill: NOTE_INK,
        anchor: 'middle',
      })
    }
  }
  const text = note.text.trim()
  return {
    kind: 'group',
    elementId: note.id,
    meaning: text === '' ? ctx.words.emptyNote : ctx.words.note(text),
    children,
  }
}
