import { describeExport, pictureSvg } from './boardSvg.ts'
import { registerExportFormat } from './formats.ts'

/** Images in an SVG are kept at twice their drawn size: sharp on a high-density screen. */
const SVG_IMAGE_PIXELS_PER_UNIT = 2

/**
 * `svg`: the board, a frame or the selection as a standalone SVG: text selectable, the font's
 * subset embedded, images inside, nothing fetched from elsewhere.
 */
registerExportFormat({
  id: 'svg',
  contentType: 'image/svg+xml; charset=utf-8',
  extension: 'svg',
  async write(job) {
    const picture = describeExport(job)
    const { svg } = await pictureSvg(job, picture, {
      pixelsPerUnit: SVG_IMAGE_PIXELS_PER_UNIT,
      embedFonts: true,
    })
    return new TextEncoder().encode(svg)
  },
})
