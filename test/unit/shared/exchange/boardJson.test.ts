// The board JSON: written from a document, read back under its limits, built into a new board.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { writeBoardJson, type BoardJson } from '../../../../shared/exchange/boardJson.ts'
import { boardDocFromJson } from '../../../../shared/exchange/boardDoc.ts'
import { BoardImportError } from '../../../../shared/exchange/importError.ts'
import {
  IMPORT_MAX_DEPTH,
  IMPORT_MAX_KEYS,
  IMPORT_MAX_STRING_LENGTH,
} from '../../../../shared/exchange/limits.ts'
import { parseBoardJson, parseBoardJsonText } from '../../../../shared/exchange/parseBoardJson.ts'
import { SERVER_ORIGIN } from '../../../../shared/origins.ts'
import { SCHEMA_VERSION } from '../../../../shared/schema/version.ts'
import { writeFullBoard } from '../../../helpers/exchangeBoard.ts'

const HASH = 'ab'.repeat(32)
const NOW = new Date('2026-12-07T10:00:00.000Z')
const ROOTS = ['meta', 'elements', 'assignments', 'conflictRules'] as const

function fullDoc(): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION)
  writeFullBoard(doc, HASH)
  return doc
}

function exported(doc: Y.Doc): BoardJson {
  const images = [
    { hash: HASH, mime: 'image/png', size: 120, width: 4, height: 3 },
    { hash: 'cd'.repeat(32), mime: 'image/png', size: 99, width: 1, height: 1 },
  ]
  return writeBoardJson(doc, { images, now: NOW })
}

/** Every root as plain JSON, and which keys of which elements hold which Yjs type. */
function contents(doc: Y.Doc) {
  const types: Record<string, string> = {}
  doc.getMap('elements').forEach((value, id) => {
    ;(value as Y.Map<unknown>).forEach((v, key) => {
      if (v instanceof Y.AbstractType) types[`${id}.${key}`] = v.constructor.name
    })
  })
  return { ...Object.fromEntries(ROOTS.map((r) => [r, doc.getMap(r).toJSON()])), types }
}

function refusal(run: () => unknown): BoardImportError {
  try {
    run()
  } catch (err) {
    if (err instanceof BoardImportError) return err
    throw err
  }
  throw new Error('no refusal')
}

function withElements(elements: unknown[]): string {
  return JSON.stringify({ ...exported(fullDoc()), elements })
}

describe('writeBoardJson and boardDocFromJson', () => {
  it('give back the board element by element and key by key, Yjs types included', () => {
    const doc = fullDoc()
    const text = JSON.stringify(exported(doc))
    const board = parseBoardJsonText(text)
    const copy = boardDocFromJson(board, SERVER_ORIGIN)
    expect(contents(copy)).toEqual(contents(doc))
    expect(contents(copy).types).toMatchObject({
      'note1.text': 'YText',
      'later1.extra': 'YMap',
      'later1.list': 'YArray',
    })
    expect(
      (copy.getMap('elements').get('later1') as Y.Map<Y.Map<Y.Text>>).get('extra')?.get('deep'),
    ).toBeInstanceOf(Y.Text)
  })

  it('writes the format, versions, elements bottom to top and only the images shown', () => {
    const board = exported(fullDoc())
    expect(board).toMatchObject({
      format: 'werkraum-board',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
      meta: { title: 'Rollenklärung Grünstadt', maxRolesPerPerson: 2 },
      images: [{ hash: HASH, mime: 'image/png', size: 120, width: 4, height: 3 }],
    })
    expect(board.meta).not.toHaveProperty('schemaVersion')
    expect(board.elements.map((e) => e.id).slice(0, 3)).toEqual(['frame1', 'note1', 'shape1'])
    expect(board.elements[1]!.data.text).toEqual({ $text: 'Übergabe „Straße“ – 5 €\nzweite Zeile' })
    expect(board.assignments['person1|role1']).toEqual({
      personId: 'person1',
      roleId: 'role1',
      raci: 'A',
      share: 20,
    })
  })

  it('replaces the title when one is given, and migrates an older schema', () => {
    const board = { ...exported(fullDoc()), schemaVersion: 1 }
    const copy = boardDocFromJson(parseBoardJson(board), SERVER_ORIGIN, 'Neu')
    expect(copy.getMap('meta').get('title')).toBe('Neu')
    expect(copy.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION)
    expect(copy.getMap('elements').size).toBe(board.elements.length)
  })

  it('leaves out what is not an element map', () => {
    const doc = fullDoc()
    doc.getMap('elements').set('junk', 'a string where a map belongs')
    expect(exported(doc).elements.map((e) => e.id)).not.toContain('junk')
  })
})

describe('parseBoardJsonText refuses, saying what and where', () => {
  it('malformed JSON', () => {
    const err = refusal(() => parseBoardJsonText('{"format": "werkraum-board", '))
    expect(err.code).toBe('malformed_json')
    expect(err.message).toMatch(/not valid JSON/)
  })

  it('a file that is not a board', () => {
    expect(refusal(() => parseBoardJsonText('[1, 2]')).code).toBe('invalid_board_json')
    const err = refusal(() => parseBoardJsonText('{"type": "excalidraw"}'))
    expect(err.problems[0]!.path).toBe('format')
  })

  it('a wrong shape, with the path of each problem', () => {
    const err = refusal(() =>
      parseBoardJsonText(
        withElements([
          { id: 'a', data: { type: 'note' } },
          { id: 'b', data: {} },
        ]),
      ),
    )
    expect(err.code).toBe('invalid_board_json')
    expect(err.problems.map((p) => p.path)).toContain('elements.1.data.type')
    expect(err.message).toContain('elements.1.data.type')
  })

  it('a decoration flag that is not true or false', () => {
    for (const hostile of ['true', 1, {}, [true]]) {
      const err = refusal(() =>
        parseBoardJsonText(
          withElements([{ id: 'a', data: { type: 'shape', decoration: hostile } }]),
        ),
      )
      expect(err.problems[0]!.path).toBe('elements.0.data.decoration')
    }
    const board = parseBoardJsonText(
      withElements([{ id: 'a', data: { type: 'shape', decoration: true } }]),
    )
    expect(board.elements[0]!.data.decoration).toBe(true)
  })

  it('an element id twice', () => {
    const err = refusal(() =>
      parseBoardJsonText(
        withElements([
          { id: 'a', data: { type: 'note' } },
          { id: 'a', data: { type: 'note' } },
        ]),
      ),
    )
    expect(err.problems[0]!.path).toBe('elements.1.id')
  })

  it('a schema from the future, and a file format from the future', () => {
    const future = refusal(() =>
      parseBoardJsonText(
        JSON.stringify({ ...exported(fullDoc()), schemaVersion: SCHEMA_VERSION + 1 }),
      ),
    )
    expect(future.code).toBe('schema_too_new')
    expect(future.message).toMatch(/newer Werkraum/)
    const format = refusal(() =>
      parseBoardJsonText(JSON.stringify({ ...exported(fullDoc()), formatVersion: 2 })),
    )
    expect(format.code).toBe('format_too_new')
  })

  it('nesting deeper than the limit, even a million deep', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000)
    const text = withElements([]).replace(
      '"elements":[]',
      `"elements":[{"id":"a","data":{"type":"note","x":${deep}}}]`,
    )
    const err = refusal(() => parseBoardJsonText(text))
    expect(err.code).toBe('import_too_large')
    expect(err.problems[0]!.message).toContain(`deeper than ${IMPORT_MAX_DEPTH}`)
    expect(err.problems[0]!.path).toMatch(/^elements\.0\.data\.x(\.0)+$/)
  })

  it('a string, or an object, larger than the limit', () => {
    const long = refusal(() =>
      parseBoardJsonText(
        withElements([
          { id: 'a', data: { type: 'note', t: 'x'.repeat(IMPORT_MAX_STRING_LENGTH + 1) } },
        ]),
      ),
    )
    expect(long.problems[0]).toEqual({
      path: 'elements.0.data.t',
      message: `a text longer than ${IMPORT_MAX_STRING_LENGTH} characters`,
    })
    const keys = Object.fromEntries(
      Array.from({ length: IMPORT_MAX_KEYS + 1 }, (_, i) => [`k${i}`, i]),
    )
    const wide = refusal(() =>
      parseBoardJsonText(withElements([{ id: 'a', data: { type: 'note', ...keys } }])),
    )
    expect(wide.problems[0]!.path).toBe('elements.0.data')
  })
})
