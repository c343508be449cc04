import * as Y from 'yjs'
import { clampedOr } from './palette.ts'

/** Responsible, Accountable, Consulted, Informed: one letter per person and role. */
export const RACI = ['R', 'A', 'C', 'I'] as const
export type Raci = (typeof RACI)[number]

/**
 * A person or org unit assigned to a role: one cell of the responsibility matrix. Kept in the
 * root map `assignments`, not on the board: an assignment has no place of its own.
 */
export interface Assignment {
  id: string
  personId: string
  roleId: string
  raci: Raci
  /** Share of the person's available time this role takes, in percent (0–100); 0 if unknown. */
  share: number
}

/** The root map of assignments: assignment id → Y.Map { personId, roleId, raci, share }. */
export function assignmentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('assignments')
}

/**
 * The id of the one assignment of `personId` to `roleId`. Derived, not random: two people who
 * assign the same person to the same role at the same moment write the same cell, never two.
 */
export function assignmentId(personId: string, roleId: string): string {
  return `${personId}|${roleId}`
}

export function isRaci(v: unknown): v is Raci {
  return typeof v === 'string' && (RACI as readonly string[]).includes(v)
}

/** Holding a role means being Responsible or Accountable for it; C and I only take part. */
export function holdsRole(raci: Raci): boolean {
  return raci === 'R' || raci === 'A'
}

/** Reads one stored assignment; null when it is malformed (it is then ignored, and kept). */
export function readAssignment(id: string, value: unknown): Assignment | null {
  if (!(value instanceof Y.Map)) return null
  const personId = value.get('personId')
  const roleId = value.get('roleId')
  const raci = value.get('raci')
  if (typeof personId !== 'string' || personId === '') return null
  if (typeof roleId !== 'string' || roleId === '') return null
  return {
    id,
    personId,
    roleId,
    raci: isRaci(raci) ? raci : 'R',
    share: clampedOr(value.get('share'), 0, 100, 0),
  }
}

/** Every readable assignment in the document. */
export function readAssignments(doc: Y.Doc): Assignment[] {
  const found: Assignment[] = []
  for (const [id, value] of assignmentsMap(doc).entries()) {
    const assignment = readAssignment(id, value)
    if (assignment) found.push(assignment)
  }
  return found
}
