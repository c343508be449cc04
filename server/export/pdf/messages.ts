import type { BoardElement } from '../../../shared/schema/index.ts'

/** The languages an export is written in. */
export type PdfLanguage = 'de' | 'en'

/**
 * What a kind of element is called, one and many, in each language; German in the dative, as
 * the text alternative counts them after "mit" ("mit 2 Bildern").
 */
const KIND_NAMES: Record<PdfLanguage, Record<BoardElement['kind'], [string, string]>> = {
  de: {
    note: ['Notiz', 'Notizen'],
    text: ['Text', 'Texten'],
    shape: ['Form', 'Formen'],
    frame: ['Rahmen', 'Rahmen'],
    stroke: ['Freihandzeichnung', 'Freihandzeichnungen'],
    connector: ['Verbindung', 'Verbindungen'],
    image: ['Bild', 'Bildern'],
    actor: ['Akteurskarte', 'Akteurskarten'],
    role: ['Rolle', 'Rollen'],
    person: ['Personenkarte', 'Personenkarten'],
    unknown: ['unbekannten Element', 'unbekannten Elementen'],
  },
  en: {
    note: ['note', 'notes'],
    text: ['text', 'texts'],
    shape: ['shape', 'shapes'],
    frame: ['frame', 'frames'],
    stroke: ['drawing', 'drawings'],
    connector: ['connector', 'connectors'],
    image: ['image', 'images'],
    actor: ['actor card', 'actor cards'],
    role: ['role', 'roles'],
    person: ['person card', 'person cards'],
    unknown: ['unknown element', 'unknown elements'],
  },
}

/** Every word the PDF writes, in one language. */
export interface PdfMessages {
  /** BCP 47 tag of the document's language (`/Lang`). */
  lang: string
  /** "Seite 2 von 5". */
  pageOf(page: number, pages: number): string
  /** The day of the export, written out. */
  date(now: Date): string
  /** Heading of a frame without a title: "Rahmen 3". */
  untitledFrame(index: number): string
  /** Heading of a selection's page. */
  selection: string
  /** The note under a heading that names what could not be drawn. */
  missingImages(names: readonly string[]): string
  /** The page of an empty board or frame. */
  empty: string
  /** "12 Notizen", "1 Rolle". */
  count(kind: BoardElement['kind'], n: number): string
  /** Subjects of a figure's text alternative. */
  boardSubject(title: string): string
  frameSubject(title: string): string
  selectionSubject: string
  /** "… with 12 notes, 4 roles" joined to the subject. */
  withCounts(subject: string, counts: readonly string[]): string
  /** "and 35 more" after a cut list. */
  more(n: number): string
}

const GERMAN: PdfMessages = {
  lang: 'de-DE',
  pageOf: (page, pages) => `Seite ${page} von ${pages}`,
  date: (now) =>
    new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(now),
  untitledFrame: (index) => `Rahmen ${index}`,
  selection: 'Auswahl',
  missingImages: (names) =>
    names.length === 1
      ? `Ein Bild fehlt in dieser Datei: ${names[0]}.`
      : `${names.length} Bilder fehlen in dieser Datei: ${names.join(', ')}.`,
  empty: 'Hier ist nichts zu sehen: Der Bereich ist leer.',
  count: (kind, n) => `${n} ${KIND_NAMES.de[kind][n === 1 ? 0 : 1]}`,
  boardSubject: (title) => `Board „${title}“`,
  frameSubject: (title) => `Rahmen „${title}“`,
  selectionSubject: 'Auswahl',
  withCounts: (subject, counts) =>
    counts.length === 0 ? `${subject}, leer` : `${subject} mit ${list(counts, 'und')}`,
  more: (n) => `und ${n} weitere`,
}

const ENGLISH: PdfMessages = {
  lang: 'en-GB',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  date: (now) =>
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(now),
  untitledFrame: (index) => `Frame ${index}`,
  selection: 'Selection',
  missingImages: (names) =>
    names.length === 1
      ? `One image is missing from this file: ${names[0]}.`
      : `${names.length} images are missing from this file: ${names.join(', ')}.`,
  empty: 'Nothing to see here: this area is empty.',
  count: (kind, n) => `${n} ${KIND_NAMES.en[kind][n === 1 ? 0 : 1]}`,
  boardSubject: (title) => `Board “${title}”`,
  frameSubject: (title) => `Frame “${title}”`,
  selectionSubject: 'Selection',
  withCounts: (subject, counts) =>
    counts.length === 0 ? `${subject}, empty` : `${subject} with ${list(counts, 'and')}`,
  more: (n) => `and ${n} more`,
}

/** The PDF's words in `language`. */
export function pdfMessages(language: PdfLanguage): PdfMessages {
  return language === 'de' ? GERMAN : ENGLISH
}

function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}
