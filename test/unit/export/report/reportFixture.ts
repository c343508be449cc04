import * as Y from 'yjs'
import { buildReport } from '../../../../shared/report/buildReport.ts'
import type { ReportDocument } from '../../../../shared/report/document.ts'
import type { FigureImages } from '../../../../server/export/report/figureImage.ts'
import { pngBytes } from '../../../helpers/images.ts'
import { buildWorkshopBoard, type WorkshopBoard } from '../../../helpers/workshopBoard.ts'

/** The workshop board's report, and its ids. */
export function workshopReport(language: 'de' | 'en'): {
  report: ReportDocument
  board: WorkshopBoard
} {
  const doc = new Y.Doc()
  const board = buildWorkshopBoard(doc)
  const report = buildReport({
    doc,
    title: 'Digitale Kommune 2027',
    boardUrl: 'https://werkraum.example/b/abc',
    now: new Date('2026-12-07T16:00:00Z'),
    language,
  })
  return { report, board }
}

/** Real PNG files (a plain colour each, so no two are the same file) for the frames given. */
export function pngsFor(frameIds: readonly string[]): FigureImages {
  return (frameId) => {
    const at = frameIds.indexOf(frameId)
    if (at === -1) return Promise.resolve(null)
    const png = new Uint8Array(pngBytes(1600, 900, [0x20 * at, 0x80, 0xc0]))
    return Promise.resolve({ png, width: 1600, height: 900 })
  }
}
