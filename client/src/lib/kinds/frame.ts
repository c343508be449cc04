import { createFrame } from '../../../../shared/ops/index.ts'
import type { Point } from '../../../../shared/geometry/types.ts'
import { describeFrame, FRAME_TITLE_BAND } from '../../../../shared/picture/describe/frame.ts'
import {
  DEFAULT_FRAME_SIZE,
  FRAME_TITLE_MAX,
  NOTE_INK,
  type Frame,
} from '../../../../shared/schema/index.ts'
import { containsPoint } from '../geometry/geometry.ts'
import { FIELD_BACKGROUND, FIELD_LINE_HEIGHT } from './box.ts'
import type { KindSpec } from './kindSpec.ts'

/** The title band as drawn: at most half the frame. */
function titleBand(frame: Frame): number {
  return Math.min(FRAME_TITLE_BAND, frame.h / 2)
}

/** A frame is grabbed by its title band and its border, so its empty inside is free for selecting and panning. */
function hitFrame(el: Frame, p: Point, tolerance: number): boolean {
  if (!containsPoint(el, p, tolerance)) return false
  if (p.y <= el.y + titleBand(el)) return true
  const inner = {
    x: el.x + tolerance,
    y: el.y + tolerance,
    w: el.w - 2 * tolerance,
    h: el.h - 2 * tolerance,
  }
  return !containsPoint(inner, p)
}

/** A frame: a titled area that holds what lies in it (an agenda step, a slide). */
export const FRAME: KindSpec<'frame'> = {
  kind: 'frame',
  draw: describeFrame,
  hit: hitFrame,
  describe: (el, { t }) => t('list.frame', { text: el.text || t('list.emptyText') }),
  text: {
    read: (el) => el.text,
    label: () => 'editor.frameLabel',
    layout(el) {
      const band = titleBand(el)
      const fontSize = Math.min(20, band * 0.7)
      return {
        rect: { x: el.x, y: el.y, w: el.w, h: band },
        fontSize,
        lineHeight: fontSize * FIELD_LINE_HEIGHT,
        align: 'left',
        color: NOTE_INK,
        background: FIELD_BACKGROUND,
        padding: '8px',
        fontWeight: 600,
      }
    },
    maxLength: () => FRAME_TITLE_MAX,
    enterEnds: true,
    oneLine: false,
    caret: 'selectAll',
    grows: false,
    list: { fieldLabel: 'editor.frameLabel', empty: 'list.emptyText', buttonKind: () => 'frame' },
  },
  creation: {
    ghost: (spec) => ({ id: '', z: '', ...spec.rect, kind: 'frame', type: 'frame', text: '' }),
    create: (board, { rect }) => board.run(createFrame, rect),
    typeNow: false,
    placing: {
      size: DEFAULT_FRAME_SIZE,
      square: false,
      fromPointer: false,
      name: (_, t) => t('place.kind.frame'),
    },
  },
  showsOthers: false,
}
