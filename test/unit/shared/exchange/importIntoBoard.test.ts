// Content of a file brought into an open board: new ids everywhere, placed at the centre of the
// view on top, written in slices that undo as one step.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { writeBoardJson } from '../../../../shared/exchange/boardJson.ts'
import {
  contentOfBoard,
  importSlices,
  planImport,
  writeImportSlice,
  type ImportPlan,
} from '../../../../shared/exchange/importIntoBoard.ts'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { LOCAL_ORIGIN } from '../../../../shared/origins.ts'
import { SCHEMA_VERSION } from '../../../../shared/schema/version.ts'
import { writeFullBoard } from '../../../helpers/exchangeBoard.ts'

const NOW = new Date('2026-12-07T10:00:00.000Z')

function fileContent() {
  const doc = new Y.Doc()
  doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION)
  writeFullBoard(doc, 'ab'.repeat(32))
  return contentOfBoard(writeBoardJson(doc, { images: [], now: NOW }))
}

function plan(center = { x: 5000, y: -3000 }, above: string | null = 'a5'): ImportPlan {
  return planImport(fileContent(), { center, above })
}

describe('planImport', () => {
  it('gives every element and every id inside one a new id', () => {
    const content = fileContent()
    const p = plan()
    const old = new Set(content.elements.map((e) => e.id))
    expect(p.ids).toHaveLength(content.elements.length)
    expect(p.ids.some((id) => old.has(id))).toBe(false)
    const byOld = new Map(content.elements.map((e, i) => [e.id, p.elements[i]!]))
    const rel = byOld.get('rel1')!.data as {
      from: { elementId: string }
      to: { elementId: string }
    }
    expect(rel.from.elementId).toBe(byOld.get('actor1')!.id)
    expect(rel.to.elementId).toBe(byOld.get('actor2')!.id)
    const group = byOld.get('actor2')!.data.groupId
    expect(group).not.toBe('g1')
    expect(byOld.get('person1')!.data.groupId).toBe(group)
    const person = byOld.get('person1')!.id
    const role1 = byOld.get('role1')!.id
    const role2 = byOld.get('role2')!.id
    expect(Object.keys(p.assignments).sort()).toEqual(
      [`${person}|${role1}`, `${person}|${role2}`].sort(),
    )
    expect(p.assignments[`${person}|${role1}`]).toEqual({
      personId: person,
      roleId: role1,
      raci: 'A',
      share: 20,
    })
    const [ruleId, rule] = Object.entries(p.conflictRules)[0]!
    expect(ruleId).not.toBe('rule1')
    expect(rule).toEqual({
      roles: [role1],
      conflictsWith: ['cio', role2],
      reason: 'Interessenkonflikt',
    })
  })

  it('points a reference to an element the file lacks at a fresh id, never an old one', () => {
    const content = fileContent()
    content.elements = content.elements.filter((e) => e.id !== 'actor2')
    const p = planImport(content, { center: { x: 0, y: 0 }, above: null })
    const rel = p.elements.find((e) => e.data.relationKind === 'suppliesDataTo')!
    const to = (rel.data.to as { elementId: string }).elementId
    expect(to).not.toBe('actor2')
    expect(p.ids).not.toContain(to)
  })

  it('centres the content on the view and stacks it above everything, in its order', () => {
    const content = fileContent()
    const p = plan({ x: 5000, y: -3000 }, 'a5')
    const boxes = p.elements.map((e) => e.data as { x: number; y: number; w: number; h: number })
    const minX = Math.min(...boxes.map((b) => b.x))
    const maxX = Math.max(...boxes.map((b) => b.x + b.w))
    const minY = Math.min(...boxes.map((b) => b.y))
    const maxY = Math.max(...boxes.map((b) => b.y + b.h))
    expect(Math.abs((minX + maxX) / 2 - 5000)).toBeLessThanOrEqual(1)
    expect(Math.abs((minY + maxY) / 2 + 3000)).toBeLessThanOrEqual(1)
    const zs = p.elements.map((e) => e.data.z as string)
    expect(zs.every((z) => z > 'a5')).toBe(true)
    expect([...zs].sort()).toEqual(zs)
    // Everything else is kept, unknown keys too.
    const later = p.elements[content.elements.findIndex((e) => e.id === 'later1')]!
    expect(later.data.emoji).toBe('🦊')
    expect(later.data.extra).toEqual({ $map: { deep: { $text: 'im Inneren' } } })
  })
})

describe('writing a plan in slices', () => {
  it('cuts slices by size and writes them all', () => {
    const p = plan()
    const slices = importSlices(p, 600)
    expect(slices.length).toBeGreaterThan(3)
    expect(slices[0]![0]).toBe(0)
    expect(slices.at(-1)![1]).toBe(p.elements.length)
    const doc = new Y.Doc()
    for (const slice of slices) writeImportSlice(doc, { plan: p, slice }, LOCAL_ORIGIN)
    expect([...doc.getMap('elements').keys()].sort()).toEqual([...p.ids].sort())
    expect(doc.getMap('assignments').size).toBe(2)
    expect(doc.getMap('conflictRules').size).toBe(1)
  })

  it('is one undo step however many transactions, with pauses between them', async () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    createNote(doc, { x: 0, y: 0, text: 'vorher' })
    history.endStep()
    const p = planImport(fileContent(), { center: { x: 0, y: 0 }, above: 'a0' })
    const slices = importSlices(p, 600)
    history.beginGesture()
    for (const slice of slices) {
      writeImportSlice(doc, { plan: p, slice }, LOCAL_ORIGIN)
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    history.endGesture()
    expect(doc.getMap('elements').size).toBe(1 + p.ids.length)
    expect(history.undo()).toBe(true)
    expect(doc.getMap('elements').size).toBe(1)
    expect(doc.getMap('assignments').size).toBe(0)
    expect(doc.getMap('conflictRules').size).toBe(0)
    expect(history.redo()).toBe(true)
    expect(doc.getMap('elements').size).toBe(1 + p.ids.length)
  })

  it('merges slices into one step in a synchronous run, unless a step is ended between', () => {
    const doc = new Y.Doc()
    const history = new History(doc)
    const p = planImport(fileContent(), { center: { x: 0, y: 0 }, above: null })
    const slices = importSlices(p, 600)
    for (const slice of slices) writeImportSlice(doc, { plan: p, slice }, LOCAL_ORIGIN)
    history.endStep()
    history.undo()
    expect(doc.getMap('elements').size).toBe(0)
    // With endStep after each slice (what every other operation does) it would take many.
    for (const slice of slices) {
      writeImportSlice(doc, { plan: p, slice }, LOCAL_ORIGIN)
      history.endStep()
    }
    history.undo()
    expect(doc.getMap('elements').size).toBeGreaterThan(0)
  })
})
