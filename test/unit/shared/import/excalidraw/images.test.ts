import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { completeImages } from '../../../../../shared/import/excalidraw/index.ts'
import { decodeDataUrl } from '../../../../../shared/import/excalidraw/images.ts'
import { insertElements } from '../../../../../shared/ops/insertElements.ts'
import { elementsMap, readElement } from '../../../../../shared/schema/index.ts'
import { converted } from './helpers.ts'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const HASH = 'a'.repeat(64)

describe('Excalidraw images', () => {
  const conversion = converted('images.excalidraw')

  it('returns each embedded picture once, as bytes, with the images that show it', () => {
    expect(conversion.images).toHaveLength(1)
    const [png] = conversion.images
    expect(png?.fileId).toBe('file-png')
    expect(png?.mime).toBe('image/png')
    expect([...(png?.bytes.slice(0, 8) ?? [])]).toEqual(PNG_SIGNATURE)
    expect(png?.elementIds).toHaveLength(2)
  })

  it('reports an SVG picture and a picture missing from the file', () => {
    expect(conversion.skipped).toEqual([
      { id: 'img-3', type: 'image', reason: 'pictureType', detail: 'image/svg+xml' },
      { id: 'img-4', type: 'image', reason: 'pictureMissing', detail: 'file-missing' },
    ])
  })

  it('completes the images with the uploaded asset and inserts them as images', () => {
    const uploaded = new Map([
      ['file-png', { hash: HASH, url: '/x', mime: 'image/png' as const, width: 1, height: 1 }],
    ])
    const { elements, missing } = completeImages(conversion.elements, conversion.images, uploaded)
    expect(missing).toEqual([])
    const doc = new Y.Doc()
    const ids = insertElements(doc, { elements, dx: 0, dy: 0 })
    const read = ids.map((id) => readElement(id, elementsMap(doc).get(id)))
    expect(read.filter((el) => el.kind === 'image')).toMatchObject([
      { asset: HASH, mime: 'image/png', width: 1, height: 1, w: 240, h: 240 },
      { asset: HASH, w: 120, h: 120 },
    ])
    expect(read.find((el) => el.kind === 'connector')).toMatchObject({
      from: { elementId: ids[0] },
      to: { elementId: ids[1] },
    })
  })

  it('leaves out the images whose upload failed; their connector ends stay where drawn', () => {
    const { elements, missing } = completeImages(
      conversion.elements,
      conversion.images,
      new Map([['file-png', null]]),
    )
    expect(missing).toEqual(['file-png'])
    expect(elements.map((s) => s.data.type)).toEqual(['connector'])
    const doc = new Y.Doc()
    const [id] = insertElements(doc, { elements, dx: 0, dy: 0 })
    expect(readElement(id as string, elementsMap(doc).get(id as string))).toMatchObject({
      kind: 'connector',
      from: { x: 240, y: 120 },
      to: { x: 300, y: 120 },
    })
  })

  it('reads base64 and percent-encoded data URLs and says why others fail', () => {
    expect(decodeDataUrl('data:image/png;base64,iVBORw0KGgo=')).toMatchObject({
      ok: true,
      mime: 'image/png',
    })
    const plain = decodeDataUrl('data:image/gif,GIF89a%01')
    expect(plain.ok && [...plain.bytes]).toEqual([71, 73, 70, 56, 57, 97, 1])
    expect(decodeDataUrl('https://example.org/a.png')).toEqual({
      ok: false,
      reason: 'not a data URL',
    })
    expect(decodeDataUrl('data:image/png;base64,***')).toEqual({
      ok: false,
      reason: 'malformed base64',
    })
  })
})

describe('completing images without a natural size', () => {
  it('leaves width and height out, so readers take the size on the board', () => {
    const conversion = converted('images.excalidraw')
    const stored = new Map([['file-png', { hash: HASH, mime: 'image/png' as const }]])
    const { elements } = completeImages(conversion.elements, conversion.images, stored)
    const doc = new Y.Doc()
    const [id] = insertElements(doc, { elements, dx: 0, dy: 0 })
    expect(readElement(id as string, elementsMap(doc).get(id as string))).toMatchObject({
      kind: 'image',
      asset: HASH,
      width: 240,
      height: 240,
    })
  })
})
