import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import {
  FIGURE_DRAWING_CONCURRENCY,
  figurePictures,
  shownSize,
  type FigureImage,
} from '../../../../server/export/report/figureImage.ts'
import { frameFigureImages } from '../../../../server/export/report/frameFigures.ts'
import type { ExportJob } from '../../../../server/export/formats.ts'
import { parseExportQuery } from '../../../../shared/export/options.ts'
import { decodePng, pixelsOfColour } from '../../../helpers/pngPixels.ts'
import { buildWorkshopBoard } from '../../../helpers/workshopBoard.ts'
import { NOTE_COLORS } from '../../../../shared/schema/index.ts'
import { workshopReport } from './reportFixture.ts'

const image = (width: number, height: number): FigureImage => ({
  png: new Uint8Array(),
  width,
  height,
})

describe('shownSize', () => {
  it('shrinks a picture to the text width or the page height, in proportion, never enlarges', () => {
    expect(shownSize(image(1200, 675))).toEqual({ width: 600, height: 338 })
    expect(shownSize(image(400, 1600))).toEqual({ width: 200, height: 800 })
    expect(shownSize(image(300, 200))).toEqual({ width: 300, height: 200 })
  })
})

describe('figurePictures', () => {
  it('asks for each frame once, a few at a time, and leaves out frames without a picture', async () => {
    const { report, board } = workshopReport('de')
    const asked: string[] = []
    let running = 0
    let most = 0
    const pictures = await figurePictures(report, async (frameId) => {
      asked.push(frameId)
      running += 1
      most = Math.max(most, running)
      await new Promise<void>((resolve) => setImmediate(resolve))
      running -= 1
      return frameId === board.frames.empty ? null : image(10, 10)
    })
    expect(asked.sort()).toEqual(Object.values(board.frames).sort())
    expect(most).toBe(FIGURE_DRAWING_CONCURRENCY)
    expect([...pictures.keys()].sort()).toEqual([board.frames.ideas, board.frames.roles].sort())
  })
})

describe('frameFigureImages', () => {
  const job = (doc: Y.Doc): ExportJob => ({
    doc,
    boardId: 'b',
    title: 'Digitale Kommune',
    options: parseExportQuery({ format: 'docx' }),
    now: new Date(),
    assets: [],
    readAsset: () => Promise.resolve(null),
    boardUrl: '/b/b',
  })

  it('draws a frame on white at twice the size the page shows it, its notes on it', async () => {
    const doc = new Y.Doc()
    const { frames } = buildWorkshopBoard(doc)
    const picture = await frameFigureImages(job(doc))(frames.roles)
    if (!picture) throw new Error('no picture')
    const { width, height, pixels } = decodePng(picture.png)
    expect([picture.width, picture.height]).toEqual([width, height])
    expect(width).toBe(1200)
    expect([...pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255])
    expect(pixelsOfColour(pixels, NOTE_COLORS.yellow)).toBeGreaterThan(200 * 200)
  })

  it('has no picture for a frame that is not on the board', async () => {
    expect(await frameFigureImages(job(new Y.Doc()))('gone')).toBeNull()
  })
})
