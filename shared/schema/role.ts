import type * as Y from 'yjs'
import { catalogueRole } from '../vocabulary/rolesCatalogue.ts'
import { isRoleGroupId, type RoleGroupId } from '../vocabulary/rolesCatalogue.ts'
import { readBase, readText, type ElementBase, type UnknownElement } from './element.ts'

/**
 * A role card: a responsibility someone holds (a role is not a person and not an org unit).
 * `catalogueId` names its entry in the roles catalogue, which the checks use whatever the card
 * is titled; a custom role has none.
 */
export interface Role extends ElementBase {
  kind: 'role'
  type: 'role'
  /** The title (a Y.Text under `text`). */
  title: string
  catalogueId: string | null
  group: RoleGroupId | null
  /** What the role does (a Y.Text under `description`). */
  description: string
}

/** Size of a new role card (board units). */
export const ROLE_CARD_SIZE = { w: 240, h: 140 } as const
export const ROLE_TITLE_MAX = 200
export const ROLE_DESCRIPTION_MAX = 2_000

export function readRole(id: string, map: Y.Map<unknown>): Role | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  const catalogueId = map.get('catalogueId')
  const group = map.get('group')
  const known = typeof catalogueId === 'string' ? catalogueRole(catalogueId) : undefined
  return {
    ...base,
    kind: 'role',
    type: 'role',
    title: readText(map, 'text', ROLE_TITLE_MAX),
    // An id from a newer catalogue is kept as it is: the checks simply know no rule for it.
    catalogueId: typeof catalogueId === 'string' && catalogueId !== '' ? catalogueId : null,
    group: isRoleGroupId(group) ? group : (known?.group ?? null),
    description: readText(map, 'description', ROLE_DESCRIPTION_MAX),
  }
}
