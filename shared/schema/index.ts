import * as Y from 'yjs'
import { readBase, type UnknownElement } from './element.ts'
import { readNote, type Note } from './note.ts'
import { readTextElement, type TextElement } from './text.ts'
import { readShape, type Shape } from './shape.ts'
import { readFrame, type Frame } from './frame.ts'
import { readStroke, type Stroke } from './stroke.ts'
import { readConnector, type Connector } from './connector.ts'
import { readImage, type ImageElement } from './image.ts'
import { readActor, type Actor } from './actor.ts'
import { readRole, type Role } from './role.ts'
import { readPerson, type Person } from './person.ts'

export * from './doc.ts'
export * from './element.ts'
export * from './note.ts'
export * from './palette.ts'
export * from './text.ts'
export * from './shape.ts'
export * from './frame.ts'
export * from './stroke.ts'
export * from './connector.ts'
export * from './image.ts'
export * from './actor.ts'
export * from './role.ts'
export * from './person.ts'
export * from './assignment.ts'
export * from './relation.ts'
export * from './version.ts'
export * from './migrations.ts'

/** Every element this version can draw, plus the placeholder for what it cannot. */
export type BoardElement =
  | Note
  | TextElement
  | Shape
  | Frame
  | Stroke
  | Connector
  | ImageElement
  | Actor
  | Role
  | Person
  | UnknownElement

/** The domain cards: actors on the ecosystem map, roles, people and org units. */
export type DomainCard = Actor | Role | Person

const READERS: Record<string, (id: string, map: Y.Map<unknown>) => BoardElement> = {
  note: readNote,
  text: readTextElement,
  shape: readShape,
  frame: readFrame,
  stroke: readStroke,
  connector: readConnector,
  image: readImage,
  actor: readActor,
  role: readRole,
  person: readPerson,
}

/** Reads one element into a plain object; never throws, whatever the map holds. */
export function readElement(id: string, value: unknown): BoardElement {
  if (!isYMap(value)) {
    return { id, type: '', x: 0, y: 0, w: 100, h: 100, z: '', kind: 'unknown', reason: 'not a map' }
  }
  const type = value.get('type')
  const reader = typeof type === 'string' ? READERS[type] : undefined
  if (reader) return reader(id, value)
  const { base, problem } = readBase(id, value)
  return { ...base, kind: 'unknown', reason: problem ?? `unknown type "${base.type}"` }
}

function isYMap(value: unknown): value is Y.Map<unknown> {
  return value instanceof Y.Map
}
