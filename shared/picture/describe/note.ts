import { NOTE_COLORS, NOTE_INK, type Note } from '../../schema/index.ts'
import type { GroupPrimitive, Primitive } from '../primitives.ts'
import type { DescribeContext } from './context.ts'
import { farTitle } from './farTitle.ts'
import { fittedText, shadowOf } from './style.ts'

function box(note: Note): { x: number; y: number; w: number; h: number } {
  return { x: note.x, y: note.y, w: note.w, h: note.h }
}

/**
 * A sticky note: its shadow, its colour, and its text wrapped and shrunk to fit, centred; zoomed
 * out (`ctx.titleSize`), as much of its text as fits at that size.
 */
export function describeNote(note: Note, ctx: DescribeContext): GroupPrimitive {
  const children: Primitive[] = [
    shadowOf(note),
    { kind: 'rect', x: note.x, y: note.y, w: note.w, h: note.h, fill: NOTE_COLORS[note.color] },
  ]
  if (note.text !== '' && note.id !== ctx.editingId) {
    const text =
      ctx.titleSize === undefined
        ? fittedText(note.text, note, ctx)
        : farTitle(note.text, {
            ...box(note),
            fontSize: ctx.titleSize,
            weight: 400,
            fill: NOTE_INK,
            anchor: 'middle',
          })
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
