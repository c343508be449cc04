import type { Rect } from '../../../../shared/geometry/types.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { ACTOR } from './actor.ts'
import { CONNECTOR } from './connector.ts'
import { FRAME } from './frame.ts'
import { IMAGE } from './image.ts'
import type {
  CreatableKind,
  Creation,
  CreationKind,
  DescribeEnv,
  ElementKind,
  KindSpec,
  NewElement,
  Placing,
  PlacedKind,
  TextBox,
} from './kindSpec.ts'
import { NOTE } from './note.ts'
import { PERSON } from './person.ts'
import { ROLE } from './role.ts'
import { SHAPE } from './shape.ts'
import { STROKE } from './stroke.ts'
import { TEXT } from './text.ts'
import { UNKNOWN } from './unknown.ts'

export type * from './kindSpec.ts'

/**
 * Every element kind and what the client knows about it. Keyed by the read model's `kind`, so
 * the compiler refuses a kind that is missing here: a new kind is its schema file, its
 * describer in shared/picture and one file in this folder, added to this table.
 */
export const KINDS: { readonly [K in ElementKind]: KindSpec<K> } = {
  note: NOTE,
  text: TEXT,
  shape: SHAPE,
  frame: FRAME,
  stroke: STROKE,
  connector: CONNECTOR,
  image: IMAGE,
  actor: ACTOR,
  role: ROLE,
  person: PERSON,
  unknown: UNKNOWN,
}

/**
 * The spec of an element's kind. Its methods take any element, but each spec is only ever
 * handed elements of its own kind, which is why this one cast is sound.
 */
export function kindOf(el: BoardElement): KindSpec<ElementKind> {
  return KINDS[el.kind] as KindSpec<ElementKind>
}

/** How elements of a creatable kind are made. */
export function creationOf(type: CreatableKind): Creation<CreatableKind> {
  return KINDS[type].creation as Creation<CreatableKind>
}

/** The request to make what a creation tool makes, at a rectangle. */
export function newElementAt(kind: CreationKind, rect: Rect): NewElement {
  return { ...kind, rect }
}

/** How elements of a kind placed by a rectangle are placed (size, square, name). */
export function placingOf(kind: CreationKind): Placing<PlacedKind> {
  return KINDS[kind.type].creation.placing as Placing<PlacedKind>
}

/**
 * What the list view and assistive technology call an element: its kind and its text, e.g.
 * "Ellipse: Bürger:innen", "Akteur:in: Stadtwerke, Konzern Kommune".
 */
export function describeElement(el: BoardElement, env: DescribeEnv): string {
  return kindOf(el).describe(el, env)
}

/** The element's text typed in place, or null when its kind has none. */
export function textBoxOf(el: BoardElement | undefined): TextBox<BoardElement> | null {
  return el ? kindOf(el).text : null
}

/** Whether Enter or a double-click edits this element's text (or a card's name) in place. */
export function editsInPlace(el: BoardElement | undefined): boolean {
  return textBoxOf(el) !== null
}

/** Whether the list view edits this element's text too (notes, texts, labels, titles). */
export function editsInList(el: BoardElement | undefined): boolean {
  return textBoxOf(el)?.list != null
}
