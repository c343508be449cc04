import type * as Y from 'yjs'
import { readBase, readText, type ElementBase, type UnknownElement } from './element.ts'
import { clampedOr, oneOfOr } from './palette.ts'

/** A card for someone who can hold roles: a person, or an org unit (a team, a department). */
export const PERSON_KINDS = ['person', 'orgUnit'] as const
export type PersonKind = (typeof PERSON_KINDS)[number]

export interface Person extends ElementBase {
  kind: 'person'
  type: 'person'
  personKind: PersonKind
  /** The name (a Y.Text under `text`). */
  name: string
  /** The org unit a person belongs to ('' when not given; unused for an org unit). */
  orgUnit: string
  /** Time available for the roles, in percent of a full-time position (0–100). */
  availability: number
}

/** Size of a new person or org-unit card (board units). */
export const PERSON_CARD_SIZE = { w: 200, h: 90 } as const
export const PERSON_NAME_MAX = 200
export const ORG_UNIT_MAX = 200
export const DEFAULT_AVAILABILITY = 100

export function readPerson(id: string, map: Y.Map<unknown>): Person | UnknownElement {
  const { base, problem } = readBase(id, map)
  if (problem) return { ...base, kind: 'unknown', reason: problem }
  const orgUnit = map.get('orgUnit')
  return {
    ...base,
    kind: 'person',
    type: 'person',
    personKind: oneOfOr(PERSON_KINDS, map.get('personKind'), 'person'),
    name: readText(map, 'text', PERSON_NAME_MAX),
    orgUnit: typeof orgUnit === 'string' ? orgUnit.slice(0, ORG_UNIT_MAX) : '',
    availability: clampedOr(map.get('availability'), 0, 100, DEFAULT_AVAILABILITY),
  }
}
