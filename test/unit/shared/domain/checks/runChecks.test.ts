import { describe, expect, it } from 'vitest'
import { CHECK_RULES, CHECKS, runChecks } from '../../../../../shared/domain/checks/index.ts'
import { domainBoard } from './fixture.ts'

describe('runChecks', () => {
  it('runs every rule and lists warnings before hints', () => {
    expect(Object.keys(CHECKS).sort()).toEqual([...CHECK_RULES].sort())
    const b = domainBoard()
    b.actor('Stadtwerke', 'municipalGroup')
    b.role('cdo')
    const findings = runChecks(b.model())
    expect(findings[0]).toMatchObject({ rule: 'vacantRole', severity: 'warning' })
    expect(findings.slice(1).every((f) => f.severity === 'hint')).toBe(true)
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length)
  })
})
