import {
  importSlices,
  planImport,
  writeImportSlice,
} from '../../../../shared/exchange/importIntoBoard.ts'
import { viewCenter, zoomToFit } from '../geometry/camera.ts'
import type { Editor } from '../editor/editor.svelte.ts'
import type { ImportedFile } from './importFileKind.ts'

/** How far an import is: elements written of all. */
export interface ImportProgress {
  written: number
  total: number
}

/** What an import did. */
export interface ImportOutcome {
  ids: string[]
  /** Images the file carried that the board now has. */
  imagesUploaded: number
  /** Images the content shows that the board does not have (not carried, or refused). */
  imagesMissing: number
}

/**
 * Brings a read file into the open board: uploads the images it carries, gives its content new
 * ids, centres it in the view on top of everything, and writes it in slices (each one realtime
 * message, well under the server's limit, with a pause between them so the page shows progress
 * and the connection sends as it goes) as ONE undo step. Selects what came in and shows it.
 * Null without the edit right.
 */
export async function importIntoBoard(
  editor: Editor,
  file: ImportedFile,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportOutcome | null> {
  if (!editor.canEdit) return null
  const { board, session } = editor
  editor.stopEditing()
  editor.stopListEditing()

  let imagesUploaded = 0
  let imagesMissing = file.missingImages.length
  for (const [hash, image] of file.images) {
    const uploaded = await editor.assets?.uploadBytes(image.bytes, image.mime)
    if (uploaded?.ok && uploaded.asset.hash === hash) imagesUploaded++
    else imagesMissing++
  }

  const plan = planImport(file.content, {
    center: viewCenter(session.camera, session.viewport),
    above: board.topZ(),
  })
  const total = plan.elements.length
  onProgress({ written: 0, total })
  // One step: every slice joins one undo step, whatever runs between them.
  const step = board.openStep()
  try {
    for (const slice of importSlices(plan)) {
      board.run(writeImportSlice, { plan, slice })
      onProgress({ written: slice[1], total })
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  } finally {
    step.end()
  }
  if (plan.ids.length > 0) {
    editor.select(plan.ids)
    editor.setCamera(zoomToFit(board.bounds(plan.ids), session.viewport, session.insets))
  }
  return { ids: plan.ids, imagesUploaded, imagesMissing }
}
