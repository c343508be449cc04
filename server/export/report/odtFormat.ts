import { REPORT_NAME_LABEL, registerExportFormat } from '../formats.ts'
import { frameFigureImages } from './frameFigures.ts'
import { ODT_MEDIA_TYPE, reportToOdt } from './odt/odt.ts'
import { reportOf } from './reportOf.ts'

/** The workshop report as an OpenDocument text (ODT), the open standard for administrations. */
registerExportFormat({
  id: 'odt',
  nameLabel: REPORT_NAME_LABEL,
  contentType: ODT_MEDIA_TYPE,
  extension: 'odt',
  write: (job) => reportToOdt(reportOf(job), frameFigureImages(job)),
})
