import { describe, expect, it } from 'vitest'
import { reportToFlow } from '../../../../server/export/pdf/reportFlow.ts'
import type { Picture } from '../../../../shared/picture/primitives.ts'
import {
  heading,
  numberCell,
  paragraph,
  percentCell,
  textCell,
  type ReportDocument,
} from '../../../../shared/report/document.ts'

const PICTURE: Picture = { bounds: { x: 0, y: 0, w: 10, h: 10 }, items: [] }

const REPORT: ReportDocument = {
  language: 'de',
  title: 'Workshop-Bericht: Musterstadt',
  date: '2026-12-07',
  blocks: [
    heading(1, 'Workshop-Bericht: Musterstadt'),
    paragraph('Stand 7. Dezember 2026'),
    { kind: 'list', items: [[{ text: 'CDO', bold: true }, { text: ': unbesetzt' }]] },
    {
      kind: 'table',
      caption: 'Zuordnungen',
      header: ['Rolle', 'Anzahl', 'Anteil'],
      rows: [
        [textCell('CIO'), numberCell(1234.5), percentCell(50)],
        [textCell('DSB'), numberCell(2), percentCell(120)],
      ],
    },
    { kind: 'table', caption: 'Leer', header: ['Rolle'], rows: [] },
    {
      kind: 'figure',
      frameId: 'f1',
      title: 'Rahmen „Ideen“',
      alt: 'Rahmen „Ideen“ mit 3 Notizen.',
    },
    { kind: 'figure', frameId: 'gone', title: 'Rahmen „Weg“', alt: 'weg' },
  ],
}

describe('reportToFlow', () => {
  const flow = reportToFlow(REPORT, (id) => (id === 'f1' ? PICTURE : null))

  it('keeps the title, headings, paragraphs and lists as they are', () => {
    expect(flow.title).toBe('Workshop-Bericht: Musterstadt')
    expect(flow.blocks.slice(0, 3)).toEqual(REPORT.blocks.slice(0, 3))
  })

  it('writes cells as text in the report’s language and sets number columns flush right', () => {
    expect(flow.blocks[3]).toEqual({
      kind: 'table',
      caption: 'Zuordnungen',
      header: ['Rolle', 'Anzahl', 'Anteil'],
      rows: [
        ['CIO', '1.234,5', '50 %'],
        ['DSB', '2', '120 %'],
      ],
      numeric: [false, true, true],
    })
    expect(flow.blocks[4]).toMatchObject({ numeric: [false] })
  })

  it('draws each frame’s figure from its picture, the caption alone for a frame that is gone', () => {
    expect(flow.blocks[5]).toEqual({
      kind: 'figure',
      picture: PICTURE,
      alt: 'Rahmen „Ideen“ mit 3 Notizen.',
      caption: 'Rahmen „Ideen“',
    })
    expect(flow.blocks[6]).toMatchObject({ picture: null, caption: 'Rahmen „Weg“' })
  })
})
