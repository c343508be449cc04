import { generateNKeysBetween } from 'fractional-indexing'
import * as Y from 'yjs'
import { elementsMap, NOTE_COLORS, type NoteColor } from '../../../shared/schema/index.ts'
import { syncedClient, type ServerAddress } from '../../helpers/yclient.ts'

/** Short texts as a workshop would write them; deterministic, so every run draws the same. */
const TEXTS = [
  'Bürgeramt online',
  'Kita-Anmeldung',
  'Ratsinformationssystem',
  'Digitale Bauakte',
  'E-Akte einführen',
  'WLAN in Schulen',
  'Open Data Portal',
  'Serviceportal',
  'Wer ist zuständig?',
  'IT-Dienstleister',
  'Datenschutz klären',
  'Hundesteuer digital',
  'Termine buchen',
  'Bürger:innenbeteiligung',
  'Mängelmelder',
  'Wohngeldantrag',
  'Schnittstelle zum Land',
  'Fachverfahren ablösen',
  'Digitalisierungsstrategie',
  'Breitbandausbau',
  'Stadtwerke',
  'Landkreis',
  'Feuerwehr',
  'Kämmerei',
  'OZG-Leistungen',
  'Barrierefreiheit prüfen',
  'Schulung für Mitarbeitende',
  'Gewerbeanmeldung',
]
const COLORS = Object.keys(NOTE_COLORS) as NoteColor[]

/** The board layout: notes on a square grid, so a bench knows where each one is. */
export interface GridLayout {
  count: number
  columns: number
  /** Distance between the top-left corners of neighbouring notes. */
  pitch: number
  size: number
}

export function gridLayout(count: number, size = 180, gap = 20): GridLayout {
  return { count, columns: Math.ceil(Math.sqrt(count)), pitch: size + gap, size }
}

/** Writes `layout.count` notes into `doc` in transactions of `batch` (one sync message each). */
export function writeNotes(doc: Y.Doc, layout: GridLayout, batch = 500): void {
  const keys = generateNKeysBetween(null, null, layout.count)
  const elements = elementsMap(doc)
  for (let start = 0; start < layout.count; start += batch) {
    doc.transact(() => {
      for (let i = start; i < Math.min(layout.count, start + batch); i++) {
        const note = new Y.Map<unknown>()
        const text = new Y.Text()
        text.insert(0, `${TEXTS[i % TEXTS.length]} ${i + 1}`)
        note.set('type', 'note')
        note.set('x', (i % layout.columns) * layout.pitch)
        note.set('y', Math.floor(i / layout.columns) * layout.pitch)
        note.set('w', layout.size)
        note.set('h', layout.size)
        note.set('z', keys[i])
        note.set('color', COLORS[(i * 7) % COLORS.length])
        note.set('text', text)
        elements.set(`bench-${i}`, note)
      }
    })
  }
}

/**
 * Fills a board on a running server through the stock y-websocket client (as any third-party
 * client could), then checks with a fresh client that the server holds all of it.
 */
export async function fillBoard(
  server: ServerAddress,
  boardId: string,
  token: string,
  layout: GridLayout,
): Promise<void> {
  const writer = await syncedClient(server, boardId, token)
  writeNotes(writer.doc, layout)
  const reader = await syncedClient(server, boardId, token)
  await reader.until(
    (doc) => elementsMap(doc).size >= layout.count,
    `the server to hold ${layout.count} elements`,
  )
  reader.destroy()
  writer.destroy()
}
