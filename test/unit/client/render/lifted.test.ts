import { expect, test } from 'vitest'
import { liftedIds } from '../../../../client/src/lib/render/lifted.ts'
import { Renderer } from '../../../../client/src/lib/render/renderer.ts'
import { ConnectorRouter } from '../../../../client/src/lib/geometry/connectorRouter.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { connector, note } from './fixtures.ts'

/** A 2D context that records the texts drawn, in order. */
function textRecorder(): { ctx: CanvasRenderingContext2D; texts: string[] } {
  const texts: string[] = []
  const ctx = new Proxy(
    {},
    {
      get: (_t, prop) =>
        prop === 'measureText'
          ? (text: string) => ({ width: text.length * 8 })
          : (...args: unknown[]) => {
              if (prop === 'fillText') texts.push(String(args[0]))
            },
      set: () => true,
    },
  ) as CanvasRenderingContext2D
  return { ctx, texts }
}

test('a drag lifts the moving elements and the connectors bound to them, nothing else', () => {
  const a = note('a', 0, 'Stadtwerke', 'a0')
  const b = note('b', 300, 'Landkreis', 'a1')
  const c = note('c', 600, 'Kämmerei', 'a2')
  const elements: BoardElement[] = [
    a,
    b,
    c,
    connector('ab', 'a', { elementId: 'b', anchor: 'auto' }),
    connector('bc', 'b', { elementId: 'c', anchor: 'auto' }),
    connector('free', 'c', { x: 900, y: 90 }),
  ]
  expect([...liftedIds(elements, new Set(['a']))].sort()).toEqual(['a', 'ab'])
  expect([...liftedIds(elements, new Set(['c']))].sort()).toEqual(['bc', 'c', 'free'])
  expect([...liftedIds(elements, new Set())]).toEqual([])
})

test('while dragging, the moving note is drawn above the others and every note still once', () => {
  const bottom = note('bottom', 0, 'Stadtwerke', 'a0')
  const top = note('top', 100, 'Landkreis', 'a1')
  const elements = [bottom, top]
  const scene = {
    camera: { x: 0, y: 0, zoom: 1 },
    viewport: { width: 800, height: 600 },
    elements,
    selection: new Set(['bottom']),
    editingId: null,
    showHandles: true,
    language: 'de' as const,
    connectors: new ConnectorRouter((id) => elements.find((el) => el.id === id)),
    version: 1,
  }
  const still = textRecorder()
  new Renderer(still.ctx).draw(scene, 1)
  expect(still.texts).toEqual(['Stadtwerke', 'Landkreis'])

  const dragging = textRecorder()
  const renderer = new Renderer(dragging.ctx)
  renderer.draw({ ...scene, moving: new Set(['bottom']) }, 1)
  expect(dragging.texts).toEqual(['Landkreis', 'Stadtwerke'])
  // Frames after it (no DOM here, so no cached layer): still each note once, the moving on top.
  dragging.texts.length = 0
  renderer.draw({ ...scene, moving: new Set(['bottom']) }, 1)
  expect(dragging.texts).toEqual(['Landkreis', 'Stadtwerke'])
})
