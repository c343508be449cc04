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

/**
 * One element as one group of primitives (its `elementId` is the element's id, its `meaning`
 * what a reader is told about it), as it looks at full size. Never throws: an element that
 * cannot be described becomes the placeholder, so one broken element never blanks a picture.
 */
export function describeElement(el: BoardElement, ctx: DescribeContext): GroupPrimitive {
  try {
    switch (el.kind) {
      case 'note':
        return describeNote(el, ctx)
      case 'shape':
        return describeShape(el, ctx)
      case 'text':
        return describeText(el, ctx)
      case 'frame':
        return describeFrame(el, ctx)
      case 'stroke':
        return describeStroke(el, ctx)
      case 'image':
        return describeImage(el, ctx)
      case 'connector':
        return describeConnector(el, ctx)
      case 'actor':
        return describeActor(el, ctx)
      case 'role':
        return describeRole(el, ctx)
      case 'person':
        return describePerson(el, ctx)
      case 'unknown':
        return describePlaceholder(el, ctx)
    }
  } catch {
    // Falls through to the placeholder below.
  }
  return describePlaceholder({ ...el, kind: 'unknown', reason: 'not drawable' }, ctx)
}
