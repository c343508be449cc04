import {
  DEFAULT_INK,
  DEFAULT_NOTE_COLOR,
  DEFAULT_SHAPE_FILL,
  DEFAULT_SHAPE_STROKE_WIDTH,
  DEFAULT_STROKE_WIDTH,
  DEFAULT_TEXT_FONT_SIZE,
  type BoardElement,
} from '../../../../shared/schema/index.ts'
import { relativeStroke } from '../../../../shared/ops/createStroke.ts'
import type { NewElement } from './types.ts'

/** Id of preview elements: never in the document. */
export const PREVIEW_ID = '\u0000preview'

/**
 * The element a creation tool is about to make, as it will look with default styles: drawn
 * as a preview while the pointer is down, before anything is written.
 */
export function ghostElement(spec: NewElement): BoardElement {
  const base = { id: PREVIEW_ID, z: '' }
  switch (spec.type) {
    case 'note':
      return {
        ...base,
        ...spec.rect,
        kind: 'note',
        type: 'note',
        color: DEFAULT_NOTE_COLOR,
        text: '',
      }
    case 'text':
      return {
        ...base,
        ...spec.rect,
        kind: 'text',
        type: 'text',
        text: '',
        fontSize: DEFAULT_TEXT_FONT_SIZE,
        color: DEFAULT_INK,
        align: 'left',
      }
    case 'shape':
      return {
        ...base,
        ...spec.rect,
        kind: 'shape',
        type: 'shape',
        shape: spec.shape,
        fill: DEFAULT_SHAPE_FILL,
        stroke: DEFAULT_INK,
        strokeWidth: DEFAULT_SHAPE_STROKE_WIDTH,
        strokeStyle: 'solid',
        text: '',
      }
    case 'frame':
      return { ...base, ...spec.rect, kind: 'frame', type: 'frame', text: '' }
    case 'actor':
      return {
        ...base,
        ...spec.rect,
        kind: 'actor',
        type: 'actor',
        name: '',
        category: 'custom',
        customCategory: '',
        ring: null,
        field: null,
        placement: 'map',
        note: '',
      }
    case 'role':
      return {
        ...base,
        ...spec.rect,
        kind: 'role',
        type: 'role',
        title: '',
        catalogueId: null,
        group: null,
        description: '',
      }
    case 'person':
      return {
        ...base,
        ...spec.rect,
        kind: 'person',
        type: 'person',
        personKind: 'person',
        name: '',
        orgUnit: '',
        availability: 100,
      }
    case 'stroke': {
      const { x, y, w, h, points } = relativeStroke(spec.points, DEFAULT_STROKE_WIDTH)
      return {
        ...base,
        x,
        y,
        w,
        h,
        kind: 'stroke',
        type: 'stroke',
        points,
        color: DEFAULT_INK,
        width: DEFAULT_STROKE_WIDTH,
        pressure: spec.pressure,
      }
    }
  }
}
