import * as Y from 'yjs'
import { Board } from '../../../../client/src/lib/model/board.svelte.ts'
import type { ElementKind, ElementOf } from '../../../../client/src/lib/kinds/index.ts'
import { createActor } from '../../../../shared/ops/createActor.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import {
  createConnector,
  createFrame,
  createImage,
  createNote,
  createShape,
  createStroke,
  createText,
} from '../../../../shared/ops/index.ts'
import { elementsMap } from '../../../../shared/schema/index.ts'

/** One element of every kind, written by the operations and read back by a Board. */
export interface EveryKind {
  doc: Y.Doc
  board: Board
  /** Typed by kind: a kind added to the schema without a sample here does not compile. */
  ids: { [K in ElementKind]: string }
  get<K extends ElementKind>(kind: K): ElementOf<K>
}

/** A board holding one element of every kind (the caller destroys the board). */
export function everyKind(): EveryKind {
  const doc = new Y.Doc()
  const note = createNote(doc, { x: 0, y: 0, text: 'Bürgerbüro', color: 'blue' })
  const frame = createFrame(doc, { x: -100, y: -100, w: 800, h: 450, title: 'Agenda' })
  const ids: { [K in ElementKind]: string } = {
    note,
    text: createText(doc, { x: 0, y: 300, w: 240, h: 48, text: 'Überschrift' }),
    shape: createShape(doc, { x: 300, y: 0, w: 160, h: 100, shape: 'ellipse', text: 'Ziel' }),
    frame,
    stroke: createStroke(doc, { points: [10, 400, 0.5, 60, 420, 0.5] }) ?? 'no stroke',
    connector: createConnector(doc, {
      from: { elementId: note },
      to: { x: 600, y: 90 },
      text: 'meldet',
    }),
    image: createImage(doc, {
      x: 500,
      y: 300,
      asset: 'a'.repeat(64),
      mime: 'image/png',
      width: 100,
      height: 80,
      alt: 'Lageplan',
    }),
    actor: createActor(doc, { x: 0, y: 600, name: 'Stadtwerke', category: 'municipalGroup' }),
    role: createRole(doc, { x: 300, y: 600, catalogueId: 'cio' }),
    person: createPerson(doc, { x: 600, y: 600, name: 'Anna Berg', orgUnit: 'Hauptamt' }),
    unknown: 'sticker',
  }
  // A kind from a newer version: read as the placeholder, its data kept.
  const sticker = new Y.Map<unknown>()
  elementsMap(doc).set(ids.unknown, sticker)
  for (const [key, value] of Object.entries({
    type: 'sticker',
    x: 0,
    y: 800,
    w: 50,
    h: 50,
    z: 'a9',
  }))
    sticker.set(key, value)
  const board = new Board(doc, { canEdit: true })
  return {
    doc,
    board,
    ids,
    get<K extends ElementKind>(kind: K): ElementOf<K> {
      const el = board.get(ids[kind])
      if (el?.kind !== kind) throw new Error(`no ${kind} on the board`)
      return el as ElementOf<K>
    },
  }
}
