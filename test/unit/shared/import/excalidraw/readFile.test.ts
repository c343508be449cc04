import { describe, expect, it } from 'vitest'
import { importExcalidraw } from '../../../../../shared/import/excalidraw/index.ts'
import {
  formatPath,
  readExcalidrawFile,
  tooDeepAt,
} from '../../../../../shared/import/excalidraw/readFile.ts'
import {
  EXCALIDRAW_MAX_CHARS,
  EXCALIDRAW_MAX_DEPTH,
  EXCALIDRAW_MAX_ELEMENTS,
  EXCALIDRAW_MAX_POINTS,
} from '../../../../../shared/import/excalidraw/limits.ts'
import { scene } from './helpers.ts'

const rect = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'rectangle',
  x: 0,
  y: 0,
  width: 10,
  height: 10,
  ...extra,
})

function problems(text: string) {
  const result = importExcalidraw(text)
  if (result.ok) throw new Error('accepted a bad file')
  return result.problems
}

function code(text: string) {
  const result = importExcalidraw(text)
  return result.ok ? 'accepted' : result.code
}

describe('reading an Excalidraw file', () => {
  it('accepts a minimal scene and keeps unknown keys out of the way', () => {
    const result = readExcalidrawFile(scene([rect('a', { customData: { x: [1] } })]))
    expect(result.ok && result.file.elements.map((e) => e.kind)).toEqual(['shape'])
  })

  it('refuses text that is not JSON', () => {
    expect(problems('{"type": "excalidraw",')).toEqual([
      { where: '', what: expect.stringMatching(/^Not JSON: /) },
    ])
  })

  it('refuses JSON that is not an Excalidraw scene, saying where', () => {
    expect(problems(JSON.stringify({ type: 'werkraum/elements', elements: [] }))).toEqual([
      { where: 'type', what: expect.any(String) },
    ])
    expect(problems(JSON.stringify({ type: 'excalidraw' }))).toEqual([
      { where: 'elements', what: expect.any(String) },
    ])
    expect(problems('[]')[0]?.where).toBe('')
  })

  it('names the element and the key of a malformed element', () => {
    expect(problems(scene([rect('a'), rect('b', { x: 'left' })]))).toEqual([
      { where: 'elements[1].x', what: expect.any(String) },
    ])
    expect(
      problems(
        scene([{ id: 'l', type: 'arrow', x: 0, y: 0, width: 1, height: 1, points: [[0, 'a']] }]),
      ),
    ).toEqual([{ where: 'elements[0].points[0][1]', what: expect.any(String) }])
    expect(problems(scene([{ type: 'rectangle' }]))).toEqual([
      { where: 'elements[0].id', what: expect.any(String) },
    ])
  })

  it('refuses coordinates beyond what a board holds and duplicate ids', () => {
    expect(problems(scene([rect('a', { y: 1e9 })]))[0]?.where).toBe('elements[0].y')
    expect(problems(scene([rect('a'), rect('a')]))).toEqual([
      { where: 'elements[1].id', what: 'Duplicate id "a".' },
    ])
  })

  it('refuses overlong strings', () => {
    const long = 'x'.repeat(100_001)
    expect(problems(scene([{ ...rect('t'), type: 'text', text: long }]))[0]?.where).toBe(
      'elements[0].text',
    )
    expect(problems(scene([rect('x'.repeat(300))]))[0]?.where).toBe('elements[0].id')
  })

  it('refuses too many elements and too many points', () => {
    const many = Array.from({ length: EXCALIDRAW_MAX_ELEMENTS + 1 }, (_, i) => ({
      id: `e${i}`,
      type: 'rectangle',
      isDeleted: true,
    }))
    expect(problems(scene(many))[0]?.where).toBe('elements')
    const points = Array.from({ length: EXCALIDRAW_MAX_POINTS + 1 }, (_, i) => [i, 0])
    expect(problems(scene([{ ...rect('f'), type: 'freedraw', points }]))[0]?.where).toBe(
      'elements[0].points',
    )
  })

  it('refuses nesting deeper than the limit before parsing, and a file over the size limit', () => {
    const deep = '['.repeat(EXCALIDRAW_MAX_DEPTH + 1) + ']'.repeat(EXCALIDRAW_MAX_DEPTH + 1)
    expect(problems(deep)).toEqual([
      { where: `character ${EXCALIDRAW_MAX_DEPTH}`, what: expect.stringMatching(/deeper/) },
    ])
    const huge = ' '.repeat(EXCALIDRAW_MAX_CHARS + 1)
    expect(problems(huge)).toEqual([{ where: '', what: expect.stringMatching(/larger than/) }])
  })

  it('counts depth outside strings only', () => {
    expect(tooDeepAt('{"a":"[[[[[[","b":"\\"[["}', 1)).toBe(-1)
    expect(tooDeepAt('{"a":[{}]}', 2)).toBe(6)
  })

  it('does not read deleted elements, however broken', () => {
    const result = readExcalidrawFile(scene([{ id: 'd', type: 'rectangle', isDeleted: true }]))
    expect(result.ok && result.file.elements).toEqual([])
  })

  it('refuses a malformed embedded file', () => {
    expect(problems(scene([], { pic: { mimeType: 'image/png' } }))).toEqual([
      { where: 'files.pic.dataURL', what: expect.any(String) },
    ])
  })

  it('says why for programs: too large, too deep, not JSON, not a scene', () => {
    expect(code(' '.repeat(EXCALIDRAW_MAX_CHARS + 1))).toBe('too_large')
    expect(code('['.repeat(EXCALIDRAW_MAX_DEPTH + 1))).toBe('too_deep')
    expect(code('{')).toBe('not_json')
    expect(code(scene([rect('a', { width: 'wide' })]))).toBe('invalid')
    expect(code(scene([rect('a')]))).toBe('accepted')
  })

  it('writes zod paths the way people read them', () => {
    expect(formatPath(['elements', 3, 'points', 0, 1])).toBe('elements[3].points[0][1]')
    expect(formatPath([])).toBe('')
  })
})
