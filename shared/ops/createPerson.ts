import type * as Y from 'yjs'
import { randomId } from '../ids.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import {
  DEFAULT_AVAILABILITY,
  ORG_UNIT_MAX,
  PERSON_CARD_SIZE,
  PERSON_NAME_MAX,
  type PersonKind,
} from '../schema/person.ts'
import { putNewElement } from './elementRect.ts'
import { zAboveAll } from './zOrder.ts'

export interface CreatePersonInput {
  /** Centre of the new card in board units. */
  x: number
  y: number
  personKind?: PersonKind
  name: string
  orgUnit?: string
  /** Percent of a full-time position available for roles (0–100); default 100. */
  availability?: number
  id?: string
}

/** Clamps an availability or time share to whole percent in 0..100. */
export function clampPercent(v: number): number {
  return Number.isFinite(v) ? Math.min(100, Math.max(0, Math.round(v))) : 0
}

/** Creates a person or org-unit card centred on (x, y), on top of everything. Returns its id. */
export function createPerson(
  doc: Y.Doc,
  input: CreatePersonInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  const { w, h } = PERSON_CARD_SIZE
  doc.transact(() => {
    const keys: Record<string, unknown> = {
      personKind: input.personKind ?? 'person',
      availability: clampPercent(input.availability ?? DEFAULT_AVAILABILITY),
    }
    if (input.orgUnit) keys.orgUnit = input.orgUnit.slice(0, ORG_UNIT_MAX)
    const rect = { x: input.x - w / 2, y: input.y - h / 2, w, h }
    const element = { type: 'person', rect, z: zAboveAll(doc), text: input.name }
    putNewElement(doc, id, { ...element, maxText: PERSON_NAME_MAX }, keys)
  }, origin)
  return id
}
