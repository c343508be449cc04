import { framesInReadingOrder } from '../../../shared/board/frames.ts'
import type { ExportOptions } from '../../../shared/export/options.ts'
import type { BoardElement } from '../../../shared/schema/index.ts'
import { ExportRefused } from '../formats.ts'
import type { PdfMessages } from './messages.ts'

/** What one page shows: the whole board, one frame, or the selection. */
export type PageArea =
  | { scope: 'board' }
  | { scope: 'frame'; frame: string }
  | { scope: 'selection'; ids: readonly string[] }

/** One page to write: its heading, the subject its figure's text alternative starts with, its area. */
export interface PagePlan {
  heading: string
  subject: string
  area: PageArea
}

/**
 * The pages of a board PDF. The whole board: an overview page, then one page per frame in
 * agenda order (the order the frames navigator walks them), headed by the frame's title. One
 * frame: that frame's page. The selection: one page of what is selected. Refuses a frame the
 * board does not have and a selection of nothing the board has.
 */
export function planPages(
  elements: readonly BoardElement[],
  title: string,
  options: Pick<ExportOptions, 'scope' | 'frame' | 'ids'>,
  messages: PdfMessages,
): PagePlan[] {
  const frames = framesInReadingOrder(elements)
  const framePage = (frame: BoardElement & { kind: 'frame' }, index: number): PagePlan => {
    const heading = frame.text.trim() !== '' ? frame.text.trim() : messages.untitledFrame(index + 1)
    return {
      heading,
      subject: messages.frameSubject(heading),
      area: { scope: 'frame', frame: frame.id },
    }
  }
  switch (options.scope) {
    case 'board':
      return [
        { heading: title, subject: messages.boardSubject(title), area: { scope: 'board' } },
        ...frames.map(framePage),
      ]
    case 'frame': {
      const index = frames.findIndex((f) => f.id === options.frame)
      if (options.frame === undefined) {
        throw new ExportRefused('frame_required', 'scope=frame needs frame=<the frame element id>.')
      }
      if (index < 0)
        throw new ExportRefused('unknown_frame', 'This board has no frame with this id.')
      return [framePage(frames[index]!, index)]
    }
    case 'selection': {
      const present = new Set(elements.map((el) => el.id))
      const ids = (options.ids ?? []).filter((id) => present.has(id))
      if (ids.length === 0) {
        throw new ExportRefused(
          'empty_selection',
          'None of the selected elements (ids=…) is on this board.',
        )
      }
      return [
        {
          heading: `${title}: ${messages.selection}`,
          subject: messages.selectionSubject,
          area: { scope: 'selection', ids },
        },
      ]
    }
  }
}
