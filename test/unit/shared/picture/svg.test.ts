import * as Y from 'yjs'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, test } from 'vitest'
import { describeBoard } from '../../../../shared/picture/describe/board.ts'
import { escapeXml, pictureToSvg } from '../../../../shared/picture/svg.ts'
import type { Picture } from '../../../../shared/picture/primitives.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { createImage } from '../../../../shared/ops/createImage.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'

const HASH = 'b'.repeat(64)
const PNG_1X1 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: true,
  trimValues: false,
})

type Node = Record<string, unknown> & { ':@'?: Record<string, string> }

/** Every element of the parsed document, depth first, with its tag and attributes. */
function elements(svg: string): { tag: string; attrs: Record<string, string>; node: Node }[] {
  const out: { tag: string; attrs: Record<string, string>; node: Node }[] = []
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@')
      if (!tag || tag === '#text' || tag === '?xml') continue
      out.push({ tag, attrs: node[':@'] ?? {}, node })
      walk(node[tag] as Node[])
    }
  }
  walk(parser.parse(svg) as Node[])
  return out
}

/** The text of an element and everything in it. */
function textOf(node: Node): string {
  const tag = Object.keys(node).find((k) => k !== ':@')!
  if (tag === '#text') return String(node[tag])
  return (node[tag] as Node[]).map(textOf).join('')
}

function board(): { doc: Y.Doc; note: string } {
  const doc = new Y.Doc()
  const note = createNote(doc, { x: 0, y: 0, text: 'Straße & „Öffnung“ <Rathaus>' })
  const other = createNote(doc, { x: 400, y: 0, text: 'zweite' })
  createConnector(doc, { from: { elementId: note }, to: { elementId: other }, text: 'informiert' })
  createImage(doc, {
    x: 0,
    y: 400,
    asset: HASH,
    mime: 'image/png',
    width: 300,
    height: 200,
    alt: 'Stadtplan',
  })
  return { doc, note }
}

describe('pictureToSvg', () => {
  test('text is <text> with a <tspan> per line, escaped, and each element has its title', () => {
    const { doc, note } = board()
    const picture = describeBoard(doc, { scope: 'board', language: 'de' })
    const { svg } = pictureToSvg(picture, {
      title: 'Workshop „Digitale Kommune“',
      language: 'de',
      background: 'white',
      images: new Map([[HASH, PNG_1X1]]),
    })
    const all = elements(svg)
    const root = all[0]!
    expect(root.tag).toBe('svg')
    expect(root.attrs['@role']).toBe('img')
    expect(root.attrs['@aria-label']).toBe('Workshop „Digitale Kommune“')
    // Lines are read in order, a space between them (as a screen reader or a search would).
    const texts = all
      .filter((e) => e.tag === 'text')
      .map((e) => (e.node.text as Node[]).map(textOf).join(' '))
    expect(texts).toContain('Straße & „Öffnung“ <Rathaus>')
    expect(texts).toContain('informiert')
    expect(all.filter((e) => e.tag === 'tspan').length).toBeGreaterThanOrEqual(3)
    const group = all.find((e) => e.tag === 'g' && e.attrs['@data-element-id'] === note)!
    const title = (group.node.g as Node[]).find((n) => 'title' in n)!
    expect(textOf(title)).toBe('Notiz: Straße & „Öffnung“ <Rathaus>')
    // A white background first, then the board.
    expect(all.find((e) => e.tag === 'rect')?.attrs['@fill']).toBe('#ffffff')
  })

  test('no foreignObject and no outside reference: every href is a data: URL', () => {
    const { doc } = board()
    const picture = describeBoard(doc, { scope: 'board', language: 'de' })
    const { svg } = pictureToSvg(picture, {
      title: 'B',
      language: 'de',
      background: 'transparent',
      fonts: { 400: 'data:font/ttf;base64,AAAA' },
      images: new Map([[HASH, PNG_1X1]]),
    })
    const all = elements(svg)
    expect(all.some((e) => e.tag === 'foreignObject')).toBe(false)
    for (const e of all) {
      for (const [name, value] of Object.entries(e.attrs)) {
        if (/href$/i.test(name)) expect(value.startsWith('data:')).toBe(true)
        expect(value).not.toMatch(/url\((?!#|data:)/)
      }
    }
    const style = all.find((e) => e.tag === 'style')!
    expect(textOf(style.node)).toMatch(
      /@font-face\{font-family:"Source Sans 3";font-weight:400;.*src:url\(data:font\/ttf;base64,AAAA\)/,
    )
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    // Transparent: no background rectangle covering the whole picture.
    const [x, y, w, h] = all[0]!.attrs['@viewBox']!.split(' ')
    expect(
      all.some(
        (e) =>
          e.tag === 'rect' &&
          e.attrs['@x'] === x &&
          e.attrs['@y'] === y &&
          e.attrs['@width'] === w &&
          e.attrs['@height'] === h,
      ),
    ).toBe(false)
  })

  test('a missing image is a box that names it, and is listed', () => {
    const { doc } = board()
    const picture = describeBoard(doc, { scope: 'board', language: 'de' })
    const { svg, missingImages } = pictureToSvg(picture, {
      title: 'B',
      language: 'de',
      background: 'white',
    })
    expect(missingImages).toEqual([HASH])
    const all = elements(svg)
    expect(all.some((e) => e.tag === 'image')).toBe(false)
    const texts = all.filter((e) => e.tag === 'text').map((e) => textOf(e.node))
    expect(texts).toContain('Bild fehlt: Stadtplan')
  })

  test('rgba paints are split into colour and opacity; characters XML forbids are dropped', () => {
    const picture: Picture = {
      bounds: { x: 0, y: 0, w: 100, h: 100 },
      items: [
        { kind: 'rect', x: 0, y: 0, w: 10, h: 10, fill: 'rgba(30, 30, 20, 0.14)', shadow: true },
        {
          kind: 'text',
          lines: [{ text: 'a\u0001b\ud800c', x: 0, y: 10 }],
          fontSize: 10,
          weight: 600,
          fill: '#000000',
          anchor: 'start',
        },
      ],
    }
    const { svg } = pictureToSvg(picture, { title: 't', language: 'en', background: 'white' })
    const all = elements(svg)
    const shadow = all.filter((e) => e.tag === 'rect')[1]!
    expect(shadow.attrs['@fill']).toBe('rgb(30,30,20)')
    expect(shadow.attrs['@fill-opacity']).toBe('0.14')
    const text = all.find((e) => e.tag === 'text')!
    expect(textOf(text.node)).toBe('abc')
    expect(text.attrs['@font-weight']).toBe('600')
    expect(escapeXml('"<&>"')).toBe('&quot;&lt;&amp;&gt;&quot;')
  })
})
