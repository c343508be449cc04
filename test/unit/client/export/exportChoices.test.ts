import { describe, expect, test } from 'vitest'
import {
  EXPORT_GROUPS,
  applicableOptions,
  effectiveScope,
  exportQuery,
  previewQuery,
  type ExportChoice,
} from '../../../../client/src/lib/export/exportChoices.ts'
import { EXPORT_FORMATS, parseExportQuery } from '../../../../shared/export/options.ts'

const choice = (over: Partial<ExportChoice> = {}): ExportChoice => ({
  format: 'png',
  scope: 'board',
  frame: null,
  selection: [],
  orientation: 'landscape',
  paperSize: 'a4',
  scale: 2,
  background: 'white',
  language: 'de',
  ...over,
})

const query = (over: Partial<ExportChoice>) => Object.fromEntries(exportQuery(choice(over)))

describe('export choices', () => {
  test('the groups offer every format the server knows, each once', () => {
    const offered = EXPORT_GROUPS.flatMap((g) => g.formats)
    expect([...offered].sort()).toEqual([...EXPORT_FORMATS].sort())
  })

  test('a PNG takes scope, scale and background; a PDF scope and paper', () => {
    expect(query({ format: 'png', scale: 3, background: 'transparent' })).toEqual({
      format: 'png',
      scope: 'board',
      scale: '3',
      background: 'transparent',
    })
    expect(
      query({
        format: 'pdf',
        paperSize: 'a3',
        orientation: 'portrait',
        scope: 'frame',
        frame: 'f1',
      }),
    ).toEqual({ format: 'pdf', scope: 'frame', frame: 'f1', paper: 'a3-portrait' })
  })

  test('tables and the report take the language, the Werkraum file nothing', () => {
    expect(query({ format: 'xlsx', language: 'en' })).toEqual({ format: 'xlsx', language: 'en' })
    expect(query({ format: 'report-pdf', scope: 'frame', frame: 'f' })).toEqual({
      format: 'report-pdf',
      language: 'de',
    })
    expect(query({ format: 'werkraum', scale: 3 })).toEqual({ format: 'werkraum' })
    expect(applicableOptions('json')).toEqual({
      scope: false,
      paper: false,
      scale: false,
      background: false,
      language: false,
    })
  })

  test('a selection is sent as its ids; empty or oversized, the whole board', () => {
    expect(query({ format: 'svg', scope: 'selection', selection: ['a', 'b'] })).toEqual({
      format: 'svg',
      scope: 'selection',
      ids: 'a,b',
    })
    expect(effectiveScope(choice({ scope: 'selection' }))).toBe('board')
    const many = Array.from({ length: 2001 }, (_, i) => `e${i}`)
    expect(effectiveScope(choice({ scope: 'selection', selection: many }))).toBe('board')
    expect(effectiveScope(choice({ scope: 'frame', frame: null }))).toBe('board')
  })

  test('every query is one the server reads', () => {
    for (const format of EXPORT_FORMATS) {
      for (const scope of ['board', 'frame', 'selection'] as const) {
        const q = exportQuery(choice({ format, scope, frame: 'f1', selection: ['x', 'y'] }))
        expect(() => parseExportQuery(Object.fromEntries(q))).not.toThrow()
      }
    }
  })

  test('the preview is the same part of the board as SVG', () => {
    expect(
      Object.fromEntries(previewQuery(choice({ format: 'pdf', scope: 'frame', frame: 'f9' }))),
    ).toEqual({ format: 'svg', scope: 'frame', frame: 'f9' })
    expect(
      Object.fromEntries(previewQuery(choice({ format: 'png', background: 'transparent' }))),
    ).toEqual({ format: 'svg', scope: 'board', background: 'transparent' })
  })
})
