import { describe, expect, it } from 'vitest'
import { ExportRefused } from '../../../../server/export/formats.ts'
import { pdfMessages } from '../../../../server/export/pdf/messages.ts'
import { planPages } from '../../../../server/export/pdf/pagePlan.ts'
import type { BoardElement, Frame, Note } from '../../../../shared/schema/index.ts'

let z = 0
function frame(id: string, title: string, x: number, y: number): Frame {
  return {
    id,
    kind: 'frame',
    type: 'frame',
    x,
    y,
    w: 800,
    h: 450,
    z: `a${++z}`,
    text: title,
  } as Frame
}
function note(id: string, x: number, y: number): Note {
  const base = { id, kind: 'note', type: 'note', x, y, w: 180, h: 180, z: `a${++z}` } as const
  return { ...base, color: 'yellow', text: id }
}

// Stacked in the document out of agenda order: the third step was drawn first.
const ELEMENTS: BoardElement[] = [
  frame('f3', 'Maßnahmen', 0, 1000),
  frame('f1', 'Rollen klären', 0, 0),
  frame('f2', '  ', 1000, 10),
  note('n1', 100, 100),
]
const DE = pdfMessages('de')

describe('planPages', () => {
  it('writes the whole board as an overview, then a page per frame in agenda order', () => {
    const plan = planPages(ELEMENTS, 'Digitalstrategie', { scope: 'board' }, DE)
    expect(plan.map((p) => p.heading)).toEqual([
      'Digitalstrategie',
      'Rollen klären',
      'Rahmen 2',
      'Maßnahmen',
    ])
    expect(plan.map((p) => p.area)).toEqual([
      { scope: 'board' },
      { scope: 'frame', frame: 'f1' },
      { scope: 'frame', frame: 'f2' },
      { scope: 'frame', frame: 'f3' },
    ])
    expect(plan[0]!.subject).toBe('Board „Digitalstrategie“')
    expect(plan[1]!.subject).toBe('Rahmen „Rollen klären“')
  })

  it('writes a board without frames as its overview alone', () => {
    expect(planPages([note('n1', 0, 0)], 'B', { scope: 'board' }, DE)).toHaveLength(1)
  })

  it('writes one frame on its own page, with the heading it has in the agenda', () => {
    const plan = planPages(ELEMENTS, 'B', { scope: 'frame', frame: 'f2' }, DE)
    expect(plan).toEqual([
      { heading: 'Rahmen 2', subject: 'Rahmen „Rahmen 2“', area: { scope: 'frame', frame: 'f2' } },
    ])
  })

  it('refuses a frame the board does not have, or no frame at all', () => {
    for (const frameId of ['nope', 'n1']) {
      const run = (): unknown => planPages(ELEMENTS, 'B', { scope: 'frame', frame: frameId }, DE)
      expect(run).toThrow(ExportRefused)
      expect(run).toThrow(expect.objectContaining({ code: 'unknown_frame' }))
    }
    const none = (): unknown => planPages(ELEMENTS, 'B', { scope: 'frame' }, DE)
    expect(none).toThrow(expect.objectContaining({ code: 'frame_required' }))
  })

  it('writes the selection on one page, keeping only ids the board has', () => {
    const plan = planPages(ELEMENTS, 'B', { scope: 'selection', ids: ['n1', 'gone', 'f1'] }, DE)
    expect(plan).toEqual([
      {
        heading: 'B: Auswahl',
        subject: 'Auswahl',
        area: { scope: 'selection', ids: ['n1', 'f1'] },
      },
    ])
    const none = (): unknown => planPages(ELEMENTS, 'B', { scope: 'selection', ids: ['gone'] }, DE)
    expect(none).toThrow(expect.objectContaining({ code: 'empty_selection' }))
  })
})
