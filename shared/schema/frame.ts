import type * as Y from 'yjs'
import { readBase, readText, type ElementBase, type UnknownElement } from './element.ts'

/**
 * A frame: a named area of the board (a workshop step, a topic). Drawn below other elements.
 * Content is not stored: whatever has its centre inside the frame belongs to it.
 */
export interface Frame extends ElementBase {
  kind: 'frame'
  type: 'frame'
  /** The title (a Y.Text under `text`), '' for none. */
  text: string
}

/** Size of a frame created by a click (board units): a 16:9 area. */
export const DEFAULT_FRAME_SIZE = { w: 800, h: 450 } as const
/** Longest frame title. */
export const FRAME_TITLE_MAX = 200

export function readFrame(id: string, map: Y.Map<unknown>): Frame | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  return { ...base, kind: 'frame', type: 'frame', text: readText(map, 'text', FRAME_TITLE_MAX) }
}
