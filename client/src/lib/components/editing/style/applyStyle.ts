import type { Board } from '../../../model/board.svelte.ts'
import type { BoardElement } from '../../../../../../shared/schema/index.ts'
import { setElementStyle } from '../../../../../../shared/ops/setElementStyle.ts'
import type { ElementStyle } from '../../../../../../shared/ops/styleRules.ts'
import { STYLE_ROWS, styleValue, type StyleRow } from './styleOptions.ts'

/** The style rows that apply to at least one of the selected elements, in panel order. */
export function rowsFor(selected: readonly BoardElement[]): StyleRow[] {
  return STYLE_ROWS.filter((row) => selected.some((el) => row.types.includes(el.type)))
}

/** The value every selected element of the row's types shares, or undefined. */
export function sharedValue(selected: readonly BoardElement[], row: StyleRow): unknown {
  const values = selected
    .filter((el) => row.types.includes(el.type))
    .map((el) => styleValue(el, row.key))
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined
}

/** Sets a row's value on the selected elements of its types: one undo step. */
export function applyStyle(
  board: Board,
  selected: readonly BoardElement[],
  row: StyleRow,
  value: string | number,
): void {
  const ids = selected.filter((el) => row.types.includes(el.type)).map((el) => el.id)
  // The rule table checks each value against each element's type; a wrong one is skipped.
  const style = { [row.key]: value } as ElementStyle
  board.run(setElementStyle, { ids, style })
}
