import { createText } from '../../../../shared/ops/index.ts'
import { TEXT_BLOCK_PADDING } from '../../../../shared/geometry/textBlock.ts'
import { describeText } from '../../../../shared/picture/describe/text.ts'
import {
  DEFAULT_INK,
  DEFAULT_TEXT_FONT_SIZE,
  DEFAULT_TEXT_SIZE,
  INK_COLORS,
} from '../../../../shared/schema/index.ts'
import { FIELD_BACKGROUND, FIELD_LINE_HEIGHT, hitBox } from './box.ts'
import type { KindSpec } from './kindSpec.ts'

/** A free text block: its width is set, its height follows the wrapped text. */
export const TEXT: KindSpec<'text'> = {
  kind: 'text',
  draw: describeText,
  hit: (el, p, tolerance) => hitBox(el, p, tolerance),
  describe: (el, { t }) => t('list.text', { text: el.text || t('list.emptyText') }),
  text: {
    read: (el) => el.text,
    label: () => 'editor.textLabel',
    layout: (el) => ({
      rect: { x: el.x, y: el.y, w: el.w, h: el.h },
      fontSize: el.fontSize,
      lineHeight: el.fontSize * FIELD_LINE_HEIGHT,
      align: el.align,
      color: INK_COLORS[el.color],
      background: FIELD_BACKGROUND,
      padding: `${TEXT_BLOCK_PADDING}px`,
      fontWeight: 400,
    }),
    maxLength: () => undefined,
    enterEnds: false,
    oneLine: false,
    caret: 'selectAll',
    grows: true,
    list: { fieldLabel: 'editor.textLabel', empty: 'list.emptyText', buttonKind: () => 'text' },
  },
  creation: {
    ghost: (spec) => ({
      id: '',
      z: '',
      ...spec.rect,
      kind: 'text',
      type: 'text',
      text: '',
      fontSize: DEFAULT_TEXT_FONT_SIZE,
      color: DEFAULT_INK,
      align: 'left',
    }),
    create: (board, { rect }) => board.run(createText, rect),
    typeNow: true,
    placing: {
      size: DEFAULT_TEXT_SIZE,
      square: false,
      fromPointer: true,
      name: (_, t) => t('place.kind.text'),
    },
  },
  showsOthers: false,
}
