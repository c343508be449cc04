import type * as Y from 'yjs'
import { readBase, readText, type ElementBase, type UnknownElement } from './element.ts'
import { clampedOr, DEFAULT_INK, isInkColor, oneOfOr, type InkColor } from './palette.ts'

/** A free text block: text on the board without a note behind it (headings, labels). */
export const TEXT_ALIGNS = ['left', 'center', 'right'] as const
export type TextAlign = (typeof TEXT_ALIGNS)[number]

/** Font sizes offered (board units); any size within the bounds is read. */
export const TEXT_FONT_SIZES = { s: 16, m: 24, l: 36, xl: 56 } as const
export const DEFAULT_TEXT_FONT_SIZE = TEXT_FONT_SIZES.m
export const TEXT_FONT_SIZE_MIN = 8
export const TEXT_FONT_SIZE_MAX = 200
/** Size of a text block created by a click (board units). */
export const DEFAULT_TEXT_SIZE = { w: 240, h: 48 } as const

export interface TextElement extends ElementBase {
  kind: 'text'
  type: 'text'
  text: string
  fontSize: number
  color: InkColor
  align: TextAlign
}

export function readTextElement(id: string, map: Y.Map<unknown>): TextElement | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  const color = map.get('color')
  return {
    ...base,
    kind: 'text',
    type: 'text',
    text: readText(map),
    fontSize: clampedOr(
      map.get('fontSize'),
      TEXT_FONT_SIZE_MIN,
      TEXT_FONT_SIZE_MAX,
      DEFAULT_TEXT_FONT_SIZE,
    ),
    color: isInkColor(color) ? color : DEFAULT_INK,
    align: oneOfOr(TEXT_ALIGNS, map.get('align'), 'left'),
  }
}
