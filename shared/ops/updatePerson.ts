import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getElement } from '../schema/doc.ts'
import { ORG_UNIT_MAX, PERSON_NAME_MAX, type PersonKind } from '../schema/person.ts'
import { clampPercent } from './createPerson.ts'
import { setTextKey } from './setTextKey.ts'

export interface UpdatePersonInput {
  id: string
  name?: string
  personKind?: PersonKind
  orgUnit?: string
  availability?: number
}

/** Edits a person or org-unit card; only the keys given are written. Not a person: no-op. */
export function updatePerson(
  doc: Y.Doc,
  input: UpdatePersonInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const map = getElement(doc, input.id)
  if (map?.get('type') !== 'person') return
  doc.transact(() => {
    if (input.name !== undefined) setTextKey(map, 'text', input.name, PERSON_NAME_MAX)
    if (input.personKind !== undefined && map.get('personKind') !== input.personKind) {
      map.set('personKind', input.personKind)
    }
    if (input.orgUnit !== undefined) {
      const unit = input.orgUnit.slice(0, ORG_UNIT_MAX)
      if (unit === '') map.delete('orgUnit')
      else if (map.get('orgUnit') !== unit) map.set('orgUnit', unit)
    }
    if (input.availability !== undefined) {
      const availability = clampPercent(input.availability)
      if (map.get('availability') !== availability) map.set('availability', availability)
    }
  }, origin)
}
