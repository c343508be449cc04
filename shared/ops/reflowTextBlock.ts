import type * as Y from 'yjs'
import { textBlockHeight } from '../geometry/textBlock.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getElement } from '../schema/doc.ts'
import { DEFAULT_TEXT_FONT_SIZE } from '../schema/text.ts'
import { MIN_ELEMENT_SIZE } from './resizeElement.ts'

export interface ReflowTextBlockInput {
  id: string
  x: number
  y: number
  w: number
  /** How many lines its text wraps into at width `w` (measured by the caller, who has fonts). */
  lines: number
}

/**
 * Resizes a text block by its width: the height follows the wrapped text (lines × line height
 * plus padding), as in Excalidraw and tldraw, so a narrower block grows downwards instead of
 * cutting its text. Only text blocks; anything else is left alone.
 */
export function reflowTextBlock(
  doc: Y.Doc,
  input: ReflowTextBlockInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const el = getElement(doc, input.id)
  if (el?.get('type') !== 'text') return
  if (![input.x, input.y, input.w, input.lines].every(Number.isFinite)) return
  const size = el.get('fontSize')
  const fontSize = typeof size === 'number' && size > 0 ? size : DEFAULT_TEXT_FONT_SIZE
  const h = Math.max(MIN_ELEMENT_SIZE, textBlockHeight(input.lines, fontSize))
  doc.transact(() => {
    el.set('x', input.x)
    el.set('y', input.y)
    el.set('w', Math.max(MIN_ELEMENT_SIZE, input.w))
    if (el.get('h') !== h) el.set('h', h)
  }, origin)
}
