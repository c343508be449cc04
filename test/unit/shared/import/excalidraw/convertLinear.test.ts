import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { insertElements } from '../../../../../shared/ops/insertElements.ts'
import { elementsMap, readElement } from '../../../../../shared/schema/index.ts'
import { importExcalidraw } from '../../../../../shared/import/excalidraw/index.ts'
import { mapArrowhead } from '../../../../../shared/import/excalidraw/linear.ts'
import { converted, dataAt, scene } from './helpers.ts'

describe('Excalidraw arrows, lines and freedraw', () => {
  const conversion = converted('arrows.excalidraw')
  const localId = (type: string, x: number, y: number) => dataAt(conversion, type, x, y).id

  it('binds an arrow to the elements Excalidraw bound it to, with heads and its label', () => {
    const arrow = dataAt(conversion, 'connector', 205, 50).data
    expect(arrow).toMatchObject({
      from: { elementId: localId('shape', 0, 0), anchor: 'auto', x: 205, y: 50 },
      // A fixed point is where on the element, as fractions: Werkraum's relative anchor.
      to: { elementId: localId('shape', 400, 0), anchor: { x: 0, y: 0.5 }, x: 395, y: 50 },
      routing: 'straight',
      startArrowhead: 'dot',
      endArrowhead: 'triangle',
      stroke: 'red',
      text: { $text: 'liefert' },
    })
    // The label is the connector's, not a text block.
    expect(conversion.elements.some((s) => s.data.type === 'text')).toBe(false)
  })

  it('runs an elbow arrow from its first to its last point, a free start and a bound end', () => {
    expect(dataAt(conversion, 'connector', 100, 100).data).toMatchObject({
      from: { x: 100, y: 300 },
      to: { elementId: localId('shape', 400, 0), anchor: 'auto', x: 400, y: 100 },
      routing: 'elbow',
      startArrowhead: 'arrow',
      endArrowhead: 'diamond',
      strokeStyle: 'dashed',
      w: 300,
      h: 200,
    })
  })

  it('leaves an end free where its element is not in the file', () => {
    expect(dataAt(conversion, 'connector', 700, 0).data).toMatchObject({
      from: { x: 700, y: 0 },
      to: { x: 700, y: 100 },
    })
  })

  it('turns a straight line into a connector without heads, a bent one into a pen stroke', () => {
    expect(dataAt(conversion, 'connector', 0, 500).data).toMatchObject({
      from: { x: 0, y: 500 },
      to: { x: 300, y: 500 },
      startArrowhead: 'none',
      endArrowhead: 'none',
      strokeWidth: 1,
    })
    const bent = conversion.elements.find(
      (s) => s.data.type === 'stroke' && s.data.color === 'blue',
    )
    expect(bent?.data).toMatchObject({ pressure: true, width: 2, x: -2, y: 598, w: 304, h: 84 })
    // Relative to the box, with the width as margin, at constant pressure.
    expect(bent?.data.points).toEqual([2, 2, 0.5, 102, 82, 0.5, 202, 2, 0.5, 302, 82, 0.5])
  })

  it('turns freedraw into a pen stroke, keeping recorded pressures and doubling the width', () => {
    const pen = dataAt(conversion, 'stroke', 396, 496).data
    expect(pen).toMatchObject({ color: 'ink', width: 4, pressure: true, w: 68, h: 48 })
    expect(pen.points).toEqual([4, 4, 0.2, 14, 9, 0.4, 34, 24, 0.8, 64, 44, 1])
    const simulated = dataAt(conversion, 'stroke', 498, 498).data
    expect(simulated).toMatchObject({ width: 2, pressure: false })
  })

  it('maps every arrowhead Excalidraw has to the nearest Werkraum head', () => {
    expect(mapArrowhead(null)).toBe('none')
    expect(mapArrowhead('arrow')).toBe('arrow')
    expect(mapArrowhead('triangle_outline')).toBe('triangle')
    expect(mapArrowhead('circle')).toBe('dot')
    expect(mapArrowhead('diamond')).toBe('diamond')
    expect(mapArrowhead('crowfoot_many')).toBe('arrow')
  })

  it('binds an arrow bound to a label to the label’s shape, never to another arrow', () => {
    const text = importExcalidraw(
      scene([
        { id: 'r', type: 'rectangle', x: 0, y: 0, width: 100, height: 50 },
        { id: 't', type: 'text', x: 10, y: 10, width: 80, height: 20, text: 'A', containerId: 'r' },
        {
          id: 'l',
          type: 'line',
          x: 300,
          y: 0,
          width: 10,
          height: 0,
          points: [
            [0, 0],
            [10, 0],
          ],
        },
        {
          id: 'a',
          type: 'arrow',
          x: 100,
          y: 25,
          width: 200,
          height: 0,
          points: [
            [0, 0],
            [200, 0],
          ],
          startBinding: { elementId: 't' },
          endBinding: { elementId: 'l' },
        },
      ]),
    )
    if (!text.ok) throw new Error('refused')
    const [shape, , arrow] = text.conversion.elements
    expect(arrow?.data.from).toMatchObject({ elementId: shape?.id })
    expect(arrow?.data.to).toEqual({ x: 300, y: 25 })
  })

  it('inserts connectors bound to the inserted elements', () => {
    const doc = new Y.Doc()
    const ids = insertElements(doc, { elements: conversion.elements, dx: 1000, dy: 0 })
    const read = ids.map((id) => readElement(id, elementsMap(doc).get(id)))
    expect(read.every((el) => el.kind !== 'unknown')).toBe(true)
    const arrow = read.find((el) => el.kind === 'connector' && el.text === 'liefert')
    expect(arrow).toMatchObject({
      from: { elementId: ids[0], anchor: 'auto' },
      to: { elementId: ids[1], anchor: { x: 0, y: 0.5 } },
    })
  })
})
