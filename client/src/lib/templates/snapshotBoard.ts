import type { ElementSnapshot } from '../../../../shared/ops/elementSnapshot.ts'
import type { Board } from '../model/board.svelte.ts'

/**
 * Every element of the board as snapshots (the clipboard's format), bottom to top. Only the
 * elements: who holds which role (the assignments) belongs to one workshop, not to a template.
 */
export function snapshotBoard(board: Board): ElementSnapshot[] {
  return board.snapshots()
}
