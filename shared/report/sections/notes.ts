import { framesInReadingOrder } from '../../board/frames.ts'
import { rowsInReadingOrder, smallestFrameAround } from '../../board/readingOrder.ts'
import type { Locale } from '../../vocabulary/label.ts'
import type { Frame, Note } from '../../schema/index.ts'
import type { ReportContext } from '../context.ts'
import { heading, paragraph, type ReportBlock } from '../document.ts'
import { say } from '../wording.ts'

/**
 * The notes by frame: each frame in agenda order with the notes that belong to it (the smallest
 * frame around a note's centre, as the list view reads it) in reading order, then the notes in no
 * frame. Empty notes are left out: they say nothing. A note's lines stay lines.
 */
export function notesSection(ctx: ReportContext): ReportBlock[] {
  const { language, elements } = ctx
  const blocks: ReportBlock[] = [heading(2, say('notes', language))]
  const notes = elements.filter((el): el is Note => el.kind === 'note' && el.text.trim() !== '')
  const frames = framesInReadingOrder(elements)
  if (notes.length === 0) return [...blocks, paragraph(say('noNotes', language))]
  const byFrame = new Map<string | null, Note[]>()
  for (const note of notes) {
    const frame = frames.length === 0 ? null : (smallestFrameAround(note, frames)?.id ?? null)
    const list = byFrame.get(frame)
    if (list) list.push(note)
    else byFrame.set(frame, [note])
  }
  for (const frame of frames) {
    blocks.push(heading(3, frameLabel(frame, language)))
    blocks.push(noteList(byFrame.get(frame.id) ?? [], language))
  }
  const outside = byFrame.get(null) ?? []
  if (outside.length > 0) {
    if (frames.length > 0) blocks.push(heading(3, say('notesOutside', language)))
    blocks.push(noteList(outside, language))
  }
  return blocks
}

/** "Rahmen „Ideen sammeln“", or "Rahmen ohne Titel". */
export function frameLabel(frame: Frame, language: Locale): string {
  const title = frame.text.trim()
  return title === '' ? say('untitledFrame', language) : say('frameTitle', language, { title })
}

function noteList(notes: Note[], language: Locale): ReportBlock {
  if (notes.length === 0) return paragraph(say('noNotesInFrame', language))
  return {
    kind: 'list',
    items: rowsInReadingOrder(notes).map((note) => [{ text: noteText(note.text) }]),
  }
}

/** The note's text with its lines kept and blank lines and trailing spaces dropped. */
function noteText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n')
}
