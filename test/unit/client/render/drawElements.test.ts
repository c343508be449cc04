import { describe, expect, test } from 'vitest'
import {
  drawElement,
  LOD_ZOOM,
  type DrawContext,
} from '../../../../client/src/lib/render/drawElements.ts'
import { levelOfDetail } from '../../../../client/src/lib/render/levelOfDetail.ts'
import { ElementPictures } from '../../../../client/src/lib/render/elementPictures.ts'
import { visibleElements } from '../../../../client/src/lib/render/renderer.ts'
import type { Note, UnknownElement } from '../../../../shared/schema/index.ts'
import { note as noteAt, recordingContext } from './fixtures.ts'

/** What drawing an element needs: the shared descriptions in German, nothing being edited. */
function context(zoom: number, editingId: string | null = null): DrawContext & { calls: string[] } {
  const { ctx, calls } = recordingContext()
  const pictures = new ElementPictures({
    language: 'de',
    connectorPath: () => null,
    cardsVersion: 0,
    editingId,
  })
  return { ctx, calls, zoom, pictures }
}

const note: Note = noteAt('n1', 0, 'Stadtwerke', 'a0')

describe('drawElement: the shared description through the canvas backend', () => {
  test('a note at normal zoom: shadow, paper and its text', () => {
    const dc = context(1)
    drawElement(dc, note)
    expect(dc.calls.filter((c) => c.startsWith('fillRect'))).toHaveLength(2)
    expect(dc.calls).toContain('fillText:Stadtwerke')
  })

  test('zoomed out below the level of detail: a coloured rectangle, no text, no shadow', () => {
    const dc = context(LOD_ZOOM / 2)
    drawElement(dc, note)
    expect(dc.calls).toEqual(['fillRect:0'])
  })

  test('zoomed out with few notes in view, a note keeps its words at a readable size', () => {
    // 0.2 × 400 units: an 80-pixel note, room for "Stadtwerke" at 11 pixels.
    const zoom = 0.2
    const dc = { ...context(zoom), lod: levelOfDetail(zoom, 1) }
    drawElement(dc, { ...note, w: 400, h: 400 })
    expect(dc.calls).toContain('fillText:Stadtwerke')
    // No shadow: the paper alone, then the words.
    expect(dc.calls.filter((c) => c.startsWith('fillRect'))).toHaveLength(1)
  })

  test('text that would be tinier than 4 px on screen is left out', () => {
    const dc = context(LOD_ZOOM)
    drawElement(dc, {
      ...note,
      text: 'Digitale Lots:innen brauchen ein festes Zeitbudget '.repeat(8),
    })
    expect(dc.calls.some((c) => c.startsWith('fillText'))).toBe(false)
  })

  test('the note being edited leaves its text to the text field', () => {
    const dc = context(1, 'n1')
    drawElement(dc, note)
    expect(dc.calls.some((c) => c.startsWith('fillText'))).toBe(false)
  })

  test('an unknown element is a hatched placeholder with its type', () => {
    const frame: UnknownElement = {
      ...note,
      id: 'f',
      type: 'frame',
      kind: 'unknown',
      reason: 'unknown type',
    }
    const dc = context(1)
    drawElement(dc, frame)
    expect(dc.calls).toContain('clip:undefined')
    expect(dc.calls).toContain('fillText:Unbekannt: frame')
  })

  test('never throws, whatever the element holds', () => {
    const dc = context(1)
    const broken = { ...note, color: 'nonsense', text: undefined } as unknown as Note
    expect(() => drawElement(dc, broken)).not.toThrow()
  })
})

test('visibleElements keeps only what intersects the view', () => {
  const at = (id: string, x: number): Note => ({ ...note, id, x })
  const elements = [at('left', -1000), at('in', 100), at('edge', 790), at('right', 2000)]
  const visible = visibleElements(elements, { x: 0, y: 0, w: 800, h: 600 })
  expect(visible.map((e) => e.id)).toEqual(['in', 'edge'])
})
