import { REPORT_NAME_LABEL, registerExportFormat } from '../formats.ts'
import { reportToDocx } from './docx.ts'
import { frameFigureImages } from './frameFigures.ts'
import { reportOf } from './reportOf.ts'

/** The workshop report as a Word document (DOCX), to edit into minutes or a council paper. */
registerExportFormat({
  id: 'docx',
  nameLabel: REPORT_NAME_LABEL,
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
  write: (job) => reportToDocx(reportOf(job), frameFigureImages(job)),
})
