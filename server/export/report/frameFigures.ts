import { describeExport, pictureSvg } from '../boardSvg.ts'
import { ExportRefused, type ExportJob } from '../formats.ts'
import { PNG_MIN_TEXT_PIXELS, pngScale, smallestSetFontSize, svgToPng } from '../png.ts'
import {
  FIGURE_MAX_HEIGHT_PX,
  FIGURE_MAX_WIDTH_PX,
  type FigureImage,
  type FigureImages,
} from './figureImage.ts'

/**
 * Pixels a figure has for each pixel it is shown at on the page: twice, so it stays sharp when
 * printed or zoomed, and a 20-frame report stays a few megabytes.
 */
export const FIGURE_PIXEL_DENSITY = 2

/**
 * Each frame's picture as PNG, drawn as the PNG export draws a frame (the same SVG through resvg,
 * on white), at the resolution the page shows it at. A frame that is not there has no picture.
 */
export function frameFigureImages(job: ExportJob): FigureImages {
  return async (frameId) => {
    const frameJob: ExportJob = {
      ...job,
      options: { ...job.options, scope: 'frame', frame: frameId, background: 'white' },
      // Missing images are named in the picture itself; the report's answer has no such header.
      header: undefined,
    }
    let picture
    try {
      picture = describeExport(frameJob)
    } catch (err) {
      if (err instanceof ExportRefused) return null
      throw err
    }
    const { w, h } = picture.bounds
    const fit = Math.min(
      FIGURE_PIXEL_DENSITY,
      (FIGURE_MAX_WIDTH_PX * FIGURE_PIXEL_DENSITY) / w,
      (FIGURE_MAX_HEIGHT_PX * FIGURE_PIXEL_DENSITY) / h,
    )
    const scale = pngScale(w, h, fit)
    // As the PNG export draws it: text as glyph outlines, what would be illegible left out.
    const drawn = await pictureSvg(frameJob, picture, {
      pixelsPerUnit: scale,
      embedFonts: false,
      minFontSize: smallestSetFontSize(picture, PNG_MIN_TEXT_PIXELS / scale),
      glyphs: true,
    })
    const png = await svgToPng(drawn.svg, scale, 'white')
    return { png, ...pngSize(png) }
  }
}

/** Width and height from a PNG's header (IHDR, right after the signature). */
function pngSize(png: Uint8Array): Pick<FigureImage, 'width' | 'height'> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
