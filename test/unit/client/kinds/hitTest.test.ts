import { describe, expect, test } from 'vitest'
import { hitElement, topElementAt } from '../../../../client/src/lib/kinds/hitTest.ts'
import type { Frame, Shape, Stroke } from '../../../../shared/schema/index.ts'
import { everyKind } from './fixture.ts'

const shape = (over: Partial<Shape>): Shape => ({
  id: 's',
  type: 'shape',
  kind: 'shape',
  x: 0,
  y: 0,
  w: 200,
  h: 100,
  z: 'a0',
  shape: 'rectangle',
  fill: 'white',
  stroke: 'ink',
  strokeWidth: 2,
  strokeStyle: 'solid',
  text: '',
  ...over,
})

describe('hitElement', () => {
  test('a filled ellipse by its inside, not its bounding box corners', () => {
    const el = shape({ shape: 'ellipse' })
    expect(hitElement(el, { x: 100, y: 50 })).toBe(true)
    expect(hitElement(el, { x: 5, y: 5 })).toBe(false)
  })

  test('a diamond by its outline', () => {
    const el = shape({ shape: 'diamond' })
    expect(hitElement(el, { x: 100, y: 50 })).toBe(true)
    expect(hitElement(el, { x: 20, y: 10 })).toBe(false)
  })

  test('an unfilled, unlabelled shape only near its outline', () => {
    const el = shape({ fill: 'none' })
    expect(hitElement(el, { x: 100, y: 50 }, 4)).toBe(false)
    expect(hitElement(el, { x: 2, y: 50 }, 4)).toBe(true)
    expect(hitElement(shape({ fill: 'none', text: 'Ziel' }), { x: 100, y: 50 })).toBe(true)
  })

  test('a stroke by the distance to its line, scaled with its bounds', () => {
    const stroke: Stroke = {
      id: 'p',
      type: 'stroke',
      kind: 'stroke',
      x: 0,
      y: 0,
      w: 108,
      h: 8,
      z: 'a0',
      points: [4, 4, 0.5, 104, 4, 0.5],
      color: 'ink',
      width: 4,
      pressure: false,
    }
    expect(hitElement(stroke, { x: 50, y: 5 })).toBe(true)
    expect(hitElement(stroke, { x: 50, y: 30 })).toBe(false)
    const stretched = { ...stroke, w: 216, h: 80 }
    expect(hitElement(stretched, { x: 200, y: 40 }, 1)).toBe(true)
  })

  test('a frame by its title band and border; its empty inside is free', () => {
    const frame: Frame = {
      id: 'f',
      type: 'frame',
      kind: 'frame',
      x: 0,
      y: 0,
      w: 800,
      h: 450,
      z: 'a0',
      text: 'Schritt 1',
    }
    expect(hitElement(frame, { x: 400, y: 10 })).toBe(true)
    expect(hitElement(frame, { x: 400, y: 300 }, 4)).toBe(false)
    expect(hitElement(frame, { x: 798, y: 300 }, 4)).toBe(true)
    expect(topElementAt([frame], { x: 400, y: 300 }, 4)).toBeNull()
  })
})

describe('hit testing by kind', () => {
  test('boxes are hit anywhere inside; a connector only by the test of its path', () => {
    const fixture = everyKind()
    try {
      for (const kind of ['note', 'text', 'image', 'actor', 'role', 'person', 'unknown'] as const) {
        const el = fixture.get(kind)
        expect(hitElement(el, { x: el.x + el.w / 2, y: el.y + el.h / 2 }), kind).toBe(true)
        expect(hitElement(el, { x: el.x + el.w + 10, y: el.y }), kind).toBe(false)
      }
      const connector = fixture.get('connector')
      const centre = { x: connector.x + connector.w / 2, y: connector.y + connector.h / 2 }
      expect(hitElement(connector, centre, 4)).toBe(false)
      const asked: string[] = []
      const onPath = (c: { id: string }): boolean => {
        asked.push(c.id)
        return true
      }
      expect(hitElement(connector, centre, 4, onPath)).toBe(true)
      expect(asked).toEqual([connector.id])
    } finally {
      fixture.board.destroy()
    }
  })
})
