import * as Y from 'yjs'
import { describe, expect, test } from 'vitest'
import {
  asBoardTemplate,
  encodeTemplateFile,
  makeOwnTemplate,
  MAX_TEMPLATE_ELEMENTS,
  parseTemplateFile,
  readOwnTemplate,
  TEMPLATE_FILE_FORMAT,
  templateBounds,
  templateFileName,
  type OwnTemplate,
} from '../../../../client/src/lib/templates/ownTemplate.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { createConnector } from '../../../../shared/ops/createConnector.ts'
import { snapshotElements } from '../../../../shared/ops/elementSnapshot.ts'
import { insertTemplate } from '../../../../shared/ops/insertTemplate.ts'
import { elementsMap, elementEntries } from '../../../../shared/schema/doc.ts'
import { isBoundEnd } from '../../../../shared/schema/connector.ts'
import { readElement, type BoardElement } from '../../../../shared/schema/index.ts'
import { SCHEMA_VERSION } from '../../../../shared/schema/version.ts'

function readElements(doc: Y.Doc): BoardElement[] {
  return [...elementEntries(elementsMap(doc))].map(([id, map]) => readElement(id, map))
}

/** A board with two notes joined by an arrow, and its own template. */
function savedBoard(): { doc: Y.Doc; template: OwnTemplate } {
  const doc = new Y.Doc()
  const a = createNote(doc, { x: 500, y: 300, text: 'Bürgeramt' })
  const b = createNote(doc, { x: 900, y: 300, text: 'Rechenzentrum' })
  createConnector(doc, { from: { elementId: a }, to: { elementId: b } })
  const elements = snapshotElements(doc, [...elementsMap(doc).keys()])
  const template = makeOwnTemplate({
    id: 'own1',
    name: '  Ökosystem Musterstadt ',
    description: 'Unser Stand vom März',
    elements,
    sourceBoard: 'board1',
    now: new Date('2026-03-02T10:00:00Z'),
  })
  if (!template) throw new Error('no template')
  return { doc, template }
}

describe('makeOwnTemplate', () => {
  test('keeps the elements with a trimmed name, the schema version and the source board', () => {
    const { template } = savedBoard()
    expect(template).toMatchObject({
      id: 'own1',
      name: 'Ökosystem Musterstadt',
      description: 'Unser Stand vom März',
      savedAt: '2026-03-02T10:00:00.000Z',
      schemaVersion: SCHEMA_VERSION,
      sourceBoard: 'board1',
    })
    expect(template.elements).toHaveLength(3)
  })

  test('makes nothing from an empty board or without a name', () => {
    const { template } = savedBoard()
    expect(makeOwnTemplate({ id: 'x', name: 'Leer', elements: [] })).toBeNull()
    expect(makeOwnTemplate({ id: 'x', name: '   ', elements: template.elements })).toBeNull()
  })
})

describe('template files', () => {
  test('a saved file loads back as the same template with a new id and no source board', () => {
    const { template } = savedBoard()
    const text = encodeTemplateFile(template)
    expect(JSON.parse(text)).toMatchObject({ format: TEMPLATE_FILE_FORMAT, version: 1 })
    const loaded = parseTemplateFile(text, 'own2')
    expect(loaded).toEqual({
      ok: true,
      template: { ...template, id: 'own2', sourceBoard: null },
    })
  })

  test('says why a file is refused', () => {
    const { template } = savedBoard()
    const file = JSON.parse(encodeTemplateFile(template)) as Record<string, unknown>
    const inner = file.template as Record<string, unknown>
    const problem = (text: string) => {
      const result = parseTemplateFile(text, 'x')
      return result.ok ? 'ok' : result.problem
    }
    expect(problem('{ not json')).toBe('notJson')
    expect(problem(JSON.stringify({ elements: [] }))).toBe('notTemplate')
    expect(problem(JSON.stringify({ ...file, format: 'excalidraw' }))).toBe('notTemplate')
    expect(problem(JSON.stringify({ ...file, version: 2 }))).toBe('newerVersion')
    expect(
      problem(
        JSON.stringify({ ...file, template: { ...inner, schemaVersion: SCHEMA_VERSION + 1 } }),
      ),
    ).toBe('newerVersion')
    expect(problem(JSON.stringify({ ...file, template: { ...inner, elements: [] } }))).toBe(
      'invalid',
    )
    expect(problem(JSON.stringify({ ...file, template: { ...inner, name: ' ' } }))).toBe('invalid')
    // An element without a finite position is not something a board can place.
    const broken = [{ id: 'a', data: { type: 'note', x: 'links', y: 0, w: 1, h: 1 } }]
    expect(problem(JSON.stringify({ ...file, template: { ...inner, elements: broken } }))).toBe(
      'invalid',
    )
    const tooMany = Array.from({ length: MAX_TEMPLATE_ELEMENTS + 1 }, (_, i) => ({
      id: `e${i}`,
      data: { type: 'note', x: 0, y: 0, w: 1, h: 1 },
    }))
    expect(problem(JSON.stringify({ ...file, template: { ...inner, elements: tooMany } }))).toBe(
      'invalid',
    )
  })

  test('keys this version does not know are kept', () => {
    const { template } = savedBoard()
    const future = {
      ...template,
      elements: [{ id: 'z', data: { type: 'hologram', x: 0, y: 0, w: 10, h: 10, glow: 3 } }],
    }
    expect(readOwnTemplate(future)?.elements[0]?.data).toMatchObject({ type: 'hologram', glow: 3 })
  })

  test('file names are plain letters, digits and dashes', () => {
    const { template } = savedBoard()
    expect(templateFileName(template)).toBe('Okosystem-Musterstadt.werkraum-vorlage.json')
    expect(templateFileName({ ...template, name: 'Straße / Größe' })).toBe(
      'Strasse-Grosse.werkraum-vorlage.json',
    )
    expect(templateFileName({ ...template, name: '???' })).toBe('vorlage.werkraum-vorlage.json')
  })
})

describe('asBoardTemplate', () => {
  test('lays the elements out from (0, 0), and inserting rebinds the arrow to the copies', () => {
    const { template } = savedBoard()
    const built = asBoardTemplate(template).build('de')
    expect(templateBounds(built)).toMatchObject({ x: 0, y: 0 })
    expect(templateBounds(built).w).toBe(templateBounds(template.elements).w)

    const target = new Y.Doc()
    const ids = insertTemplate(target, {
      template: asBoardTemplate(template),
      at: { x: 2000, y: 100 },
    })
    expect(ids).toHaveLength(3)
    const elements = readElements(target)
    const notes = elements.filter((e) => e.kind === 'note')
    expect(notes.map((n) => n.text).sort()).toEqual(['Bürgeramt', 'Rechenzentrum'])
    expect(Math.min(...elements.map((e) => e.x))).toBe(2000)
    expect(Math.min(...elements.map((e) => e.y))).toBe(100)
    const arrow = elements.find((e) => e.kind === 'connector')
    const noteIds = new Set(notes.map((n) => n.id))
    if (arrow?.kind !== 'connector') throw new Error('no arrow')
    for (const end of [arrow.from, arrow.to]) {
      expect(isBoundEnd(end) && noteIds.has(end.elementId)).toBe(true)
    }
  })
})
