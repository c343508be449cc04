import type { Finding } from '../../../../shared/domain/checks/index.ts'

/**
 * The cards a warning points at: the canvas marks them. A vacant role is left out: its card
 * already says 'unbesetzt' with a dashed border, and a fresh roles board would otherwise be a
 * sea of markers that hides the warnings that need a decision.
 */
export function warnedIds(findings: readonly Finding[]): ReadonlySet<string> {
  return new Set(
    findings
      .filter((f) => f.severity === 'warning' && f.rule !== 'vacantRole')
      .flatMap((f) => f.elementIds),
  )
}
