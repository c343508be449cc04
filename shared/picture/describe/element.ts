import type { BoardElement } from '../../schema/index.ts'
import type { GroupPrimitive } from '../primitives.ts'
import { describeActor } from './actor.ts'
import { describeConnector } from './connector.ts'
import type { DescribeContext } from './context.ts'
import { describeFrame } from './frame.ts'
import { describeImage } from './image.ts'
import { describeNote } from './note.ts'
import { describePerson } from './person.ts'
import { describePlaceholder } from './placeholder.ts'
import { describeRole } from './role.ts'
import { describeShape } from './shape.ts'
import { describeStroke } from './stroke.ts'
import { describeText } from './text.ts'

/** Draws one element of kind `K`. */
type Describer<K extends BoardElement['kind']> = (
  el: Extract<BoardElement, { kind: K }>,
  ctx: DescribeContext,
) => GroupPrimitive

/**
 * The describer of every element kind, keyed by the read model's `kind`: a kind missing here does
 * not compile. The client's kind registry (client/src/lib/kinds/) points at the same functions.
 */
export const DESCRIBERS: { readonly [K in BoardElement['kind']]: Describer<K> } = {
  note: describeNote,
  shape: describeShape,
  text: describeText,
  frame: describeFrame,
  stroke: describeStroke,
  image: describeImage,
  connector: describeConnector,
  actor: describeActor,
  role: describeRole,
  person: describePerson,
  unknown: describePlaceholder,
}

/**
 * One element as one group of primitives (its `elementId` is the element's id, its `meaning`
 * what a reader is told about it), as it looks at full size. Never throws: an element that
 * cannot be described becomes the placeholder, so one broken element never blanks a picture.
 */
export function describeElement(el: BoardElement, ctx: DescribeContext): GroupPrimitive {
  try {
    // Each describer is handed only elements of its own kind.
    const describe = DESCRIBERS[el.kind] as Describer<BoardElement['kind']> | undefined
    if (describe) return describe(el, ctx)
  } catch {
    // Falls through to the placeholder below.
  }
  return describePlaceholder({ ...el, kind: 'unknown', reason: 'not drawable' }, ctx)
}
