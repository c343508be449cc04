import { afterEach, describe, expect, it } from 'vitest'
import { writeBoardPdf } from '../../../../server/export/pdf/boardPdf.ts'
import type { Picture, Primitive } from '../../../../shared/picture/primitives.ts'
import { pdfOnDisk, type PdfOnDisk } from '../../../helpers/poppler.ts'

const BLUE = '#1b4fa0'
const DPI = 150

/** Two squares, the inner one inside the outer, both drawn the same way round. */
function nestedSquares(left: number, fillRule: 'evenodd' | 'nonzero'): Primitive {
  const square = (a: number, b: number): Extract<Primitive, { kind: 'path' }>['commands'] => [
    { op: 'move', x: left + a, y: a },
    { op: 'line', x: left + b, y: a },
    { op: 'line', x: left + b, y: b },
    { op: 'line', x: left + a, y: b },
    { op: 'close' },
  ]
  return { kind: 'path', commands: [...square(10, 90), ...square(30, 70)], fill: BLUE, fillRule }
}

/** Four cells of 100 × 100 board units, each testing one thing a backend can get wrong. */
const PICTURE: Picture = {
  bounds: { x: 0, y: 0, w: 400, h: 100 },
  items: [
    nestedSquares(0, 'evenodd'),
    nestedSquares(100, 'nonzero'),
    {
      kind: 'path',
      commands: [
        { op: 'move', x: 200, y: 100 },
        { op: 'quad', cx: 250, cy: 0, x: 300, y: 100 },
        { op: 'close' },
      ],
      fill: BLUE,
    },
    {
      kind: 'group',
      opacity: 0.5,
      clip: { x: 300, y: 0, w: 50, h: 100 },
      children: [{ kind: 'rect', x: 310, y: 10, w: 80, h: 80, fill: '#000000' }],
    },
  ],
}

let pdf: PdfOnDisk | undefined
afterEach(() => pdf?.dispose())

/** The picture on an A4 page, and a way to read the pixel at a board point. */
async function rendered(picture: Picture): Promise<(x: number, y: number) => number[]> {
  const bytes = await writeBoardPdf({
    title: 'Pixel',
    pages: [{ heading: 'Pixel', picture, alt: 'Vier Felder' }],
    paper: 'a4-landscape',
    language: 'de',
    now: new Date('2026-12-07T00:00:00Z'),
    readAsset: async () => null,
  })
  pdf = pdfOnDisk(bytes)
  const [box] = pdf.figureBoxes()
  const pageHeight = Number(pdf.info()['Page size']!.split(' ')[2])
  const page = pdf.pixels(1, DPI)
  const b = picture.bounds
  const [left, bottom, right, top] = box!
  return (x, y) =>
    page.at(
      ((left + ((x - b.x) / b.w) * (right - left)) * DPI) / 72,
      ((pageHeight - top + ((y - b.y) / b.h) * (top - bottom)) * DPI) / 72,
    )
}

describe('drawPrimitives on a PDF page', () => {
  it('fills by the path’s fill rule: even-odd leaves the inner square open, non-zero fills it', async () => {
    const at = await rendered(PICTURE)
    expect(at(50, 50)).toEqual([255, 255, 255])
    expect(at(20, 50)).toEqual([0x1b, 0x4f, 0xa0])
    expect(at(150, 50)).toEqual([0x1b, 0x4f, 0xa0])
  })

  it('draws a quadratic curve as the quadratic it is (its top at half the control point’s height)', async () => {
    const at = await rendered(PICTURE)
    expect(at(250, 53)).toEqual([0x1b, 0x4f, 0xa0])
    expect(at(250, 46)).toEqual([255, 255, 255])
  })

  it('clips a group and draws it at its opacity', async () => {
    const at = await rendered(PICTURE)
    const [grey] = at(325, 50)
    expect(Math.abs(grey! - 128)).toBeLessThanOrEqual(2)
    expect(at(375, 50)).toEqual([255, 255, 255])
  })
})
