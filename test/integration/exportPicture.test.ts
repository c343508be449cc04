// The board as SVG and PNG, as a facilitator downloads it: the real server on port 0, a board
// built through the realtime endpoint, the files read back (SVG parsed, PNG decoded by resvg).
import { Resvg } from '@resvg/resvg-js'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CreateBoardResponse } from '../../shared/api.ts'
import type { UploadAssetResponse } from '../../shared/assets.ts'
import { createActor } from '../../shared/ops/createActor.ts'
import { createConnector } from '../../shared/ops/createConnector.ts'
import { createFrame } from '../../shared/ops/createFrame.ts'
import { createImage } from '../../shared/ops/createImage.ts'
import { createNote } from '../../shared/ops/createNote.ts'
import { elementsMap } from '../../shared/schema/index.ts'
import { pngBytes } from '../helpers/images.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'

const MISSING = 'c'.repeat(64)
let server: RunningServer
let board: CreateBoardResponse
let frameId: string
let imageHash: string

type Node = Record<string, unknown> & { ':@'?: Record<string, string> }
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
})

function tagOf(node: Node): string {
  return Object.keys(node).find((k) => k !== ':@') ?? ''
}

function walk(nodes: Node[], visit: (tag: string, node: Node) => void): void {
  for (const node of nodes) {
    const tag = tagOf(node)
    visit(tag, node)
    if (tag !== '#text' && Array.isArray(node[tag])) walk(node[tag] as Node[], visit)
  }
}

function textOf(node: Node): string {
  const tag = tagOf(node)
  if (tag === '#text') return String(node[tag])
  return (node[tag] as Node[]).map(textOf).join(tag === 'text' ? ' ' : '')
}

/** The SVG's root attributes, its texts (lines joined by spaces) and every element's tag. */
function readSvg(svg: string): { root: Record<string, string>; texts: string[]; tags: Node[] } {
  const doc = parser.parse(svg) as Node[]
  let root: Record<string, string> = {}
  const texts: string[] = []
  const tags: Node[] = []
  walk(doc, (tag, node) => {
    if (tag === 'svg') root = node[':@'] ?? {}
    if (tag === 'text') texts.push(textOf(node))
    if (tag !== '#text') tags.push(node)
  })
  return { root, texts, tags }
}

/** The RGBA pixels of a PNG, decoded by drawing it alone with resvg at its own size. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render()
  return { width, height, pixels: image.pixels }
}

function exportOf(query: string, token = board.viewToken): Promise<Response> {
  return fetch(`${server.url}/api/boards/${board.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
}

beforeAll(async () => {
  server = await startServer()
  board = await createBoard(server, { title: 'Workshop Digitale Kommune' })
  const res = await fetch(`${server.url}/api/boards/${board.id}/assets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${board.editToken}`, 'content-type': 'image/png' },
    body: new Uint8Array(pngBytes(600, 400, [0x12, 0xab, 0x34])),
  })
  expect(res.status).toBe(201)
  imageHash = ((await res.json()) as UploadAssetResponse).hash

  const editor = await syncedClient(server, board.id, board.editToken)
  const doc = editor.doc
  frameId = createFrame(doc, { x: -200, y: -200, w: 900, h: 600, title: 'Schritt 1: Akteure' })
  const note = createNote(doc, { x: 0, y: 0, color: 'yellow', text: 'Wer pflegt die Stammdaten?' })
  const actor = createActor(doc, {
    x: 300,
    y: 0,
    name: 'Kommunales Rechenzentrum',
    category: 'itProvider',
  })
  createConnector(doc, { from: { elementId: note }, to: { elementId: actor }, text: 'beauftragt' })
  createImage(doc, {
    x: 1200,
    y: 0,
    asset: imageHash,
    mime: 'image/png',
    width: 600,
    height: 400,
    alt: 'Stadtplan',
  })
  createImage(doc, {
    x: 1200,
    y: 500,
    asset: MISSING,
    mime: 'image/png',
    width: 300,
    height: 200,
    alt: 'Organigramm',
  })
  const count = elementsMap(doc).size
  // A second person sees everything: the server has stored it.
  const reader = await syncedClient(server, board.id, board.viewToken, new Y.Doc())
  await reader.until((d) => elementsMap(d).size === count, 'the board to arrive')
  reader.destroy()
  editor.destroy()
})

afterAll(async () => {
  await server?.cleanup()
})

describe('SVG export', () => {
  it('is a standalone SVG with the board’s words as text, the font embedded, images inside', async () => {
    const res = await exportOf('format=svg')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(res.headers.get('content-disposition')).toMatch(/Workshop.*\.svg/)
    expect(res.headers.get('x-export-missing-images')).toBe(MISSING)
    const svg = await res.text()
    const { root, texts, tags } = readSvg(svg)
    expect(root.role).toBe('img')
    expect(root['aria-label']).toBe('Workshop Digitale Kommune')
    expect(texts).toContain('Schritt 1: Akteure')
    expect(texts).toContain('beauftragt')
    expect(texts).toContain('IT-Dienstleister')
    expect(texts.join(' ')).toContain('Kommunales Rechenzentrum')
    expect(texts.join(' ')).toContain('Wer pflegt die Stammdaten?')
    // The missing image is named, never blank.
    expect(texts).toContain('Bild fehlt: Organigramm')
    expect(tags.some((n) => tagOf(n) === 'foreignObject')).toBe(false)
    const images = tags.filter((n) => tagOf(n) === 'image')
    expect(images).toHaveLength(1)
    expect(images[0]![':@']!.href).toMatch(/^data:image\/png;base64,/)
    // Subsets of the font, as data; nothing fetched from anywhere.
    const faces = svg.match(/@font-face\{[^}]*\}/g) ?? []
    expect(faces.length).toBeGreaterThanOrEqual(2)
    for (const face of faces) expect(face).toMatch(/src:url\(data:font\/ttf;base64,/)
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    // Three weights' subsets of a few dozen characters, not whole fonts (390 KB each).
    expect(faces.join('').length).toBeLessThan(120_000)
  })

  it('one frame: its title and content, bounded by the frame; an unknown frame is refused', async () => {
    const res = await exportOf(`format=svg&scope=frame&frame=${frameId}`)
    expect(res.status).toBe(200)
    const { root, texts } = readSvg(await res.text())
    expect(root['aria-label']).toBe('Workshop Digitale Kommune – Schritt 1: Akteure')
    expect(texts).toContain('Schritt 1: Akteure')
    expect(texts).not.toContain('Bild fehlt: Organigramm')
    const [, , w, h] = root.viewBox!.split(' ').map(Number)
    expect(w).toBeCloseTo(900 + 2 * 32 + 3, 6)
    expect(h).toBeCloseTo(600 + 2 * 32 + 3, 6)

    const unknown = await exportOf('format=svg&scope=frame&frame=nope')
    expect(unknown.status).toBe(400)
    expect(((await unknown.json()) as { error: string }).error).toBe('unknown_frame')
  })

  it('the selection: only the selected elements', async () => {
    const doc = new Y.Doc()
    const reader = await syncedClient(server, board.id, board.viewToken, doc)
    const actor = [...elementsMap(doc).entries()].find(
      ([, map]) => (map as Y.Map<unknown>).get('type') === 'actor',
    )![0]
    reader.destroy()
    const res = await exportOf(`format=svg&scope=selection&ids=${actor}`)
    expect(res.status).toBe(200)
    const { texts } = readSvg(await res.text())
    expect(texts.join(' ')).toContain('Kommunales Rechenzentrum')
    expect(texts.join(' ')).not.toContain('Wer pflegt')
  })

  it('no token is 401', async () => {
    const res = await fetch(`${server.url}/api/boards/${board.id}/export?format=svg`)
    expect(res.status).toBe(401)
  })
})

describe('PNG export', () => {
  it('is the picture at 2x on white: its size follows the SVG, and it is not blank', async () => {
    const svg = readSvg(await (await exportOf('format=svg')).text())
    const [, , w, h] = svg.root.viewBox!.split(' ').map(Number) as [number, number, number, number]
    const res = await exportOf('format=png&scale=2')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('x-export-scale')).toBe('2')
    expect(res.headers.get('x-export-notice')).toBeNull()
    const png = Buffer.from(await res.arrayBuffer())
    const { width, height, pixels } = decodePng(png)
    expect(width).toBe(Math.ceil(w * 2))
    expect(height).toBe(Math.ceil(h * 2))
    // White background in a corner; the frame's band, the notes, the image: many colours.
    expect([...pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255])
    const colours = new Set<number>()
    for (let i = 0; i < pixels.length; i += 4 * 97) colours.add(pixels.readUInt32BE(i))
    expect(colours.size).toBeGreaterThan(10)
    // The uploaded image’s green is in the picture.
    let green = 0
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] === 0x12 && pixels[i + 1] === 0xab && pixels[i + 2] === 0x34) green++
    }
    expect(green).toBeGreaterThan(1000)
  })

  it('a board too wide for 3x is drawn at a lower scale, and the answer says so', async () => {
    const wide = await createBoard(server, { title: 'Zeitstrahl' })
    const editor = await syncedClient(server, wide.id, wide.editToken)
    createNote(editor.doc, { x: 0, y: 0, text: 'Anfang' })
    createNote(editor.doc, { x: 6000, y: 0, text: 'Ende' })
    const reader = await syncedClient(server, wide.id, wide.viewToken, new Y.Doc())
    await reader.until((d) => elementsMap(d).size === 2, 'both notes to arrive')
    reader.destroy()
    editor.destroy()
    const res = await fetch(`${server.url}/api/boards/${wide.id}/export?format=png&scale=3`, {
      headers: { authorization: `Bearer ${wide.viewToken}` },
    })
    expect(res.status).toBe(200)
    const scale = Number(res.headers.get('x-export-scale'))
    expect(scale).toBeLessThan(3)
    expect(res.headers.get('x-export-notice')).toMatch(/^scale lowered from 3 to /)
    const png = Buffer.from(await res.arrayBuffer())
    expect(png.readUInt32BE(16)).toBeLessThanOrEqual(16_384)
  })

  it('transparent at 1x: the corner is transparent', async () => {
    const res = await exportOf('format=png&scale=1&background=transparent')
    expect(res.status).toBe(200)
    const { pixels } = decodePng(Buffer.from(await res.arrayBuffer()))
    expect(pixels[3]).toBe(0)
  })
})
