import type { ReportDocument } from '../../../shared/report/document.ts'

/** A frame's picture for the report, as a PNG with its size in pixels. */
export interface FigureImage {
  png: Uint8Array
  width: number
  height: number
}

/**
 * Gives the picture of a frame by its id, or null when there is none to give (the frame is gone,
 * the picture could not be drawn): the writer then writes the figure's caption alone.
 */
export type FigureImages = (frameId: string) => Promise<FigureImage | null>

/** Widest a figure is shown on the page, in CSS pixels (96 to the inch): an A4 text width. */
export const FIGURE_MAX_WIDTH_PX = 600
/** Tallest a figure is shown, so that one figure and its caption fit on an A4 page. */
export const FIGURE_MAX_HEIGHT_PX = 800

/** The size a picture is shown at: its own, shrunk to fit the page, never enlarged. */
export function shownSize(image: FigureImage): { width: number; height: number } {
  const scale = Math.min(1, FIGURE_MAX_WIDTH_PX / image.width, FIGURE_MAX_HEIGHT_PX / image.height)
  return {
    width: Math.max(1, Math.round(image.width * scale)),
    height: Math.max(1, Math.round(image.height * scale)),
  }
}

/** No pictures at all: every figure is written as its caption alone. */
export const NO_FIGURE_IMAGES: FigureImages = () => Promise.resolve(null)

/**
 * How many frames' pictures are drawn at once. Drawing runs in libuv's thread pool (four threads
 * by default); two keep a report quick without taking every thread from file reads and writes.
 */
export const FIGURE_DRAWING_CONCURRENCY = 2

/** The pictures of every figure in the report, by frame id, drawn a few at a time. */
export async function figurePictures(
  report: ReportDocument,
  figureImages: FigureImages,
): Promise<Map<string, FigureImage>> {
  const frameIds = [
    ...new Set(report.blocks.flatMap((b) => (b.kind === 'figure' ? [b.frameId] : []))),
  ]
  const pictures = new Map<string, FigureImage>()
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < frameIds.length) {
      const frameId = frameIds[next++] as string
      const image = await figureImages(frameId)
      if (image) pictures.set(frameId, image)
    }
  }
  await Promise.all(Array.from({ length: FIGURE_DRAWING_CONCURRENCY }, worker))
  return pictures
}
