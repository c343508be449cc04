import type * as Y from 'yjs'
import { DEFAULT_LOCALE, type Locale } from '../vocabulary/label.ts'
import { catalogueRole, type RoleGroupId } from '../vocabulary/rolesCatalogue.ts'
import { randomId } from '../ids.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getElement } from '../schema/doc.ts'
import { ROLE_CARD_SIZE, ROLE_DESCRIPTION_MAX, ROLE_TITLE_MAX } from '../schema/role.ts'
import { putNewElement } from './elementRect.ts'
import { setTextKey } from './setTextKey.ts'
import { zAboveAll } from './zOrder.ts'

export interface CreateRoleInput {
  /** Centre of the new card in board units. */
  x: number
  y: number
  /** A roles catalogue entry: title, group and description come from it unless given. */
  catalogueId?: string
  /** The language of the catalogue wording written onto the card. */
  locale?: Locale
  title?: string
  group?: RoleGroupId
  description?: string
  id?: string
}

/**
 * Creates a role card centred on (x, y), on top of everything: from the roles catalogue (its
 * wording in `locale`, editable afterwards) or a custom role. Returns its id.
 */
export function createRole(
  doc: Y.Doc,
  input: CreateRoleInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  const locale = input.locale ?? DEFAULT_LOCALE
  const entry = input.catalogueId !== undefined ? catalogueRole(input.catalogueId) : undefined
  const { w, h } = ROLE_CARD_SIZE
  doc.transact(() => {
    const keys: Record<string, unknown> = {}
    if (entry) keys.catalogueId = entry.id
    const group = input.group ?? entry?.group
    if (group) keys.group = group
    const rect = { x: input.x - w / 2, y: input.y - h / 2, w, h }
    const title = input.title ?? entry?.title[locale] ?? ''
    const element = { type: 'role', rect, z: zAboveAll(doc), text: title }
    putNewElement(doc, id, { ...element, maxText: ROLE_TITLE_MAX }, keys)
    const map = getElement(doc, id)
    const description = input.description ?? entry?.description[locale] ?? ''
    if (map) setTextKey(map, 'description', description, ROLE_DESCRIPTION_MAX)
  }, origin)
  return id
}
