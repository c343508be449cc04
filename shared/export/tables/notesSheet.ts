import { centreInside, framesInReadingOrder } from '../../board/frames.ts'
import { rowsInReadingOrder } from '../../board/readingOrder.ts'
import type { Label } from '../../vocabulary/label.ts'
import type { Frame, Note, NoteColor } from '../../schema/index.ts'
import type { TablesSource } from './source.ts'
import type { CellValue, Sheet } from './workbook.ts'
import { column, sheetName } from './words.ts'

/** Note colours in words, as the board's colour picker names them. */
export const NOTE_COLOUR_NAMES: Record<NoteColor, Label> = {
  yellow: { de: 'Gelb', en: 'Yellow' },
  orange: { de: 'Orange', en: 'Orange' },
  pink: { de: 'Rosa', en: 'Pink' },
  violet: { de: 'Violett', en: 'Violet' },
  blue: { de: 'Blau', en: 'Blue' },
  teal: { de: 'Türkis', en: 'Teal' },
  green: { de: 'Grün', en: 'Green' },
  grey: { de: 'Grau', en: 'Grey' },
}

/**
 * Notizen: every note with its colour and the frame it lies in (its centre inside; the smallest
 * of overlapping frames), frames in agenda order, notes in reading order within each; notes in no
 * frame last.
 */
export function notesSheet(src: TablesSource): Sheet {
  const l = src.language
  const frames = framesInReadingOrder(src.elements)
  const notes = src.elements.filter((el): el is Note => el.kind === 'note')
  const byFrame = new Map<Frame | null, Note[]>()
  for (const note of notes) {
    const home = frames
      .filter((f) => centreInside(f, note))
      .reduce<Frame | null>(
        (best, f) => (best === null || f.w * f.h < best.w * best.h ? f : best),
        null,
      )
    byFrame.set(home, [...(byFrame.get(home) ?? []), note])
  }
  const rows: CellValue[][] = []
  for (const frame of [...frames, null]) {
    for (const note of rowsInReadingOrder(byFrame.get(frame) ?? [])) {
      rows.push([note.text, NOTE_COLOUR_NAMES[note.color][l], frame === null ? '' : frame.text])
    }
  }
  return {
    id: 'notes',
    name: sheetName('notes', l),
    columns: [
      column('text', l, 'text', 60),
      column('colour', l, 'text', 12),
      column('frame', l, 'text', 30),
    ],
    rows,
  }
}
