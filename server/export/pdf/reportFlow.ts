import type { Picture } from '../../../shared/picture/primitives.ts'
import { cellText, type ReportDocument } from '../../../shared/report/document.ts'
import type { FlowBlock, FlowDocument } from './flow/flowBlocks.ts'

/**
 * The workshop report as a flowing PDF document: every block as it is, a table's cells as text
 * in the report's language with its number columns set flush right, and each frame's figure as
 * the frame's picture (`pictureOf`; null when the frame is gone: then the caption alone).
 */
export function reportToFlow(
  report: ReportDocument,
  pictureOf: (frameId: string) => Picture | null,
): FlowDocument {
  const blocks: FlowBlock[] = report.blocks.map((block): FlowBlock => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
      case 'list':
        return block
      case 'table':
        return {
          kind: 'table',
          caption: block.caption,
          header: block.header,
          rows: block.rows.map((row) => row.map((cell) => cellText(cell, report.language))),
          numeric: block.header.map(
            (_, i) => block.rows.length > 0 && block.rows.every((row) => row[i]?.type !== 'text'),
          ),
        }
      case 'figure':
        return {
          kind: 'figure',
          picture: pictureOf(block.frameId),
          alt: block.alt,
          caption: block.title,
        }
    }
  })
  return { title: report.title, blocks }
}
