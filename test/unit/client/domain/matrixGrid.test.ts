import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import {
  matrixLayout,
  moveInGrid,
  raciForKey,
} from '../../../../client/src/lib/domain/matrixGrid.ts'
import { readDomain } from '../../../../shared/domain/model.ts'
import { createPerson } from '../../../../shared/ops/createPerson.ts'
import { createRole } from '../../../../shared/ops/createRole.ts'

describe('matrixLayout', () => {
  test('rows by catalogue group in catalogue order, own roles last; people before org units', () => {
    const doc = new Y.Doc()
    const own = createRole(doc, { x: 0, y: 0, title: 'Smart-City-Büro' })
    const dpo = createRole(doc, { x: 0, y: 0, catalogueId: 'dataProtectionOfficer' })
    const cio = createRole(doc, { x: 0, y: 0, catalogueId: 'cio' })
    const cdo = createRole(doc, { x: 0, y: 0, catalogueId: 'cdo' })
    const head = createRole(doc, { x: 0, y: 0, catalogueId: 'administrationHead' })
    const unit = createPerson(doc, { x: 0, y: 0, name: 'Amt 10', personKind: 'orgUnit' })
    const zoe = createPerson(doc, { x: 0, y: 0, name: 'Zoë Berg' })
    const anna = createPerson(doc, { x: 0, y: 0, name: 'Anna Öz' })
    const layout = matrixLayout(readDomain(doc))
    expect(layout.groups.map((g) => g.group)).toEqual([
      'steering',
      'implementation',
      'protection',
      'other',
    ])
    expect(layout.rows.map((r) => r.id)).toEqual([head, cdo, cio, dpo, own])
    expect(layout.columns.map((p) => p.id)).toEqual([anna, zoe, unit])
  })
})

describe('moveInGrid', () => {
  const at = { row: 2, col: 1 }
  test.each([
    ['ArrowUp', false, { row: 1, col: 1 }],
    ['ArrowDown', false, { row: 3, col: 1 }],
    ['ArrowLeft', false, { row: 2, col: 0 }],
    ['ArrowRight', false, { row: 2, col: 2 }],
    ['Home', false, { row: 2, col: 0 }],
    ['End', false, { row: 2, col: 2 }],
    ['Home', true, { row: 0, col: 0 }],
    ['End', true, { row: 9, col: 2 }],
    ['PageDown', false, { row: 7, col: 1 }],
    ['PageUp', false, { row: 0, col: 1 }],
  ])('%s (Ctrl %s) in a 10 × 3 grid', (key, ctrl, expected) => {
    expect(moveInGrid(at, key, ctrl, 10, 3)).toEqual(expected)
  })

  test('stops at the edges, ignores other keys and empty grids', () => {
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', false, 3, 3)).toEqual({ row: 0, col: 0 })
    expect(moveInGrid({ row: 2, col: 2 }, 'ArrowRight', false, 3, 3)).toEqual({ row: 2, col: 2 })
    expect(moveInGrid(at, 'a', false, 10, 3)).toBeNull()
    expect(moveInGrid(at, 'ArrowUp', false, 0, 3)).toBeNull()
  })
})

describe('raciForKey', () => {
  test('letters in either case set, Delete, Backspace and minus clear, others do nothing', () => {
    expect(['r', 'A', 'c', 'I'].map(raciForKey)).toEqual(['R', 'A', 'C', 'I'])
    expect(['Delete', 'Backspace', '-'].map(raciForKey)).toEqual([null, null, null])
    expect(['x', 'Enter', 'ArrowUp', ' '].map(raciForKey)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})
