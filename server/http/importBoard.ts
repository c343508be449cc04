import type { CreateBoardResponse } from '../../shared/api.ts'
import type { AssetFiles } from '../assets/assetFiles.ts'
import type { Config } from '../config.ts'
import type { ImportSource } from '../export/exportMessages.ts'
import type { ExportPool } from '../export/ExportPool.ts'
import { runInPool } from '../export/exportRoutes.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../store/BoardStore.ts'
import { CREATE_BODY_MAX_BYTES } from './createLimits.ts'
import { HttpError } from './errors.ts'
import { createBoardWithState } from './newBoard.ts'

/** The answer of an import: the new board, and the images it shows that did not come with it. */
export interface ImportedBoardResponse extends CreateBoardResponse {
  /** Hashes of images the board shows whose bytes the import did not carry: upload them. */
  missingImages: string[]
  /** Elements the new board holds. */
  elements: number
}

export interface ImportBoardInput {
  store: BoardStore
  config: Config
  files: AssetFiles
  pool: ExportPool
  log: Logger
  source: ImportSource
}

/**
 * Creates a new board from an imported file. Reading, checking and building the board (seconds
 * for a large one) run in the export worker (export/importJob.ts), off the realtime event loop:
 * the document is stored as the board's initial state, so no realtime message limit applies.
 * Here the checked images are written and the board created with them in one transaction.
 * Nothing is created when anything is refused (an HttpError saying what and where).
 */
export async function importBoard(input: ImportBoardInput): Promise<ImportedBoardResponse> {
  const { config } = input
  const reply = await runInPool(
    () =>
      input.pool.runImport({
        kind: 'import',
        source: input.source,
        limits: {
          maxBoardItems: config.maxBoardItems,
          importMaxBytes: config.importMaxBytes,
          plainBodyBytes: Math.min(CREATE_BODY_MAX_BYTES, config.maxBodyBytes),
          assetMaxBytes: config.assetMaxBytes,
          boardQuotaBytes: config.uploads.boardQuotaBytes,
          maxPixels: config.uploads.maxPixels,
        },
      }),
    input.log,
  )
  if (!reply.ok) throw new HttpError(reply.status, reply.code, reply.message, reply.details)
  const now = new Date()
  for (const image of reply.images) await input.files.write(image.hash, image.bytes)
  const records = reply.images.map(({ hash, mime, size, width, height }) => ({
    hash,
    mime,
    size,
    width,
    height,
    createdAt: now,
  }))
  const state = reply.state
  const created = await createBoardWithState(input.store, reply.title, () => state, records, now)
  return { ...created, missingImages: reply.missingImages, elements: reply.elements }
}
