import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { reportToDocx } from '../../../../server/export/report/docx.ts'
import type { ReportDocument } from '../../../../shared/report/document.ts'
import { findAll, parseXml, textOf, type XmlNode } from '../../../helpers/xmlTree.ts'
import { pngBytes } from '../../../helpers/images.ts'
import { GERMAN_NOTE } from '../../../helpers/workshopBoard.ts'
import { pngsFor, workshopReport } from './reportFixture.ts'

async function openDocx(language: 'de' | 'en', withPictures = true) {
  const { report, board } = workshopReport(language)
  const frames = withPictures ? [board.frames.ideas, board.frames.roles] : []
  const files = unzipSync(await reportToDocx(report, pngsFor(frames)))
  const xml = (name: string): XmlNode[] => {
    const file = files[name]
    if (!file) throw new Error(`${name} is missing`)
    return parseXml(strFromU8(file))
  }
  return { files, xml, report }
}

const attr = (node: XmlNode | undefined, name: string): string | undefined => node?.attrs[name]
const styleOf = (p: XmlNode): string | undefined => attr(findAll([p], 'w:pStyle')[0], 'w:val')

describe('reportToDocx', () => {
  it('writes real headings with the Heading 1–3 styles, which carry outline levels', async () => {
    const { xml } = await openDocx('de')
    const paragraphs = findAll(xml('word/document.xml'), 'w:p')
    const headings = paragraphs
      .filter((p) => /^Heading\d$/.test(styleOf(p) ?? ''))
      .map((p) => `${styleOf(p)} ${textOf(p)}`)
    expect(headings[0]).toBe('Heading1 Workshop-Bericht: Digitale Kommune 2027')
    expect(headings.filter((h) => h.startsWith('Heading2'))).toEqual([
      'Heading2 Ökosystem',
      'Heading2 Rollen',
      'Heading2 Notizen',
      'Heading2 Die Rahmen im Bild',
    ])
    expect(headings).toContain('Heading3 Rahmen „Ideen sammeln“')
    const styles = findAll(xml('word/styles.xml'), 'w:style')
    for (const [id, level] of [
      ['Heading1', '0'],
      ['Heading2', '1'],
      ['Heading3', '2'],
    ]) {
      const style = styles.find((s) => s.attrs['w:styleId'] === id)
      expect(attr(findAll(style ? [style] : [], 'w:outlineLvl')[0], 'w:val')).toBe(level)
    }
  })

  it('writes tables whose header row repeats on every page, numbers right-aligned', async () => {
    const { xml } = await openDocx('de')
    const tables = findAll(xml('word/document.xml'), 'w:tbl')
    // The board in figures, by ring, by category, by relation kind, relations, holders, people.
    expect(tables).toHaveLength(7)
    for (const table of tables) {
      const [header, ...rows] = findAll([table], 'w:tr')
      expect(findAll(header ? [header] : [], 'w:tblHeader')).toHaveLength(1)
      for (const row of rows) expect(findAll([row], 'w:tblHeader')).toHaveLength(0)
    }
    const people = tables.find((t) => textOf(t).startsWith('NameArtOrganisationseinheit'))
    const anna = findAll(people ? [people] : [], 'w:tr')[1]
    const cells = findAll(anna ? [anna] : [], 'w:tc')
    expect(cells.map((c) => textOf(c))).toEqual([
      'Anna Schmidt',
      'Person',
      'Hauptamt',
      '100 %',
      '3',
      '120 %',
    ])
    expect(attr(findAll([cells[5] as XmlNode], 'w:jc')[0], 'w:val')).toBe('right')
  })

  it('keeps the German text intact and a note’s lines as line breaks, in bulleted lists', async () => {
    const { xml } = await openDocx('de')
    const doc = xml('word/document.xml')
    const items = findAll(doc, 'w:p').filter((p) => findAll([p], 'w:numPr').length > 0)
    const texts = items.map((p) => textOf(p, true))
    expect(texts).toContain(GERMAN_NOTE)
    expect(texts).toContain('Daten teilen\nmit dem Kreis')
    expect(texts).toContain('Wer entscheidet über | Budgets?')
    const conflict = items.find((p) => textOf(p).startsWith('Interessenkonflikt'))
    const bold = findAll(conflict ? [conflict] : [], 'w:r').filter(
      (r) => findAll([r], 'w:b').length > 0,
    )
    expect(bold.map((r) => textOf(r))).toEqual([
      'Interessenkonflikt: Anna Schmidt hat „Datenschutzbeauftragte:r“ und „CIO / IT-Leitung“.',
    ])
  })

  it('embeds each frame’s picture as PNG with its text alternative, a caption alone without one', async () => {
    const { xml, files } = await openDocx('de')
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'))
    expect(media).toHaveLength(2)
    for (const name of media)
      expect([...(files[name] ?? []).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47])
    const doc = xml('word/document.xml')
    const pictures = findAll(doc, 'wp:docPr').map((p) => [p.attrs.title, p.attrs.descr])
    expect(pictures).toEqual([
      ['Rahmen „Ideen sammeln“', 'Rahmen „Ideen sammeln“ mit 3 Notizen.'],
      ['Rahmen „Rollen klären“', 'Rahmen „Rollen klären“ mit 1 Notiz.'],
    ])
    // Shrunk to the text width (600 × 338 px at 96 dpi, 9,525 EMU a pixel), in proportion.
    const extent = findAll(doc, 'wp:extent')[0]
    expect(extent?.attrs).toEqual({ cx: '5715000', cy: '3219450' })
    const captions = findAll(doc, 'w:p')
      .map((p) => textOf(p))
      .filter((t) => t.startsWith('Bild: '))
    expect(captions).toEqual([
      'Bild: Rahmen „Ideen sammeln“ mit 3 Notizen.',
      'Bild: Rahmen „Rollen klären“ mit 1 Notiz.',
      'Bild: Rahmen „Leerer Rahmen“, leer.',
    ])
    const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())
    expect(rels.match(/media\/[^"]+\.png/g)).toHaveLength(2)
  })

  it('writes no image part when there is no picture', async () => {
    const { files, xml } = await openDocx('de', false)
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toEqual([])
    expect(findAll(xml('word/document.xml'), 'w:drawing')).toEqual([])
  })

  it('has the title and the language in the document’s properties and its text', async () => {
    for (const [language, tag, title] of [
      ['de', 'de-DE', 'Workshop-Bericht: Digitale Kommune 2027'],
      ['en', 'en-GB', 'Workshop report: Digitale Kommune 2027'],
    ] as const) {
      const { xml } = await openDocx(language, false)
      const core = xml('docProps/core.xml')
      expect(textOf(findAll(core, 'dc:title')[0] as XmlNode)).toBe(title)
      expect(textOf(findAll(core, 'dc:language')[0] as XmlNode)).toBe(tag)
      const defaults = findAll(xml('word/styles.xml'), 'w:rPrDefault')
      expect(attr(findAll(defaults, 'w:lang')[0], 'w:val')).toBe(tag)
      expect(attr(findAll(defaults, 'w:rFonts')[0], 'w:ascii')).toBe('Source Sans 3')
    }
  })

  it('keeps markup characters as text and drops what XML cannot carry', async () => {
    const report: ReportDocument = {
      language: 'de',
      title: 'A & B <c> "d"',
      date: '2026-12-07',
      blocks: [
        { kind: 'heading', level: 1, text: '<script>&amp;\u0000' },
        { kind: 'paragraph', runs: [{ text: 'x\u0007 "q" \'a\' \ud800y' }] },
        { kind: 'figure', frameId: 'f', title: 'T "1" <2>', alt: 'A & \u0001B' },
      ],
    }
    const files = unzipSync(
      await reportToDocx(report, () =>
        Promise.resolve({ png: new Uint8Array(pngBytes(20, 10)), width: 20, height: 10 }),
      ),
    )
    const doc = parseXml(strFromU8(files['word/document.xml'] ?? new Uint8Array()))
    expect(findAll(doc, 'w:p').map((p) => textOf(p))).toEqual([
      '<script>&amp;',
      'x "q" \'a\' y',
      '',
      'Bild: A & B',
    ])
    expect(findAll(doc, 'wp:docPr')[0]?.attrs).toMatchObject({ title: 'T "1" <2>', descr: 'A & B' })
    const core = parseXml(strFromU8(files['docProps/core.xml'] ?? new Uint8Array()))
    expect(textOf(findAll(core, 'dc:title')[0] as XmlNode)).toBe('A & B <c> "d"')
  })
})
