import { afterEach, describe, expect, it } from 'vitest'
import { writeBoardPdf, type BoardPdfPage } from '../../../../server/export/pdf/boardPdf.ts'
import type { Picture, Primitive } from '../../../../shared/picture/primitives.ts'
import type { Paper } from '../../../../shared/export/options.ts'
import { pngBytes } from '../../../helpers/images.ts'
import {
  outlineTitles,
  pdfOnDisk,
  rawPdf,
  structAlts,
  type PdfOnDisk,
} from '../../../helpers/poppler.ts'

const NOW = new Date('2026-12-07T09:30:00Z')
const GERMAN = 'Straße „Größe“ – 5 € für Maßnahmen, ẞ ÄÖÜ äöü'
const PHOTO = 'b'.repeat(64)
const GONE = 'c'.repeat(64)

/** A note as the describer draws one: a rounded card and its laid-out lines, in one group. */
function note(id: string, x: number, y: number, lines: string[]): Primitive {
  return {
    kind: 'group',
    elementId: id,
    meaning: `Notiz: ${lines.join(' ')}`,
    children: [
      { kind: 'rect', x, y, w: 220, h: 160, radius: 6, fill: '#fff3a0' },
      {
        kind: 'text',
        lines: lines.map((text, i) => ({ text, x: x + 12, y: y + 30 + i * 24 })),
        fontSize: 18,
        weight: 400,
        fill: '#1a1a1a',
        anchor: 'start',
      },
    ],
  }
}

/** A picture with every primitive kind the backend draws. */
function everyKind(): Picture {
  return {
    bounds: { x: 0, y: 0, w: 1200, h: 700 },
    items: [
      note('n1', 20, 20, [GERMAN.slice(0, 24), GERMAN.slice(25)]),
      {
        kind: 'group',
        elementId: 's1',
        meaning: 'Ellipse: Verwaltung',
        children: [
          { kind: 'ellipse', cx: 600, cy: 150, rx: 120, ry: 70, fill: '#1b4fa0' },
          {
            kind: 'text',
            lines: [{ text: 'Verwaltung', x: 600, y: 156 }],
            fontSize: 20,
            weight: 700,
            fill: '#ffffff',
            anchor: 'middle',
          },
        ],
      },
      {
        kind: 'path',
        commands: [
          { op: 'move', x: 800, y: 100 },
          { op: 'cubic', c1x: 850, c1y: 0, c2x: 950, c2y: 200, x: 1000, y: 100 },
          { op: 'quad', cx: 1100, cy: 50, x: 1150, y: 150 },
        ],
        stroke: { paint: '#b3261e', width: 4, dash: [10, 6], cap: 'round', join: 'round' },
      },
      {
        kind: 'text',
        lines: [{ text: 'rechtsbündig', x: 1180, y: 300 }],
        fontSize: 16,
        weight: 600,
        fill: 'rgba(26, 26, 26, 0.8)',
        anchor: 'end',
      },
      { kind: 'image', hash: PHOTO, x: 20, y: 300, w: 300, h: 200, alt: 'Foto der Pinnwand' },
      { kind: 'image', hash: GONE, x: 400, y: 300, w: 300, h: 200, alt: 'Stadtplan' },
      {
        kind: 'group',
        opacity: 0.5,
        clip: { x: 800, y: 400, w: 200, h: 200 },
        children: [{ kind: 'rect', x: 700, y: 300, w: 400, h: 400, fill: '#2b6a2f' }],
      },
    ],
  }
}

function pages(count: number): BoardPdfPage[] {
  return Array.from({ length: count }, (_, i) => ({
    heading: i === 0 ? 'Digitalstrategie Musterstadt' : `Rahmen ${i}: Rollen klären`,
    picture: everyKind(),
    alt: `Seite ${i + 1}: Rahmen „Rollen klären“ mit 1 Notiz und 1 Form.`,
  }))
}

async function write(
  count: number,
  options: { paper?: Paper; language?: 'de' | 'en' } = {},
): Promise<{ bytes: Uint8Array; pdf: PdfOnDisk }> {
  const bytes = await writeBoardPdf({
    title: 'Digitalstrategie Musterstadt',
    pages: pages(count),
    paper: options.paper ?? 'a4-landscape',
    language: options.language ?? 'de',
    now: NOW,
    readAsset: async (hash) => (hash === PHOTO ? pngBytes(1600, 1200, [200, 60, 40]) : null),
  })
  const pdf = pdfOnDisk(bytes)
  opened.push(pdf)
  return { bytes, pdf }
}

const opened: PdfOnDisk[] = []
afterEach(() => {
  for (const pdf of opened.splice(0)) pdf.dispose()
})

describe('writeBoardPdf', () => {
  it('writes one page per picture, tagged, titled, on the chosen paper', async () => {
    const { pdf } = await write(3)
    const info = pdf.info()
    expect(info.Pages).toBe('3')
    expect(info.Tagged).toBe('yes')
    expect(info.Title).toBe('Digitalstrategie Musterstadt')
    expect(info['Page size']).toBe('841.89 x 595.28 pts (A4)')
  })

  it.each([
    ['a4-portrait', '595.28 x 841.89 pts (A4)'],
    ['a4-landscape', '841.89 x 595.28 pts (A4)'],
    ['a3-portrait', '841.89 x 1190.55 pts (A3)'],
    ['a3-landscape', '1190.55 x 841.89 pts (A3)'],
  ] as const)('puts %s on %s', async (paper, size) => {
    const { pdf } = await write(1, { paper })
    expect(pdf.info()['Page size']).toBe(size)
  })

  it('keeps the notes’ German text as text a reader extracts exactly', async () => {
    const { pdf } = await write(1)
    const text = pdf.text('-raw')
    expect(text).toContain(GERMAN.slice(0, 24))
    expect(text).toContain(GERMAN.slice(25))
    expect(text).toContain('Verwaltung')
    expect(text).toContain('rechtsbündig')
  })

  it('embeds Source Sans 3 as subsets and no other font', async () => {
    const { pdf } = await write(1)
    const fonts = pdf.fonts()
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font.name).toMatch(/^SourceSans3-(Regular|Semibold|Bold)$/)
      expect(font).toMatchObject({ subsetTag: true, embedded: true, subset: true })
    }
  })

  it('tags the pages under Document: an H1 a page, each picture a Figure with its text alternative', async () => {
    const { bytes, pdf } = await write(2)
    const tree = pdf.run('pdfinfo', '-struct-text')
    const top = tree.split('\n').filter((l) => /^\S/.test(l))
    expect(top).toEqual(['Document'])
    expect(tree).toMatch(/^ {2}H1 \(block\)\n {4}"Digitalstrategie Musterstadt"$/m)
    expect(tree).toMatch(/^ {2}H1 \(block\)\n {4}"Rahmen 1: Rollen klären"$/m)
    expect(tree.match(/^ {2}Figure/gm)).toHaveLength(2)
    expect(structAlts(bytes, 'Figure').map((f) => f.alt)).toEqual([
      'Seite 1: Rahmen „Rollen klären“ mit 1 Notiz und 1 Form.',
      'Seite 2: Rahmen „Rollen klären“ mit 1 Notiz und 1 Form.',
    ])
    const raw = rawPdf(bytes)
    expect(raw).toMatch(/\/Lang \(de-DE\)/)
    expect(raw).toMatch(/\/DisplayDocTitle true/)
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>')
  })

  it('writes title, date and "Seite n von m" in the footer, as an artifact outside the tags', async () => {
    const { pdf } = await write(3)
    const page2 = pdf.text('-f', '2', '-l', '2', '-raw')
    expect(page2).toContain('Digitalstrategie Musterstadt · 7. Dezember 2026')
    expect(page2).toContain('Seite 2 von 3')
    expect(pdf.run('pdfinfo', '-struct-text')).not.toContain('Seite')
  })

  it('writes the footer and the language in English when asked', async () => {
    const { bytes, pdf } = await write(2, { language: 'en' })
    const text = pdf.text('-raw')
    expect(text).toContain('Page 1 of 2')
    expect(text).toContain('7 December 2026')
    expect(rawPdf(bytes)).toMatch(/\/Lang \(en-GB\)/)
  })

  it('adds bookmarks from three pages on, one a page with its heading', async () => {
    const three = await write(3)
    expect(outlineTitles(three.pdf)).toEqual([
      'Digitalstrategie Musterstadt',
      'Rahmen 1: Rollen klären',
      'Rahmen 2: Rollen klären',
    ])
    const two = await write(2)
    expect(outlineTitles(two.pdf)).toEqual([])
  })

  it('embeds a large image at its capped resolution and names a missing one on the page', async () => {
    const { pdf } = await write(1)
    // pdfimages -list: two header lines, then a row an image (page num type width height color
    // comp bpc enc interp object gen x-ppi y-ppi …); a redrawn image has its alpha as an smask.
    const images = pdf
      .run('pdfimages', '-list')
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/))
      .filter((cells) => cells[2] === 'image')
    expect(images).toHaveLength(1)
    const [width, height, xPpi] = [3, 4, 12].map((i) => Number(images[0]![i]))
    // The upload is 1600 × 1200; drawn about 190 pt wide on A4 landscape it needs ~400 px.
    expect(width).toBeLessThan(450)
    expect(height).toBeLessThan(350)
    expect(xPpi).toBeLessThanOrEqual(151)
    expect(xPpi).toBeGreaterThanOrEqual(149)
    const text = pdf.text('-raw')
    expect(text).toContain('Ein Bild fehlt in dieser Datei: „Stadtplan“.')
    expect(text.replace(/\s+/g, ' ')).toContain('Bild fehlt: Stadtplan')
  })

  it('draws something: the rendered page is not blank', async () => {
    const { pdf } = await write(1)
    expect(pdf.inkShare(1)).toBeGreaterThan(0.05)
  })

  it('drops control characters a hostile title holds from the metadata, heading and footer', async () => {
    const bytes = await writeBoardPdf({
      title: 'Board\u0000\u0007 Größe',
      pages: [{ heading: 'Rahmen\u001b eins', picture: everyKind(), alt: 'x' }],
      paper: 'a4-portrait',
      language: 'de',
      now: NOW,
      readAsset: async () => null,
    })
    const pdf = pdfOnDisk(bytes)
    opened.push(pdf)
    expect(pdf.info().Title).toBe('Board Größe')
    expect(pdf.run('pdfinfo', '-struct-text')).toContain('"Rahmen eins"')
    expect(pdf.text('-raw')).toContain('Board Größe · 7. Dezember 2026')
  })

  it('says so on a page whose picture is empty, without a figure', async () => {
    const bytes = await writeBoardPdf({
      title: 'Leer',
      pages: [
        { heading: 'Leer', picture: { bounds: { x: 0, y: 0, w: 0, h: 0 }, items: [] }, alt: '' },
      ],
      paper: 'a4-portrait',
      language: 'de',
      now: NOW,
      readAsset: async () => null,
    })
    const pdf = pdfOnDisk(bytes)
    opened.push(pdf)
    const tree = pdf.run('pdfinfo', '-struct-text')
    expect(tree).toContain('"Hier ist nichts zu sehen: Der Bereich ist leer."')
    expect(tree).not.toContain('Figure')
  })
})
