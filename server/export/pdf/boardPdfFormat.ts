import { cardTextsFor } from '../../../shared/picture/cardTextsFor.ts'
import {
  PictureScopeError,
  boardElements,
  describeBoard,
} from '../../../shared/picture/describe/board.ts'
import { describeContext } from '../../../shared/picture/describe/context.ts'
import { ExportRefused, registerExportFormat, type ExportJob } from '../formats.ts'
import { writeBoardPdf, type BoardPdfPage } from './boardPdf.ts'
import { figureAlt } from './figureAlt.ts'
import { pdfMessages } from './messages.ts'
import { planPages } from './pagePlan.ts'

/**
 * The board as a tagged PDF: the whole board (an overview page, then a page per frame in agenda
 * order), one frame, or the selection, each page the one picture every output draws.
 */
export async function writeBoardPdfExport(job: ExportJob): Promise<Uint8Array> {
  const { language } = job.options
  const messages = pdfMessages(language)
  const elements = boardElements(job.doc)
  const plans = planPages(elements, job.title, job.options, messages)
  const cards = cardTextsFor(job.doc, language)
  // One context for every page: the overview and the frame pages lay out the same texts.
  const context = describeContext(language, () => null, cards)
  const kinds = new Map(elements.map((el) => [el.id, el.kind]))
  const pages: BoardPdfPage[] = plans.map((plan) => {
    let picture
    try {
      picture = describeBoard(elements, { ...plan.area, language, cards, context })
    } catch (err) {
      if (err instanceof PictureScopeError) {
        const code = err.code === 'unknownFrame' ? 'unknown_frame' : 'empty_selection'
        throw new ExportRefused(code, err.message)
      }
      throw err
    }
    const own = plan.area.scope === 'frame' ? plan.area.frame : undefined
    const alt = figureAlt(plan.subject, picture, (id) => kinds.get(id), messages, own)
    return { heading: plan.heading, picture, alt }
  })
  return writeBoardPdf({
    title: job.title,
    pages,
    paper: job.options.paper,
    language,
    now: job.now,
    readAsset: job.readAsset,
    // Named in the file, and told in a header as the SVG and PNG exports tell it.
    onMissingImages: (hashes) => job.header?.('X-Export-Missing-Images', hashes.join(',')),
  })
}

registerExportFormat({
  id: 'pdf',
  contentType: 'application/pdf',
  extension: 'pdf',
  write: writeBoardPdfExport,
})
