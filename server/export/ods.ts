import { strToU8, zipSync } from 'fflate'
import { buildWorkbook } from '../../shared/export/tables/index.ts'
import { registerExportFormat, type ExportFormat } from './formats.ts'
import {
  ODS_MEDIA_TYPE,
  odsContentXml,
  odsManifestXml,
  odsMetaXml,
  odsSettingsXml,
  odsStylesXml,
} from './odsContent.ts'

/**
 * `ods`: every table a sheet of an OpenDocument spreadsheet. No maintained library writes ODS,
 * so this is a small writer of its own on fflate: `mimetype` first and stored uncompressed (how
 * programs recognise the file), then the manifest, content, styles, meta and settings (the header rows frozen) parts.
 */
export const odsFormat: ExportFormat = {
  id: 'ods',
  contentType: ODS_MEDIA_TYPE,
  extension: 'ods',
  write: async ({ doc, options, title, now }) => {
    const workbook = buildWorkbook(doc, options.language)
    // Object keys keep their insertion order, so `mimetype` is the archive's first entry.
    return zipSync({
      mimetype: [strToU8(ODS_MEDIA_TYPE), { level: 0 }],
      'META-INF/manifest.xml': strToU8(odsManifestXml()),
      'content.xml': strToU8(odsContentXml(workbook)),
      'styles.xml': strToU8(odsStylesXml()),
      'meta.xml': strToU8(odsMetaXml(title, options.language, now)),
      'settings.xml': strToU8(odsSettingsXml(workbook)),
    })
  },
}

registerExportFormat(odsFormat)
