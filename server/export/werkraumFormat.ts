import { writeBoardJson } from '../../shared/exchange/boardJson.ts'
import { WERKRAUM_FILE_EXTENSION, writeWerkraumFile } from '../../shared/exchange/werkraumFile.ts'
import { APP_VERSION } from './appVersion.ts'
import { registerExportFormat } from './formats.ts'

/** Content type of a `.werkraum` file (a ZIP; `application/zip` is accepted on upload too). */
export const WERKRAUM_CONTENT_TYPE = 'application/vnd.werkraum+zip'

/**
 * `werkraum`: the board JSON, the bytes of its images and a manifest with a checksum of each, in
 * one ZIP (docs/exchange.md); re-importable by `POST /api/boards/import`. An image whose file is
 * gone is listed in the manifest's `missingImages`.
 */
registerExportFormat({
  id: 'werkraum',
  contentType: WERKRAUM_CONTENT_TYPE,
  extension: WERKRAUM_FILE_EXTENSION,
  async write(job) {
    const board = writeBoardJson(job.doc, { images: job.assets, now: job.now })
    const images = new Map<string, Uint8Array>()
    for (const image of board.images) {
      const bytes = await job.readAsset(image.hash)
      if (bytes) images.set(image.hash, bytes)
    }
    return writeWerkraumFile({ board, images, appVersion: APP_VERSION, now: job.now })
  },
})
