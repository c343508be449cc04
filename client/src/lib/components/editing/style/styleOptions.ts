import {
  ARROWHEADS,
  CONNECTOR_ROUTINGS,
  STROKE_STYLES,
} from '../../../../../../shared/schema/connector.ts'
import { NOTE_COLORS, NOTE_SIZES } from '../../../../../../shared/schema/note.ts'
import { FILL_COLORS, INK_COLORS } from '../../../../../../shared/schema/palette.ts'
import { TEXT_ALIGNS, TEXT_FONT_SIZES } from '../../../../../../shared/schema/text.ts'
import type { BoardElement } from '../../../../../../shared/schema/index.ts'
import type { StyleKey } from '../../../../../../shared/ops/styleRules.ts'
import { STYLE_LABELS } from './labels.ts'

/** One row of the style panel: which style key, which choices, how they look. */
export interface StyleRow {
  key: StyleKey
  /** Only for elements of these types (the same style key may mean different palettes). */
  types: readonly string[]
  label: keyof typeof STYLE_LABELS
  kind: 'swatches' | 'choices' | 'select'
  options: readonly { value: string | number; label: string; swatch?: string }[]
}

const names = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }))
const swatches = (palette: Record<string, string>) =>
  Object.entries(palette).map(([value, swatch]) => ({ value, label: value, swatch }))

export const STYLE_ROWS: readonly StyleRow[] = [
  {
    key: 'color',
    types: ['note'],
    label: 'noteColor',
    kind: 'swatches',
    options: swatches(NOTE_COLORS),
  },
  {
    key: 'noteSize',
    types: ['note'],
    label: 'noteSize',
    kind: 'choices',
    options: names(Object.keys(NOTE_SIZES)),
  },
  {
    key: 'color',
    types: ['text'],
    label: 'textColor',
    kind: 'swatches',
    options: swatches(INK_COLORS),
  },
  {
    key: 'fontSize',
    types: ['text'],
    label: 'fontSize',
    kind: 'choices',
    options: Object.entries(TEXT_FONT_SIZES).map(([label, value]) => ({ value, label })),
  },
  { key: 'align', types: ['text'], label: 'align', kind: 'choices', options: names(TEXT_ALIGNS) },
  {
    key: 'fill',
    types: ['shape'],
    label: 'fill',
    kind: 'swatches',
    options: swatches(FILL_COLORS),
  },
  {
    key: 'stroke',
    types: ['shape', 'stroke', 'connector'],
    label: 'stroke',
    kind: 'swatches',
    options: swatches(INK_COLORS),
  },
  {
    key: 'strokeWidth',
    types: ['shape', 'stroke', 'connector'],
    label: 'strokeWidth',
    kind: 'choices',
    options: [
      { value: 2, label: 's' },
      { value: 4, label: 'm' },
      { value: 8, label: 'l' },
    ],
  },
  {
    key: 'strokeStyle',
    types: ['shape', 'connector'],
    label: 'strokeStyle',
    kind: 'choices',
    options: names(STROKE_STYLES),
  },
  {
    key: 'routing',
    types: ['connector'],
    label: 'routing',
    kind: 'choices',
    options: names(CONNECTOR_ROUTINGS),
  },
  {
    key: 'startArrowhead',
    types: ['connector'],
    label: 'startArrowhead',
    kind: 'select',
    options: names(ARROWHEADS),
  },
  {
    key: 'endArrowhead',
    types: ['connector'],
    label: 'endArrowhead',
    kind: 'select',
    options: names(ARROWHEADS),
  },
]

/** The value of a style key as an element shows it (for pressed buttons), if it has one. */
export function styleValue(el: BoardElement, key: StyleKey): unknown {
  const record = el as unknown as Record<string, unknown>
  if (key === 'noteSize') {
    const size = Object.entries(NOTE_SIZES).find(([, side]) => el.w === side && el.h === side)
    return size?.[0]
  }
  if (el.kind === 'stroke' && key === 'stroke') return record.color
  if (el.kind === 'stroke' && key === 'strokeWidth') return record.width
  return record[key]
}
