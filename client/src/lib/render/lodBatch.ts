import { NOTE_COLORS, type BoardElement } from '../../../../shared/schema/index.ts'
import { drawElement, LOD_ZOOM, type DrawContext } from './drawElements.ts'

/**
 * Draws elements bottom to top. Zoomed out below LOD_ZOOM, where a note is a plain coloured
 * rectangle, consecutive notes are batched into one path per colour and filled once each: with
 * 10,000 notes in view that is a handful of fills instead of 10,000 fillStyle changes and fills.
 * Anything else flushes the batch first, so it still covers the notes below it and is covered
 * by those above; only overlapping notes of different colours within one run may swap order,
 * which at that size nobody can tell. While few enough notes are in view to keep their titles
 * (levelOfDetail.ts), each is drawn on its own instead.
 */
export function drawElementsBatched(dc: DrawContext, elements: readonly BoardElement[]): void {
  if (dc.zoom >= LOD_ZOOM || dc.lod?.noteTitles === true) {
    for (const el of elements) drawElement(dc, el)
    return
  }
  const { ctx } = dc
  const paths = new Map<string, Path2D>()
  const flush = (): void => {
    for (const [fill, path] of paths) {
      ctx.fillStyle = fill
      ctx.fill(path)
    }
    paths.clear()
  }
  for (const el of elements) {
    if (el.kind !== 'note') {
      flush()
      drawElement(dc, el)
      continue
    }
    const fill = NOTE_COLORS[el.color]
    let path = paths.get(fill)
    if (!path) {
      path = new Path2D()
      paths.set(fill, path)
    }
    path.rect(el.x, el.y, el.w, el.h)
  }
  flush()
}
