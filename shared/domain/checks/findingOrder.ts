import type { CheckRule, Finding } from './finding.ts'

/**
 * How urgent each check's findings are, most urgent first: a conflict of interest is a legal
 * problem (GDPR Art. 38(6), BSI); an overloaded person or a role without exactly one
 * Accountable is a decision the group has to take; a vacant role is a gap to fill, of which a
 * fresh roles board has many; the hints only point something out.
 */
export const RULE_URGENCY: Readonly<Record<CheckRule, number>> = {
  conflictOfInterest: 0,
  personOverloaded: 1,
  accountableMissing: 1,
  accountableMultiple: 1,
  vacantRole: 2,
  actorsWithoutRelation: 3,
  missingActorCategories: 3,
}

/** `findings` most urgent first (`RULE_URGENCY`), keeping their order within one urgency. */
export function byUrgency(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RULE_URGENCY[a.rule] - RULE_URGENCY[b.rule])
}

/** One line of the checks panel: a finding, or every vacant role folded into one. */
export type FindingLine =
  { kind: 'finding'; finding: Finding } | { kind: 'vacancies'; findings: Finding[] }

/**
 * The lines of the checks panel for `findings` (already most urgent first): vacant roles are
 * folded into one line in place of the first one ("20 Rollen unbesetzt", opened on demand), so
 * a fresh roles board does not bury its conflicts under twenty vacancies. A single vacancy
 * stays a finding of its own.
 */
export function foldVacancies(findings: readonly Finding[]): FindingLine[] {
  const vacancies = findings.filter((f) => f.rule === 'vacantRole')
  const lines: FindingLine[] = []
  for (const finding of findings) {
    if (finding.rule !== 'vacantRole' || vacancies.length < 2) {
      lines.push({ kind: 'finding', finding })
    } else if (finding === vacancies[0]) {
      lines.push({ kind: 'vacancies', findings: vacancies })
    }
  }
  return lines
}
