import type { Locale } from '../vocabulary/label.ts'
import type { FillColor } from '../schema/palette.ts'
import { TemplateBuilder } from './builder.ts'
import type { BoardTemplate } from './template.ts'

const CELL = { w: 640, h: 440 }
const LEFT = 120
const TOP = 80

const WORDS = {
  de: {
    title: 'Stakeholder-Matrix',
    influence: 'Einfluss',
    interest: 'Interesse',
    quadrants: [
      ['Zufriedenstellen', 'Großer Einfluss, geringes Interesse'],
      ['Eng einbinden', 'Großer Einfluss, großes Interesse'],
      ['Beobachten', 'Geringer Einfluss, geringes Interesse'],
      ['Informiert halten', 'Geringer Einfluss, großes Interesse'],
    ],
  },
  en: {
    title: 'Stakeholder matrix',
    influence: 'Influence',
    interest: 'Interest',
    quadrants: [
      ['Keep satisfied', 'High influence, low interest'],
      ['Manage closely', 'High influence, high interest'],
      ['Monitor', 'Low influence, low interest'],
      ['Keep informed', 'Low influence, high interest'],
    ],
  },
} as const

const FILLS: FillColor[] = ['orange', 'pink', 'grey', 'blue']

function build(locale: Locale) {
  const b = new TemplateBuilder()
  const words = WORDS[locale]
  b.frame({ x: 0, y: 0, w: LEFT + 2 * CELL.w + 40, h: TOP + 2 * CELL.h + 120 }, words.title)
  words.quadrants.forEach(([name, hint], i) => {
    const x = LEFT + (i % 2) * CELL.w
    const y = TOP + Math.floor(i / 2) * CELL.h
    // The coloured quadrant and the axes only draw the matrix; its words are the texts.
    b.shape({ x, y, ...CELL }, { shape: 'rectangle', fill: FILLS[i] ?? 'white', decoration: true })
    b.text({ x: x + 20, y: y + 16, w: CELL.w - 40, h: 40 }, name, { fontSize: 28 })
    b.text({ x: x + 20, y: y + 58, w: CELL.w - 40, h: 30 }, hint, { fontSize: 18, color: 'grey' })
  })
  const origin = { x: LEFT, y: TOP + 2 * CELL.h }
  const axis = { stroke: 'ink', endArrowhead: 'triangle', decoration: true } as const
  b.line(origin, { x: LEFT, y: TOP - 20 }, axis)
  b.line(origin, { x: LEFT + 2 * CELL.w + 20, y: origin.y }, axis)
  b.text({ x: 16, y: TOP + CELL.h - 20, w: 100, h: 40 }, words.influence, { fontSize: 22 })
  b.text({ x: LEFT + CELL.w - 100, y: origin.y + 24, w: 200, h: 40 }, words.interest, {
    fontSize: 22,
    align: 'center',
  })
  return b.elements
}

/** "Stakeholder-Matrix": influence × interest in four quadrants. */
export const STAKEHOLDER_MATRIX_TEMPLATE: BoardTemplate = {
  id: 'stakeholderMatrix',
  label: { de: 'Stakeholder-Matrix', en: 'Stakeholder matrix' },
  description: {
    de: 'Einfluss × Interesse: wen eng einbinden, wen zufriedenstellen, wen informieren, wen beobachten.',
    en: 'Influence × interest: whom to manage closely, keep satisfied, keep informed or monitor.',
  },
  build,
}
