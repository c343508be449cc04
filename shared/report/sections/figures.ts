import { centreInside, framesInReadingOrder } from '../../board/frames.ts'
import type { Label, Locale } from '../../vocabulary/label.ts'
import type { BoardElement, Frame } from '../../schema/index.ts'
import type { ReportContext } from '../context.ts'
import { heading, paragraph, type ReportBlock } from '../document.ts'
import { countOf, say } from '../wording.ts'
import { frameLabel } from './notes.ts'

/** What a frame's content is called, one and many, in the order the text alternative names it. */
const KIND_WORDS: readonly [BoardElement['kind'], Label, Label][] = [
  ['note', { de: 'Notiz', en: 'note' }, { de: 'Notizen', en: 'notes' }],
  ['actor', { de: 'Akteur:in', en: 'actor' }, { de: 'Akteur:innen', en: 'actors' }],
  ['role', { de: 'Rolle', en: 'role' }, { de: 'Rollen', en: 'roles' }],
  [
    'person',
    { de: 'Person oder Organisationseinheit', en: 'person or org unit' },
    { de: 'Personen und Organisationseinheiten', en: 'people and org units' },
  ],
  ['connector', { de: 'Verbindung', en: 'connector' }, { de: 'Verbindungen', en: 'connectors' }],
  ['text', { de: 'Text', en: 'text' }, { de: 'Texte', en: 'texts' }],
  ['shape', { de: 'Form', en: 'shape' }, { de: 'Formen', en: 'shapes' }],
  ['stroke', { de: 'Zeichnung', en: 'drawing' }, { de: 'Zeichnungen', en: 'drawings' }],
  ['image', { de: 'Bild', en: 'image' }, { de: 'Bilder', en: 'images' }],
  ['frame', { de: 'Rahmen', en: 'frame' }, { de: 'Rahmen', en: 'frames' }],
  [
    'unknown',
    { de: 'unbekanntes Element', en: 'unknown element' },
    { de: 'unbekannte Elemente', en: 'unknown elements' },
  ],
]

/**
 * Most frames the report shows as pictures: each is drawn for every DOCX, ODT and PDF of the
 * report, and a board with thousands of frames must not make one export draw thousands. Beyond
 * that a report is no longer read picture by picture; the report says what it left out.
 */
export const REPORT_MAX_FIGURES = 40

/**
 * Most elements all the report's pictures together show. Drawing them is what a report export
 * spends its time on, and an export that runs past its time limit (EXPORT_TIMEOUT_MS) gives
 * nothing: pictures stop at the first frame that would pass this, and the report says so. The
 * 10,000-element benchmark board (20 frames, all pictured) took 8 s as DOCX, 5 s as ODT here.
 */
export const REPORT_MAX_FIGURE_ELEMENTS = 10_000

/**
 * A picture of each frame, in agenda order, as far as `REPORT_MAX_FIGURES` and
 * `REPORT_MAX_FIGURE_ELEMENTS` allow. Its text alternative says what the frame holds
 * ("Rahmen „Rollen klären“ mit 12 Notizen, 4 Rollen und 2 Verbindungen."), so a reader who
 * cannot see the picture knows what it shows; the notes section has the words themselves.
 */
export function figuresSection(ctx: ReportContext): ReportBlock[] {
  const { language, elements } = ctx
  const blocks: ReportBlock[] = [heading(2, say('figures', language))]
  const frames = framesInReadingOrder(elements)
  if (frames.length === 0) return [...blocks, paragraph(say('noFrames', language))]
  const candidates = frames.slice(0, REPORT_MAX_FIGURES)
  const counts = contentCounts(candidates, elements)
  let drawn = 0
  let shown = 0
  for (const frame of candidates) {
    const byKind = counts.get(frame.id) ?? new Map<BoardElement['kind'], number>()
    const size = [...byKind.values()].reduce((sum, n) => sum + n, 0)
    if (drawn + size > REPORT_MAX_FIGURE_ELEMENTS) break
    drawn += size
    shown += 1
    blocks.push({
      kind: 'figure',
      frameId: frame.id,
      title: frameLabel(frame, language),
      alt: frameAlt(frame, byKind, language),
    })
  }
  if (frames.length > shown) {
    blocks.push(paragraph(say('figuresLimited', language, { shown, left: frames.length - shown })))
  }
  return blocks
}

/**
 * How many elements of each kind every frame holds (what has its centre inside, as
 * `frameContents` says), counted in one pass over the board.
 */
function contentCounts(
  frames: readonly Frame[],
  elements: readonly BoardElement[],
): Map<string, Map<BoardElement['kind'], number>> {
  const counts = new Map(frames.map((f) => [f.id, new Map<BoardElement['kind'], number>()]))
  for (const el of elements) {
    for (const frame of frames) {
      if (el.id === frame.id || !centreInside(frame, el)) continue
      const byKind = counts.get(frame.id)
      byKind?.set(el.kind, (byKind.get(el.kind) ?? 0) + 1)
    }
  }
  return counts
}

/** The text alternative of a frame's picture: its title and what it holds, counted by kind. */
export function frameAlt(
  frame: Frame,
  counts: ReadonlyMap<BoardElement['kind'], number>,
  language: Locale,
): string {
  const title = frameLabel(frame, language)
  const parts = KIND_WORDS.map(([kind, one, many]) => {
    const n = counts.get(kind) ?? 0
    return n === 0 ? '' : countOf(n, one, many, language)
  }).filter((part) => part !== '')
  if (parts.length === 0) return say('figureAltEmpty', language, { frame: title })
  const last = parts.pop() ?? ''
  const listed = parts.length === 0 ? last : `${parts.join(', ')}${say('and', language)}${last}`
  return say('figureAlt', language, { frame: title, content: listed })
}
