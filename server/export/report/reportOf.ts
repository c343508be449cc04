import { buildReport } from '../../../shared/report/buildReport.ts'
import type { ReportDocument } from '../../../shared/report/document.ts'
import type { ExportJob } from '../formats.ts'

/** The workshop report of the board an export job is for, in the language it asks for. */
export function reportOf(job: ExportJob): ReportDocument {
  return buildReport({
    doc: job.doc,
    title: job.title,
    boardUrl: job.boardUrl,
    now: job.now,
    language: job.options.language,
  })
}
