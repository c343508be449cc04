import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { insertElements } from '../../../../../shared/ops/insertElements.ts'
import { elementsMap, readElement } from '../../../../../shared/schema/index.ts'
import { importExcalidraw } from '../../../../../shared/import/excalidraw/index.ts'
import { converted, dataAt, scene } from './helpers.ts'

describe('Excalidraw shapes, text, frames and groups', () => {
  const conversion = converted('shapes.excalidraw')

  it('turns a rounded rectangle with a bound text into a shape with that label', () => {
    expect(dataAt(conversion, 'shape', 0, 0).data).toMatchObject({
      shape: 'roundedRectangle',
      w: 200,
      h: 100,
      fill: 'yellow',
      stroke: 'blue',
      strokeWidth: 2,
      strokeStyle: 'solid',
      // What was typed, not Excalidraw's wrapping.
      text: { $text: 'Bürgeramt und Straßen' },
    })
  })

  it('keeps ellipses and diamonds, their colours nearest in the palette, dotted as dashed', () => {
    expect(dataAt(conversion, 'shape', 300, 0).data).toMatchObject({
      shape: 'ellipse',
      fill: 'blue',
      stroke: 'red',
      strokeStyle: 'dashed',
      text: { $text: '' },
    })
    expect(dataAt(conversion, 'shape', 520, 0).data).toMatchObject({
      shape: 'diamond',
      fill: 'green',
      stroke: 'green',
      strokeWidth: 4,
      strokeStyle: 'dashed',
    })
  })

  it('turns a free text into a text block with its size, alignment and colour', () => {
    expect(dataAt(conversion, 'text', 0, 200).data).toEqual({
      type: 'text',
      x: 0,
      y: 200,
      w: 320,
      h: 45,
      text: { $text: 'Überschrift „Größe“ – 5 €' },
      fontSize: 36,
      color: 'orange',
      align: 'right',
    })
  })

  it('a bound text is not a text block of its own', () => {
    const texts = conversion.elements.filter((s) => s.data.type === 'text')
    expect(texts).toHaveLength(1)
  })

  it('turns a frame into a frame with its name, below everything else', () => {
    expect(conversion.elements[0]?.data).toMatchObject({
      type: 'frame',
      x: -40,
      y: -80,
      w: 900,
      h: 500,
      text: { $text: 'Schritt 1: Akteure sammeln' },
    })
  })

  it('keeps a group as one group by its outermost Excalidraw group', () => {
    const a = dataAt(conversion, 'shape', 0, 300).data
    const b = dataAt(conversion, 'shape', 100, 300).data
    expect(a.groupId).toBeDefined()
    expect(a.groupId).toBe(b.groupId)
    expect(dataAt(conversion, 'shape', 0, 0).data.groupId).toBeUndefined()
  })

  it('leaves deleted elements out and reports a type Werkraum lacks', () => {
    expect(conversion.elements.some((s) => s.data.x === 5000)).toBe(false)
    expect(conversion.skipped).toEqual([
      { id: 'embed-1', type: 'embeddable', reason: 'unsupportedType' },
    ])
  })

  it('counts the elements drawn turned, which come in upright', () => {
    expect(conversion.rotated).toBe(0)
    const turned = importExcalidraw(
      scene([
        { id: 'a', type: 'rectangle', x: 0, y: 0, width: 10, height: 10, angle: 0.5 },
        { id: 'b', type: 'rectangle', x: 0, y: 0, width: 10, height: 10, angle: 2 * Math.PI },
        { id: 'c', type: 'embeddable', x: 0, y: 0, width: 10, height: 10, angle: 1 },
      ]),
    )
    expect(turned.ok && turned.conversion.rotated).toBe(1)
  })

  it('gives the box around what comes in, for placing it', () => {
    expect(conversion.bounds).toEqual({ x: -40, y: -80, w: 900, h: 500 })
  })

  it('inserts as elements every Werkraum reader understands', () => {
    const doc = new Y.Doc()
    const ids = insertElements(doc, { elements: conversion.elements, dx: 0, dy: 0 })
    expect(ids).toHaveLength(conversion.elements.length)
    const read = ids.map((id) => readElement(id, elementsMap(doc).get(id)))
    expect(read.map((el) => el.kind)).toEqual([
      'frame',
      'shape',
      'shape',
      'shape',
      'text',
      'shape',
      'shape',
    ])
    expect(read[1]).toMatchObject({ kind: 'shape', text: 'Bürgeramt und Straßen' })
    expect(read[0]).toMatchObject({ kind: 'frame', text: 'Schritt 1: Akteure sammeln' })
  })
})
