import type * as Y from 'yjs'
import type { RoleGroupId } from '../vocabulary/rolesCatalogue.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getElement } from '../schema/doc.ts'
import { ROLE_DESCRIPTION_MAX, ROLE_TITLE_MAX } from '../schema/role.ts'
import { setTextKey } from './setTextKey.ts'

export interface UpdateRoleInput {
  id: string
  title?: string
  /** null: the role belongs to no group. */
  group?: RoleGroupId | null
  description?: string
}

/**
 * Edits a role card; only the keys given are written. The catalogue entry stays, so a renamed
 * data protection officer is still checked as one. Not a role: no-op.
 */
export function updateRole(
  doc: Y.Doc,
  input: UpdateRoleInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const map = getElement(doc, input.id)
  if (map?.get('type') !== 'role') return
  doc.transact(() => {
    if (input.title !== undefined) setTextKey(map, 'text', input.title, ROLE_TITLE_MAX)
    if (input.description !== undefined) {
      setTextKey(map, 'description', input.description, ROLE_DESCRIPTION_MAX)
    }
    if (input.group === null) map.delete('group')
    else if (input.group !== undefined && map.get('group') !== input.group) {
      map.set('group', input.group)
    }
  }, origin)
}
