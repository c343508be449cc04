import { createActor } from '../../../../shared/ops/createActor.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'
import { resizeElement } from '../../../../shared/ops/resizeElement.ts'
import type { Rect } from '../geometry/geometry.ts'
import type { Board } from '../model/board.svelte.ts'

/**
 * Makes an empty card of a kind at a rectangle (a click: the default size around the pointer;
 * a drag: what was drawn), through the domain operations, inside the caller's gesture. An actor
 * starts as "Sonstige" until someone picks its category; on an ecosystem map its ring and
 * field follow from where it lands. Returns the id, null without the edit right.
 */
export function createCard(
  board: Board,
  kind: 'actor' | 'role' | 'person',
  rect: Rect,
): string | null {
  const centre = { x: Math.round(rect.x + rect.w / 2), y: Math.round(rect.y + rect.h / 2) }
  const id =
    kind === 'actor'
      ? board.run(createActor, { ...centre, name: '', category: 'custom' })
      : kind === 'role'
        ? board.run(createRole, { ...centre, title: '' })
        : board.run(createPerson, { ...centre, name: '' })
  const made = id === null ? undefined : board.get(id)
  const w = Math.round(rect.w)
  const h = Math.round(rect.h)
  if (id !== null && made && (made.w !== w || made.h !== h)) {
    board.run(resizeElement, { id, x: Math.round(rect.x), y: Math.round(rect.y), w, h })
  }
  return id
}
