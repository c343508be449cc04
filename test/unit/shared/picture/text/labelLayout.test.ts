import { describe, expect, test } from 'vitest'
import { measureText } from '../../../../../shared/picture/font/measure.ts'
import {
  LABEL_FONT_SIZE,
  LABEL_PADDING,
  layoutLabel,
} from '../../../../../shared/picture/text/labelLayout.ts'
import { TextBlockLines } from '../../../../../shared/picture/text/textBlockLayout.ts'
import { TEXT_BLOCK_PADDING } from '../../../../../shared/geometry/textBlock.ts'

describe('layoutLabel', () => {
  test('a two-line label is centred on its point, as wide as its widest line', () => {
    const label = layoutLabel('finanziert\nüber Umlage', { x: 100, y: 50 })
    const widest = measureText('über Umlage', LABEL_FONT_SIZE)
    expect(label.box.w).toBeCloseTo(widest + 2 * LABEL_PADDING, 6)
    expect(label.box.x + label.box.w / 2).toBeCloseTo(100, 6)
    expect(label.box.y + label.box.h / 2).toBeCloseTo(50, 6)
    expect(label.lines).toEqual(['finanziert', 'über Umlage'])
    expect(label.middles).toHaveLength(2)
    for (const middle of label.middles) {
      expect(middle).toBeGreaterThan(label.box.y)
      expect(middle).toBeLessThan(label.box.y + label.box.h)
    }
  })
})

describe('TextBlockLines', () => {
  test('wraps a text block to its width less the padding, and remembers it', () => {
    const blocks = new TextBlockLines()
    const lines = blocks.get('Ziele des Workshops: Rollen klären und Lücken finden', 200, 20)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) {
      expect(measureText(line, 20)).toBeLessThanOrEqual(200 - 2 * TEXT_BLOCK_PADDING)
    }
    expect(blocks.get('Ziele des Workshops: Rollen klären und Lücken finden', 200, 20)).toBe(lines)
  })
})
