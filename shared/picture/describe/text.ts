import { TEXT_BLOCK_LINE_HEIGHT, TEXT_BLOCK_PADDING } from '../../geometry/textBlock.ts'
import { INK_COLORS, type TextElement } from '../../schema/index.ts'
import type { GroupPrimitive, TextLine } from '../primitives.ts'
import type { DescribeContext } from './context.ts'
import { lineAt } from './style.ts'

const ANCHORS = { left: 'start', center: 'middle', right: 'end' } as const

/** A free text block: the text at its own size, wrapped to the block's width, in its ink. */
export function describeText(el: TextElement, ctx: DescribeContext): GroupPrimitive {
  const group: GroupPrimitive = {
    kind: 'group',
    elementId: el.id,
    meaning: ctx.words.text(el.text.trim()),
    children: [],
  }
  if (el.id === ctx.editingId || el.text === '') return group
  const lines = ctx.blocks.get(el.text, el.w, el.fontSize)
  const lineHeight = el.fontSize * TEXT_BLOCK_LINE_HEIGHT
  const x =
    el.align === 'left'
      ? el.x + TEXT_BLOCK_PADDING
      : el.align === 'right'
        ? el.x + el.w - TEXT_BLOCK_PADDING
        : el.x + el.w / 2
  const laid: TextLine[] = []
  let middle = el.y + TEXT_BLOCK_PADDING + lineHeight / 2
  for (const line of lines) {
    laid.push(lineAt(line, x, middle, el.fontSize))
    middle += lineHeight
  }
  return {
    ...group,
    children: [
      {
        kind: 'text',
        lines: laid,
        fontSize: el.fontSize,
        weight: 400,
        fill: INK_COLORS[el.color],
        anchor: ANCHORS[el.align],
      },
    ],
  }
}
