import type { Finding } from '../../../../shared/domain/checks/index.ts'

/** What the announcer remembers between updates: the conflicts it has already seen. */
export type SeenConflicts = ReadonlySet<string> | null

/**
 * The conflicts of interest among `findings` that were not there before, and what to remember
 * next. On the first call (`seen` null: the board just opened) nothing is new, so opening a
 * board with conflicts does not read them all out.
 */
export function newConflicts(
  seen: SeenConflicts,
  findings: readonly Finding[],
): { added: Finding[]; seen: ReadonlySet<string> } {
  const conflicts = findings.filter((f) => f.rule === 'conflictOfInterest')
  const next = new Set(conflicts.map((f) => f.id))
  if (seen === null) return { added: [], seen: next }
  return { added: conflicts.filter((f) => !seen.has(f.id)), seen: next }
}
