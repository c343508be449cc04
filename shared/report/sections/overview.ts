import type { Locale } from '../../vocabulary/label.ts'
import type { ReportContext } from '../context.ts'
import { heading, numberCell, paragraph, textCell, type ReportBlock } from '../document.ts'
import { say } from '../wording.ts'

/** What the report says about itself: the board, the day, where the board is. */
export interface ReportHeader {
  /** The board's title as stored ('' for none). */
  title: string
  /** The board's address without a token (see ExportJob.boardUrl). */
  boardUrl: string
  /** The day, already in words ("7. Dezember 2026"). */
  dateText: string
}

/**
 * The opening: the report's title (the only level-1 heading), the date, the board's address and
 * how to get in (the address carries no token: tokens are not stored on the server, so the link
 * from the facilitators is the way in), and the board in figures.
 */
export function overviewSection(ctx: ReportContext, header: ReportHeader): ReportBlock[] {
  const { language } = ctx
  return [
    heading(1, reportTitle(header.title, language)),
    paragraph(say('date', language, { date: header.dateText })),
    {
      kind: 'paragraph',
      runs: [{ text: say('address', language), bold: true }, { text: header.boardUrl }],
    },
    paragraph(say('access', language)),
    {
      kind: 'table',
      caption: say('countsCaption', language),
      header: [say('countsWhat', language), say('countsNumber', language)],
      rows: counts(ctx).map(([what, n]) => [textCell(say(what, language)), numberCell(n)]),
    },
  ]
}

/** "Workshop-Bericht: <title>", or with "Board ohne Titel" for a board without one. */
export function reportTitle(title: string, language: Locale): string {
  const shown = title.trim() === '' ? say('untitled', language) : title.trim()
  return say('title', language, { title: shown })
}

type CountWord =
  | 'countElements'
  | 'countActors'
  | 'countRelations'
  | 'countRoles'
  | 'countPeople'
  | 'countNotes'
  | 'countFrames'

function counts(ctx: ReportContext): [CountWord, number][] {
  const { elements, model } = ctx
  const ofKind = (kind: string): number => elements.filter((el) => el.kind === kind).length
  return [
    ['countElements', elements.length],
    ['countActors', model.actors.length],
    ['countRelations', model.relations.length],
    ['countRoles', model.roles.length],
    ['countPeople', model.people.length],
    ['countNotes', ofKind('note')],
    ['countFrames', ofKind('frame')],
  ]
}
