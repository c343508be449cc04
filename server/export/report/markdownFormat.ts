import { reportToMarkdown } from '../../../shared/report/markdown.ts'
import { REPORT_NAME_LABEL, registerExportFormat } from '../formats.ts'
import { reportOf } from './reportOf.ts'

/** The workshop report as Markdown (UTF-8): the same text the browser could write itself. */
registerExportFormat({
  id: 'md',
  nameLabel: REPORT_NAME_LABEL,
  contentType: 'text/markdown; charset=utf-8',
  extension: 'md',
  write: (job) => Promise.resolve(new TextEncoder().encode(reportToMarkdown(reportOf(job)))),
})
