import { cardTextsFor } from '../../../shared/picture/cardTextsFor.ts'
import {
  PictureScopeError,
  boardElements,
  describeBoard,
} from '../../../shared/picture/describe/board.ts'
import { describeContext } from '../../../shared/picture/describe/context.ts'
import { REPORT_NAME_LABEL, registerExportFormat, type ExportJob } from '../formats.ts'
import { reportOf } from '../report/reportOf.ts'
import { writeFlowPdf } from './flow/flowWriter.ts'
import { reportToFlow } from './reportFlow.ts'

/**
 * The workshop report as a tagged PDF (for publishing: BITV 2.0 / PDF/UA): the same structure
 * the Markdown, DOCX and ODT reports write, each frame's picture drawn in vector.
 */
export async function writeReportPdf(job: ExportJob): Promise<Uint8Array> {
  const { language } = job.options
  const report = reportOf(job)
  const elements = boardElements(job.doc)
  const cards = cardTextsFor(job.doc, language)
  const context = describeContext(language, () => null, cards)
  const pictureOf = (frame: string): ReturnType<typeof describeBoard> | null => {
    try {
      return describeBoard(elements, { scope: 'frame', frame, language, cards, context })
    } catch (err) {
      if (err instanceof PictureScopeError) return null
      throw err
    }
  }
  return writeFlowPdf({
    document: reportToFlow(report, pictureOf),
    paper: job.options.paper,
    language,
    now: job.now,
    readAsset: job.readAsset,
  })
}

registerExportFormat({
  id: 'report-pdf',
  nameLabel: REPORT_NAME_LABEL,
  contentType: 'application/pdf',
  extension: 'pdf',
  write: writeReportPdf,
})
