import { createNote, resizeElement } from '../../../../shared/ops/index.ts'
import { NOTE_TEXT_OPTIONS, TextLayoutCache } from '../../../../shared/picture/text/noteLayout.ts'
import { describeNote } from '../../../../shared/picture/describe/note.ts'
import {
  DEFAULT_NOTE_COLOR,
  DEFAULT_NOTE_SIZE,
  NOTE_COLORS,
  NOTE_INK,
  NOTE_SIZES,
} from '../../../../shared/schema/index.ts'
import { colorLabel } from '../i18n/i18n.svelte.ts'
import { hitBox } from './box.ts'
import type { KindSpec } from './kindSpec.ts'

/** The layout every picture of a note uses (the font's metrics), so typing wraps as drawn. */
const layouts = new TextLayoutCache(undefined, 200)

/** A sticky note: text wrapped and shrunk into its square, on its colour. */
export const NOTE: KindSpec<'note'> = {
  kind: 'note',
  draw: describeNote,
  hit: (el, p, tolerance) => hitBox(el, p, tolerance),
  describe: (el, { t }) =>
    t('list.itemLabel', { text: el.text || t('list.emptyNote'), color: colorLabel(el.color) }),
  text: {
    read: (el) => el.text,
    label: () => 'editor.label',
    layout(note, value) {
      // Same layout as the canvas draws: the font shrinks as the text grows.
      const layout = layouts.get(value, note.w, note.h)
      const pad = NOTE_TEXT_OPTIONS.padding
      const top = Math.max(pad, (note.h - Math.max(1, layout.lines.length) * layout.lineHeight) / 2)
      return {
        rect: { x: note.x, y: note.y, w: note.w, h: note.h },
        fontSize: layout.fontSize,
        lineHeight: layout.lineHeight,
        align: 'center',
        color: NOTE_INK,
        background: NOTE_COLORS[note.color],
        padding: `${top}px ${pad}px ${pad}px`,
        fontWeight: 400,
      }
    },
    maxLength: () => undefined,
    enterEnds: false,
    oneLine: false,
    caret: 'end',
    grows: false,
    list: { fieldLabel: 'list.textLabel', empty: 'list.emptyNote', buttonKind: () => null },
  },
  creation: {
    ghost: (spec) => ({
      id: '',
      z: '',
      ...spec.rect,
      kind: 'note',
      type: 'note',
      color: DEFAULT_NOTE_COLOR,
      text: '',
    }),
    create(board, { rect }) {
      const { x, y, w, h } = rect
      const id = board.run(createNote, { x: x + w / 2, y: y + h / 2 })
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
      return id
    },
    typeNow: true,
    placing: {
      size: { w: NOTE_SIZES[DEFAULT_NOTE_SIZE], h: NOTE_SIZES[DEFAULT_NOTE_SIZE] },
      square: true,
      fromPointer: false,
      name: (_, t) => t('place.kind.note'),
    },
  },
  showsOthers: false,
}
