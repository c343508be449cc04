import type { BoardElement } from '../../../../shared/schema/index.ts'
import { CARD_TITLE_SIZE } from '../../../../shared/picture/text/cardLayout.ts'

/**
 * The level of detail that keeps titles: zoomed out so far that a card's title would be drawn
 * smaller than this many CSS pixels, a card (actor, role, person) shows its title alone, set at
 * least this large and wrapped into the card's box, instead of a blank box with a coloured bar.
 */
export const TITLE_MIN_PIXELS = 11
/**
 * Below this zoom notes are plain coloured shapes (and their text too small to read): they show
 * their first words at TITLE_MIN_PIXELS instead, while no more than NOTE_TITLE_BUDGET notes are
 * in view.
 */
export const LOD_ZOOM = 0.25
/**
 * The most notes in view that still get titles when zoomed out below LOD_ZOOM. Above it notes
 * stay plain rectangles drawn in one fill per colour (render/lodBatch.ts): 10,000 notes' words,
 * 11 pixels each, would be unreadable as a whole and cost more than a frame.
 */
export const NOTE_TITLE_BUDGET = 600
/** Zoom steps per halving in which a title's size is kept (fewer layouts while zooming). */
const STEPS_PER_OCTAVE = 4

/**
 * The board size a title is set at when zoomed out to `zoom`: at least TITLE_MIN_PIXELS on
 * screen and at most a step larger, the same for every zoom in a step, so zooming lays titles
 * out again a few times per halving, not every frame.
 */
export function titleSizeAt(zoom: number): number {
  const step = Math.floor(Math.log2(zoom) * STEPS_PER_OCTAVE) / STEPS_PER_OCTAVE
  return TITLE_MIN_PIXELS / 2 ** step
}

/** True for the kinds whose title the zoomed-out board keeps. */
function isCard(el: BoardElement): boolean {
  return el.kind === 'actor' || el.kind === 'role' || el.kind === 'person'
}

/**
 * What one frame draws of each element: `titleSize` (board units) for the elements that show
 * their title alone, null for those drawn in full detail (or as plain shapes).
 */
export interface LevelOfDetail {
  zoom: number
  /** Notes show titles (zoomed out below LOD_ZOOM with few enough in view). */
  noteTitles: boolean
  /** Cards show titles alone (their own title would be under TITLE_MIN_PIXELS). */
  cardTitles: boolean
  titleSize: number
}

/** The level of detail at `zoom` with `notesInView` notes in view. */
export function levelOfDetail(zoom: number, notesInView: number): LevelOfDetail {
  return {
    zoom,
    noteTitles: zoom < LOD_ZOOM && notesInView <= NOTE_TITLE_BUDGET,
    cardTitles: CARD_TITLE_SIZE * zoom < TITLE_MIN_PIXELS,
    titleSize: titleSizeAt(zoom),
  }
}

/** The title size `el` is drawn with at this level of detail; null: its full (or plain) picture. */
export function titleSizeFor(lod: LevelOfDetail, el: BoardElement): number | null {
  if (el.kind === 'note') return lod.noteTitles ? lod.titleSize : null
  return lod.cardTitles && isCard(el) ? lod.titleSize : null
}

/** How many notes are in `elements`. */
export function countNotes(elements: readonly BoardElement[]): number {
  let n = 0
  for (const el of elements) if (el.kind === 'note') n++
  return n
}
