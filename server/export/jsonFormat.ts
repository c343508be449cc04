import { strToU8 } from 'fflate'
import { writeBoardJson } from '../../shared/exchange/boardJson.ts'
import { registerExportFormat } from './formats.ts'

/**
 * `json`: the whole board as JSON (docs/exchange.md), lossless but for image bytes, which it
 * names by hash; re-importable as `import` of `POST /api/boards`. Always the whole board: a
 * lossless file of part of a board would not be one.
 */
registerExportFormat({
  id: 'json',
  contentType: 'application/json; charset=utf-8',
  extension: 'json',
  async write(job) {
    const board = writeBoardJson(job.doc, { images: job.assets, now: job.now })
    return strToU8(JSON.stringify(board))
  },
})
