import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FlowBlock } from '../../../../../server/export/pdf/flow/flowBlocks.ts'
import { writeFlowPdf } from '../../../../../server/export/pdf/flow/flowWriter.ts'
import {
  outlineTitles,
  pdfOnDisk,
  rawPdf,
  structAlts,
  type PdfOnDisk,
} from '../../../../helpers/poppler.ts'

const GERMAN = 'Straße „Größe“ – 5 € für Maßnahmen, ẞ ÄÖÜ äöü'
const ROWS = 80

const BLOCKS: FlowBlock[] = [
  { kind: 'heading', level: 1, text: 'Workshopbericht Digitalstrategie' },
  { kind: 'paragraph', runs: [{ text: 'Stand: ', bold: true }, { text: GERMAN }] },
  { kind: 'heading', level: 2, text: 'Rollen' },
  {
    kind: 'list',
    items: [
      [{ text: 'CDO: unbesetzt' }],
      [{ text: 'Datenschutzbeauftragte:r: ', bold: true }, { text: 'Konflikt mit IT-Leitung' }],
    ],
  },
  {
    kind: 'table',
    caption: 'Zuordnungen',
    header: ['Rolle', 'Person', 'RACI', 'Zeitanteil'],
    numeric: [false, false, false, true],
    rows: Array.from({ length: ROWS }, (_, i) => [`Rolle ${i}`, `Müller ${i}`, 'A', `${i} %`]),
  },
  { kind: 'heading', level: 2, text: 'Rahmen' },
  {
    kind: 'figure',
    picture: {
      bounds: { x: 0, y: 0, w: 800, h: 450 },
      items: [
        { kind: 'rect', x: 10, y: 10, w: 300, h: 200, fill: '#fff3a0' },
        {
          kind: 'text',
          lines: [{ text: 'Notiz im Bild', x: 20, y: 40 }],
          fontSize: 20,
          weight: 400,
          fill: '#1a1a1a',
          anchor: 'start',
        },
      ],
    },
    alt: 'Rahmen „Rollen klären“ mit 1 Notiz. Notiz im Bild.',
    caption: 'Rahmen „Rollen klären“',
  },
  { kind: 'figure', picture: null, alt: 'Rahmen „Weg“', caption: 'Rahmen „Weg“ (ohne Bild)' },
  { kind: 'heading', level: 3, text: 'Offene Fragen' },
  { kind: 'paragraph', runs: [{ text: 'Ende des Berichts.' }] },
]

let bytes: Uint8Array
let pdf: PdfOnDisk
let tree: string
beforeAll(async () => {
  bytes = await writeFlowPdf({
    document: { title: 'Bericht Digitalstrategie', blocks: BLOCKS },
    paper: 'a4-landscape',
    language: 'de',
    now: new Date('2026-12-07T10:00:00Z'),
    readAsset: async () => null,
  })
  pdf = pdfOnDisk(bytes)
  tree = pdf.run('pdfinfo', '-struct-text')
})
afterAll(() => pdf.dispose())

/** The element types of the tag tree, in order, each with its depth. */
function tags(): string[] {
  return tree
    .split('\n')
    .filter((l) => /^\s*[A-Z][A-Za-z0-9]*( \(block\)|:)?$/.test(l))
    .map((l) => l.replace(/ \(block\)|:/, '').trimEnd())
}

describe('writeFlowPdf', () => {
  it('writes a tagged, titled document, portrait on the chosen sheet', () => {
    const info = pdf.info()
    expect(info.Tagged).toBe('yes')
    expect(info.Title).toBe('Bericht Digitalstrategie')
    expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)')
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(3)
  })

  it('tags headings, paragraphs and lists as H1–H3, P and L > LI > Lbl + LBody', () => {
    const t = tags()
    expect(t[0]).toBe('Document')
    for (const tag of [
      '  H1',
      '  H2',
      '  H3',
      '  P',
      '  L',
      '    LI',
      '      Lbl',
      '      LBody',
    ]) {
      expect(t).toContain(tag)
    }
    expect(tree).toContain(`"Stand: ${GERMAN}"`)
    expect(tree).toMatch(/LBody \(block\)\n\s+"Datenschutzbeauftragte:r: Konflikt mit IT-Leitung"/)
  })

  it('writes the table with one header row of TH (scope column) and a TD per cell', () => {
    const t = tags()
    expect(t.filter((l) => l.trim() === 'TH')).toHaveLength(4)
    expect(t.filter((l) => l.trim() === 'TD')).toHaveLength(4 * ROWS)
    expect(t.filter((l) => l.trim() === 'TR')).toHaveLength(1 + ROWS)
    expect(t).toContain('    THead')
    expect(t).toContain('    TBody')
    expect(tree.match(/\/Scope \/Column/g)).toHaveLength(4)
    expect(tree).toMatch(/^ {2}Table \(block\)\n {4}Caption\n {6}"Zuordnungen"\n {4}THead$/m)
  })

  it('draws the header row again on each page the table continues on', () => {
    const pages = Number(pdf.info().Pages)
    const withRows = Array.from({ length: pages }, (_, i) =>
      pdf.text('-raw', '-f', `${i + 1}`, '-l', `${i + 1}`),
    ).filter((text) => /Müller \d+/.test(text))
    expect(withRows.length).toBeGreaterThanOrEqual(2)
    for (const text of withRows) expect(text).toMatch(/^Rolle Person RACI Zeitanteil$/m)
  })

  it('sets a column of numbers flush right', () => {
    // pdftotext -bbox: one <word xMin xMax …> a word; every "%" ends at the column's right edge.
    const html = pdf.text('-bbox', '-f', '1', '-l', '1')
    const ends = [
      ...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>%<\/word>/g),
    ]
    expect(ends.length).toBeGreaterThan(5)
    const rights = ends.map((m) => Number(m[1]))
    expect(Math.max(...rights) - Math.min(...rights)).toBeLessThan(0.5)
  })

  it('draws each figure in vector as a Figure with its text alternative, then its caption (alone without a picture)', () => {
    expect(structAlts(bytes, 'Figure').map((f) => f.alt)).toEqual([
      'Rahmen „Rollen klären“ mit 1 Notiz. Notiz im Bild.',
    ])
    expect(tree).toMatch(/Figure:[\s\S]*?"Notiz im Bild"\n\s+Caption\n\s+"Rahmen „Rollen klären“"/)
    expect(tree).toMatch(/^ {2}Caption\n {4}"Rahmen „Weg“ \(ohne Bild\)"$/m)
    expect(pdf.run('pdfimages', '-list').split('\n').slice(2).join('').trim()).toBe('')
  })

  it('keeps German text exact and embeds Source Sans 3 alone, as subsets', () => {
    expect(pdf.text('-raw')).toContain(GERMAN)
    for (const font of pdf.fonts()) {
      expect(font.name).toMatch(/^SourceSans3-(Regular|Semibold|Bold)$/)
      expect(font).toMatchObject({ embedded: true, subset: true })
    }
  })

  it('writes the footer on every page, counting them all, outside the tags', () => {
    const pages = Number(pdf.info().Pages)
    for (let i = 1; i <= pages; i++) {
      expect(pdf.text('-f', `${i}`, '-l', `${i}`)).toContain(`Seite ${i} von ${pages}`)
    }
    expect(tree).not.toContain('Seite 1')
    expect(rawPdf(bytes)).toMatch(/\/Lang \(de-DE\)/)
  })

  it('bookmarks the H1 and the H2 under it from three pages on', () => {
    expect(outlineTitles(pdf)).toEqual(['Workshopbericht Digitalstrategie', 'Rollen', 'Rahmen'])
    expect(pdf.run('pdftohtml', '-xml', '-stdout', '-i', '-q')).toMatch(
      /<item page="1">Workshopbericht Digitalstrategie<\/item>\s*<outline>\s*<item page="1">Rollen/,
    )
  })
})
