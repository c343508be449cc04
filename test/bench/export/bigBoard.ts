// The export benchmark's board: 10,000 elements of the kinds a finished workshop has (notes with
// German text in frames, actor, role and person cards with assignments, connectors between them,
// a few images), built with the shared operations as a person would.
import * as Y from 'yjs'
import { createActor } from '../../../shared/ops/createActor.ts'
import { createConnector } from '../../../shared/ops/createConnector.ts'
import { createFrame } from '../../../shared/ops/createFrame.ts'
import { createImage } from '../../../shared/ops/createImage.ts'
import { createNote } from '../../../shared/ops/createNote.ts'
import { createPerson } from '../../../shared/ops/createPerson.ts'
import { createRole } from '../../../shared/ops/createRole.ts'
import { assignRole } from '../../../shared/ops/assignRole.ts'
import { ACTOR_CATEGORIES } from '../../../shared/vocabulary/actorCategories.ts'
import { NOTE_COLORS, type NoteColor } from '../../../shared/schema/index.ts'

const COLORS = Object.keys(NOTE_COLORS) as NoteColor[]

/** How many elements of each kind; they add up to 10,000. */
export const BIG_BOARD = {
  frames: 20,
  notes: 6_000,
  actors: 1_200,
  roles: 300,
  people: 476,
  connectors: 2_000,
  images: 4,
} as const

const WORDS = [
  'Bürgerservice',
  'Datenschutz',
  'Straßenbeleuchtung',
  'Schulträger',
  'Rechenzentrum',
  'Online-Zugangsgesetz',
  'Fördermittel',
  'Glasfaser',
  'Zuständigkeit',
  'Übergabe',
  'Größe',
  'Verwaltung',
]

function sentence(i: number): string {
  const n = 4 + (i % 9)
  const words: string[] = []
  for (let k = 0; k < n; k++) words.push(WORDS[(i * 7 + k * 3) % WORDS.length] ?? '')
  return `${words.join(' ')} „${i}“ – ${i % 50} €`
}

/**
 * Builds the board into a fresh document; `images` are the uploaded images' hashes with their
 * natural size. Returns the document.
 */
export function buildBigBoard(
  images: readonly { hash: string; width: number; height: number }[],
): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('meta').set('title', 'Export-Benchmark Musterstadt')
  const columns = 5
  const frameW = 4_000
  const frameH = 2_600
  for (let f = 0; f < BIG_BOARD.frames; f++) {
    createFrame(doc, {
      x: (f % columns) * (frameW + 200),
      y: Math.floor(f / columns) * (frameH + 200),
      w: frameW,
      h: frameH,
      title: `Schritt ${f + 1}: ${WORDS[f % WORDS.length]}`,
    })
  }
  const spot = (i: number, per: number): { x: number; y: number } => {
    const frame = i % BIG_BOARD.frames
    const slot = Math.floor(i / BIG_BOARD.frames) % per
    return {
      x: (frame % columns) * (frameW + 200) + 150 + (slot % 18) * 210,
      y: Math.floor(frame / columns) * (frameH + 200) + 150 + Math.floor(slot / 18) * 210,
    }
  }
  for (let i = 0; i < BIG_BOARD.notes; i++) {
    createNote(doc, {
      ...spot(i, 300),
      color: COLORS[i % COLORS.length],
      text: sentence(i),
    })
  }
  const actors: string[] = []
  for (let i = 0; i < BIG_BOARD.actors; i++) {
    const { x, y } = spot(i, 300)
    actors.push(
      createActor(doc, {
        x: x + 40_000,
        y,
        name: `Akteur ${i}: ${WORDS[i % WORDS.length]}`,
        category: ACTOR_CATEGORIES[i % ACTOR_CATEGORIES.length]?.id ?? 'administration',
      }),
    )
  }
  const roles: string[] = []
  for (let i = 0; i < BIG_BOARD.roles; i++) {
    roles.push(
      createRole(doc, {
        x: 80_000 + (i % 20) * 300,
        y: Math.floor(i / 20) * 260,
        title: `Rolle ${i}`,
      }),
    )
  }
  const people: string[] = []
  for (let i = 0; i < BIG_BOARD.people; i++) {
    people.push(
      createPerson(doc, {
        x: 90_000 + (i % 20) * 300,
        y: Math.floor(i / 20) * 200,
        name: `Person ${i} Müller`,
      }),
    )
  }
  for (let i = 0; i < BIG_BOARD.people; i++) {
    const person = people[i]
    const role = roles[i % roles.length]
    if (person && role) assignRole(doc, { personId: person, roleId: role, raci: 'R', share: 20 })
  }
  for (let i = 0; i < BIG_BOARD.connectors; i++) {
    const from = actors[i % actors.length]
    const to = actors[(i * 13 + 1) % actors.length]
    if (!from || !to || from === to) continue
    createConnector(doc, {
      from: { elementId: from },
      to: { elementId: to },
      text: i % 4 === 0 ? 'liefert Daten an' : undefined,
    })
  }
  images.forEach((image, i) => {
    createImage(doc, {
      x: 60_000 + i * 900,
      y: 0,
      asset: image.hash,
      mime: 'image/png',
      width: image.width,
      height: image.height,
    })
  })
  return doc
}
