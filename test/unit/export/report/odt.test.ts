import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { reportToOdt } from '../../../../server/export/report/odt/odt.ts'
import { NO_FIGURE_IMAGES } from '../../../../server/export/report/figureImage.ts'
import type { ReportDocument } from '../../../../shared/report/document.ts'
import { findAll, parseXml, textOf, type XmlNode } from '../../../helpers/xmlTree.ts'
import { GERMAN_NOTE } from '../../../helpers/workshopBoard.ts'
import { pngsFor, workshopReport } from './reportFixture.ts'

async function openOdt(bytes: Uint8Array) {
  const files = unzipSync(bytes)
  const xml = (name: string): XmlNode[] => {
    const file = files[name]
    if (!file) throw new Error(`${name} is missing`)
    return parseXml(strFromU8(file))
  }
  return { files, xml }
}

async function workshopOdt(language: 'de' | 'en', withPictures = true) {
  const { report, board } = workshopReport(language)
  const frames = withPictures ? [board.frames.ideas, board.frames.roles] : []
  const bytes = await reportToOdt(report, pngsFor(frames))
  return { bytes, ...(await openOdt(bytes)) }
}

describe('reportToOdt', () => {
  it('is an ODF package: mimetype first and stored, then a manifest naming every part', async () => {
    const { bytes, files, xml } = await workshopOdt('de')
    // A local file header at 0 for "mimetype", stored (method 0), its content right after.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    expect(view.getUint32(0, true)).toBe(0x04034b50)
    expect(view.getUint16(8, true)).toBe(0)
    const nameLength = view.getUint16(26, true)
    const extraLength = view.getUint16(28, true)
    expect(strFromU8(bytes.slice(30, 30 + nameLength))).toBe('mimetype')
    const start = 30 + nameLength + extraLength
    expect(strFromU8(bytes.slice(start, start + 39))).toBe(
      'application/vnd.oasis.opendocument.text',
    )
    expect(Object.keys(files)[0]).toBe('mimetype')

    const entries = findAll(xml('META-INF/manifest.xml'), 'manifest:file-entry').map((e) => [
      e.attrs['manifest:full-path'],
      e.attrs['manifest:media-type'],
    ])
    expect(entries).toEqual([
      ['/', 'application/vnd.oasis.opendocument.text'],
      ['content.xml', 'text/xml'],
      ['styles.xml', 'text/xml'],
      ['meta.xml', 'text/xml'],
      ['Pictures/frame-1.png', 'image/png'],
      ['Pictures/frame-2.png', 'image/png'],
    ])
    const parts = Object.keys(files).filter((name) => name !== 'mimetype' && !name.endsWith('/'))
    expect(parts.sort()).toEqual(
      ['META-INF/manifest.xml', ...entries.slice(1).map(([path]) => path as string)].sort(),
    )
  })

  it('writes headings as text:h with their outline levels and styles', async () => {
    const { xml } = await workshopOdt('de')
    const headings = findAll(xml('content.xml'), 'text:h').map(
      (h) => `${h.attrs['text:outline-level']} ${h.attrs['text:style-name']} ${textOf(h)}`,
    )
    expect(headings[0]).toBe('1 Heading_20_1 Workshop-Bericht: Digitale Kommune 2027')
    expect(headings.filter((h) => h.startsWith('2 '))).toEqual([
      '2 Heading_20_2 Ökosystem',
      '2 Heading_20_2 Rollen',
      '2 Heading_20_2 Notizen',
      '2 Heading_20_2 Die Rahmen im Bild',
    ])
    expect(headings).toContain('3 Heading_20_3 Rahmen „Ideen sammeln“')
    const styles = findAll(xml('styles.xml'), 'style:style')
    for (const level of ['1', '2', '3']) {
      const style = styles.find((s) => s.attrs['style:name'] === `Heading_20_${level}`)
      expect(style?.attrs['style:default-outline-level']).toBe(level)
      expect(style?.attrs['style:display-name']).toBe(`Heading ${level}`)
    }
  })

  it('writes tables with their header row in table-header-rows and typed cells', async () => {
    const { xml } = await workshopOdt('de')
    const tables = findAll(xml('content.xml'), 'table:table')
    expect(tables).toHaveLength(7)
    expect(new Set(tables.map((t) => t.attrs['table:name'])).size).toBe(7)
    for (const table of tables) {
      const headerRows = findAll([table], 'table:table-header-rows')
      expect(headerRows).toHaveLength(1)
      expect(findAll(headerRows, 'table:table-row')).toHaveLength(1)
    }
    const people = tables.find((t) => textOf(t).startsWith('NameArt'))
    const anna = findAll(people ? [people] : [], 'table:table-row')[1]
    const cells = findAll(anna ? [anna] : [], 'table:table-cell')
    expect(cells.map((c) => textOf(c))).toEqual([
      'Anna Schmidt',
      'Person',
      'Hauptamt',
      '100 %',
      '3',
      '120 %',
    ])
    expect(cells.map((c) => [c.attrs['office:value-type'], c.attrs['office:value']])).toEqual([
      ['string', undefined],
      ['string', undefined],
      ['string', undefined],
      ['percentage', '1'],
      ['float', '3'],
      ['percentage', '1.2'],
    ])
  })

  it('keeps the German text intact, a note’s lines as line breaks, in bulleted lists', async () => {
    const { xml } = await workshopOdt('de')
    const content = xml('content.xml')
    const lists = findAll(content, 'text:list')
    expect(lists.every((l) => l.attrs['text:style-name'] === 'Bullets')).toBe(true)
    const items = findAll(lists, 'text:list-item').map((item) => textOf(item, true))
    expect(items).toContain(GERMAN_NOTE)
    expect(items).toContain('Daten teilen\nmit dem Kreis')
    expect(items).toContain('Wer entscheidet über | Budgets?')
    const bold = findAll(content, 'text:span').filter((s) => s.attrs['text:style-name'] === 'Bold')
    expect(bold.map((s) => textOf(s))).toContain(
      'Interessenkonflikt: Anna Schmidt hat „Datenschutzbeauftragte:r“ und „CIO / IT-Leitung“.',
    )
  })

  it('shows each frame’s picture in a draw:frame with its title and text alternative', async () => {
    const { xml, files } = await workshopOdt('de')
    const frames = findAll(xml('content.xml'), 'draw:frame')
    expect(
      frames.map((f) => [
        findAll([f], 'draw:image')[0]?.attrs['xlink:href'],
        textOf(findAll([f], 'svg:title')[0] as XmlNode),
        textOf(findAll([f], 'svg:desc')[0] as XmlNode),
        f.attrs['svg:width'],
        f.attrs['svg:height'],
      ]),
    ).toEqual([
      [
        'Pictures/frame-1.png',
        'Rahmen „Ideen sammeln“',
        'Rahmen „Ideen sammeln“ mit 3 Notizen.',
        '15.875cm',
        '8.943cm',
      ],
      [
        'Pictures/frame-2.png',
        'Rahmen „Rollen klären“',
        'Rahmen „Rollen klären“ mit 1 Notiz.',
        '15.875cm',
        '8.943cm',
      ],
    ])
    expect([...(files['Pictures/frame-1.png'] ?? []).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47])
    const captions = findAll(xml('content.xml'), 'text:p')
      .filter((p) => p.attrs['text:style-name'] === 'Caption')
      .map((p) => textOf(p))
    expect(captions).toEqual([
      'Bild: Rahmen „Ideen sammeln“ mit 3 Notizen.',
      'Bild: Rahmen „Rollen klären“ mit 1 Notiz.',
      'Bild: Rahmen „Leerer Rahmen“, leer.',
    ])
  })

  it('has the title and language in meta.xml and the language in the default style', async () => {
    for (const [language, tag, lang, country] of [
      ['de', 'de-DE', 'de', 'DE'],
      ['en', 'en-GB', 'en', 'GB'],
    ] as const) {
      const { xml, files } = await workshopOdt(language, false)
      const meta = xml('meta.xml')
      expect(textOf(findAll(meta, 'dc:title')[0] as XmlNode)).toMatch(/^Workshop/)
      expect(textOf(findAll(meta, 'dc:language')[0] as XmlNode)).toBe(tag)
      const defaults = findAll(xml('styles.xml'), 'style:default-style')
      const text = findAll(defaults, 'style:text-properties')[0]
      expect([text?.attrs['fo:language'], text?.attrs['fo:country']]).toEqual([lang, country])
      expect(text?.attrs['style:font-name']).toBe('Source Sans 3')
      expect(Object.keys(files).some((name) => name.startsWith('Pictures/'))).toBe(false)
    }
  })

  it('keeps what people typed: markup characters, runs of spaces, tabs; drops what XML cannot carry', async () => {
    const report: ReportDocument = {
      language: 'de',
      title: 'A & B <c>',
      date: '2026-12-07',
      blocks: [
        { kind: 'heading', level: 1, text: '<script>&amp;' },
        { kind: 'paragraph', runs: [{ text: '  zwei   Leer\tTab\u0000\u0007 "q" \'a\' \ud800' }] },
      ],
    }
    const { xml } = await openOdt(await reportToOdt(report, NO_FIGURE_IMAGES))
    const content = xml('content.xml')
    expect(textOf(findAll(content, 'text:h')[0] as XmlNode)).toBe('<script>&amp;')
    const p = findAll(content, 'text:p')[0] as XmlNode
    expect(
      p.children
        .map((c) => (c.name === '#text' ? c.text : `[${c.name}${c.attrs['text:c'] ?? ''}]`))
        .join(''),
    ).toBe('[text:s][text:s1]zwei [text:s2]Leer[text:tab]Tab "q" \'a\' ')
    expect(textOf(findAll(xml('meta.xml'), 'dc:title')[0] as XmlNode)).toBe('A & B <c>')
  })
})
