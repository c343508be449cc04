import type { DomainModel } from '../../../../shared/domain/model.ts'
import {
  ROLE_GROUPS,
  ROLES_CATALOGUE,
  type RoleGroupId,
} from '../../../../shared/vocabulary/rolesCatalogue.ts'
import { isRaci, type Raci } from '../../../../shared/schema/assignment.ts'
import type { Person } from '../../../../shared/schema/person.ts'
import type { Role } from '../../../../shared/schema/role.ts'

/** A block of rows: the roles of one catalogue group, or (`other`) roles without a group. */
export interface MatrixGroup {
  group: RoleGroupId | 'other'
  roles: Role[]
}

/** The matrix as laid out: grouped rows in catalogue order, columns by name. */
export interface MatrixLayout {
  groups: MatrixGroup[]
  /** All rows in order (the groups' roles one after another): what the arrow keys walk. */
  rows: Role[]
  columns: Person[]
}

const CATALOGUE_ORDER = new Map<string, number>(ROLES_CATALOGUE.map((r, i) => [r.id, i]))
const collator = new Intl.Collator('de')

function rowOrder(a: Role, b: Role): number {
  const ca = a.catalogueId === null ? undefined : CATALOGUE_ORDER.get(a.catalogueId)
  const cb = b.catalogueId === null ? undefined : CATALOGUE_ORDER.get(b.catalogueId)
  if (ca !== undefined && cb !== undefined && ca !== cb) return ca - cb
  if (ca !== undefined && cb === undefined) return -1
  if (ca === undefined && cb !== undefined) return 1
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1)
}

/** Rows grouped as a facilitator lays them out (Steuerung … Daten, then own roles); people by name. */
export function matrixLayout(model: DomainModel): MatrixLayout {
  const groups: MatrixGroup[] = []
  for (const id of [...ROLE_GROUPS.map((g) => g.id), 'other' as const]) {
    const roles = model.roles.filter((r) => (r.group ?? 'other') === id).sort(rowOrder)
    if (roles.length > 0) groups.push({ group: id, roles })
  }
  const columns = [...model.people].sort(
    (a, b) =>
      (a.personKind === b.personKind ? 0 : a.personKind === 'person' ? -1 : 1) ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : 1),
  )
  return { groups, rows: groups.flatMap((g) => g.roles), columns }
}

/** A cell position: row index into `rows`, column index into `columns`. */
export interface CellPosition {
  row: number
  col: number
}

/**
 * Where a key moves the focus in a grid of `rows` × `cols` (the ARIA grid pattern: arrows,
 * Home/End within the row, Ctrl+Home/End to the corners, Page keys by five rows). Null for any
 * other key.
 */
export function moveInGrid(
  at: CellPosition,
  key: string,
  ctrlKey: boolean,
  rows: number,
  cols: number,
): CellPosition | null {
  if (rows === 0 || cols === 0) return null
  const clamp = (row: number, col: number): CellPosition => ({
    row: Math.min(rows - 1, Math.max(0, row)),
    col: Math.min(cols - 1, Math.max(0, col)),
  })
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col)
    case 'ArrowDown':
      return clamp(at.row + 1, at.col)
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1)
    case 'ArrowRight':
      return clamp(at.row, at.col + 1)
    case 'PageUp':
      return clamp(at.row - 5, at.col)
    case 'PageDown':
      return clamp(at.row + 5, at.col)
    case 'Home':
      return ctrlKey ? clamp(0, 0) : clamp(at.row, 0)
    case 'End':
      return ctrlKey ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1)
    default:
      return null
  }
}

/**
 * What a key does to a cell's letter: R, A, C or I (either case) set it, Delete, Backspace or
 * the minus key clear it (null); undefined for any other key.
 */
export function raciForKey(key: string): Raci | null | undefined {
  if (key === 'Delete' || key === 'Backspace' || key === '-') return null
  const letter = key.length === 1 ? key.toUpperCase() : ''
  return isRaci(letter) ? letter : undefined
}
