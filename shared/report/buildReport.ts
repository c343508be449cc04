import type * as Y from 'yjs'
import type { Locale } from '../vocabulary/label.ts'
import { reportContext } from './context.ts'
import type { ReportDocument } from './document.ts'
import { ecosystemSection } from './sections/ecosystem.ts'
import { figuresSection } from './sections/figures.ts'
import { notesSection } from './sections/notes.ts'
import { overviewSection, reportTitle } from './sections/overview.ts'
import { rolesSection } from './sections/roles.ts'

/** The time zone the report's date is given in: Werkraum's workshops are in German towns. */
export const REPORT_TIME_ZONE = 'Europe/Berlin'

/** What the report is built from. */
export interface ReportInput {
  /** The board's document; only read. */
  doc: Y.Doc
  /** The board's title. */
  title: string
  /** The board's address without a token. */
  boardUrl: string
  /** When the report is made. */
  now: Date
  language: Locale
}

/**
 * The workshop report of a board: the opening (title, date, address, the board in figures), the
 * ecosystem, the roles, the notes by frame and a picture of each frame. Pure: the same board and
 * time give the same document, in German or English.
 */
export function buildReport(input: ReportInput): ReportDocument {
  const { language } = input
  const ctx = reportContext(input.doc, language)
  const header = {
    title: input.title,
    boardUrl: input.boardUrl,
    dateText: longDate(input.now, language),
  }
  return {
    language,
    title: reportTitle(input.title, language),
    date: isoDay(input.now),
    blocks: [
      ...overviewSection(ctx, header),
      ...ecosystemSection(ctx),
      ...rolesSection(ctx),
      ...notesSection(ctx),
      ...figuresSection(ctx),
    ],
  }
}

/** "7. Dezember 2026" / "7 December 2026", on the day it is in Germany. */
export function longDate(date: Date, language: Locale): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeZone: REPORT_TIME_ZONE,
  }).format(date)
}

/** `YYYY-MM-DD` of the day it is in Germany. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: REPORT_TIME_ZONE,
  }).format(date)
}
