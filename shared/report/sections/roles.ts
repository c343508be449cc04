import { findingWords } from '../../domain/checks/findingText.ts'
import type { Finding } from '../../domain/checks/index.ts'
import { ROLE_GROUPS } from '../../vocabulary/rolesCatalogue.ts'
import { personLoad } from '../../domain/assignmentFacts.ts'
import { indexDomain } from '../../domain/domainIndex.ts'
import { RACI } from '../../schema/assignment.ts'
import type { Role } from '../../schema/role.ts'
import { byName, type ReportContext } from '../context.ts'
import {
  heading,
  numberCell,
  paragraph,
  percentCell,
  textCell,
  type ListBlock,
  type ReportBlock,
  type TextRun,
} from '../document.ts'
import { nameOr, say } from '../wording.ts'

/**
 * The roles: who holds what (every assignment with its RACI letter and share of time), the
 * people and org units with their load, the vacant roles, and the conflicts of interest and
 * overloads with their reasons, as the checks find them; then the roles whose accountability
 * is unclear.
 */
export function rolesSection(ctx: ReportContext): ReportBlock[] {
  const { language, model } = ctx
  const blocks: ReportBlock[] = [heading(2, say('roles', language))]
  if (model.roles.length === 0 && model.people.length === 0) {
    return [...blocks, paragraph(say('noRoles', language))]
  }
  blocks.push(...holderBlocks(ctx))
  if (model.people.length > 0) blocks.push(...peopleBlocks(ctx))

  blocks.push(heading(3, say('vacantRoles', language)))
  const vacant = ctx.findings.filter((f) => f.rule === 'vacantRole')
  blocks.push(
    vacant.length === 0
      ? paragraph(say('noVacantRoles', language))
      : {
          kind: 'list',
          items: vacant
            .map((f) => findingWords(f, language).message)
            .sort(byName(language))
            .map((text) => [{ text }]),
        },
  )

  blocks.push(heading(3, say('conflicts', language)))
  const conflicts = ctx.findings.filter(
    (f) => f.rule === 'conflictOfInterest' || f.rule === 'personOverloaded',
  )
  blocks.push(
    conflicts.length === 0 ? paragraph(say('noConflicts', language)) : findingList(ctx, conflicts),
  )

  const accountability = ctx.findings.filter(
    (f) => f.rule === 'accountableMissing' || f.rule === 'accountableMultiple',
  )
  if (accountability.length > 0) {
    blocks.push(heading(3, say('accountability', language)), findingList(ctx, accountability))
  }
  return blocks
}

/** Each finding as its sentence in bold, followed by its reason where the rule gives one. */
function findingList(ctx: ReportContext, findings: Finding[]): ListBlock {
  return {
    kind: 'list',
    items: findings.map((f) => {
      const words = findingWords(f, ctx.language)
      const runs: TextRun[] = [{ text: words.message, bold: true }]
      if (words.reason !== '') runs.push({ text: ` ${say('reason', ctx.language)}${words.reason}` })
      return runs
    }),
  }
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Roles by catalogue group (in the catalogue's order, roles of no group last), then by title. */
function roleOrder(ctx: ReportContext): (a: Role, b: Role) => number {
  const names = byName(ctx.language)
  const group = (r: Role): number => {
    const at = ROLE_GROUPS.findIndex((g) => g.id === r.group)
    return at === -1 ? ROLE_GROUPS.length : at
  }
  return (a, b) => group(a) - group(b) || names(a.title, b.title) || byId(a.id, b.id)
}

function holderBlocks(ctx: ReportContext): ReportBlock[] {
  const { language, model } = ctx
  const blocks: ReportBlock[] = [heading(3, say('holders', language))]
  if (model.assignments.length === 0) return [...blocks, paragraph(say('noAssignments', language))]
  const roles = new Map(model.roles.map((r) => [r.id, r]))
  const people = new Map(model.people.map((p) => [p.id, p]))
  const order = roleOrder(ctx)
  const names = byName(language)
  const rows = model.assignments
    .map((a) => ({ a, role: roles.get(a.roleId), person: people.get(a.personId) }))
    .filter((row) => row.role !== undefined && row.person !== undefined)
    .sort(
      (x, y) =>
        order(x.role as Role, y.role as Role) ||
        RACI.indexOf(x.a.raci) - RACI.indexOf(y.a.raci) ||
        names(x.person?.name ?? '', y.person?.name ?? ''),
    )
  const groupLabel = (role: Role): string =>
    ROLE_GROUPS.find((g) => g.id === role.group)?.label[language] ?? ''
  blocks.push({
    kind: 'table',
    caption: say('holdersCaption', language),
    header: [
      say('role', language),
      say('group', language),
      say('holder', language),
      say('raci', language),
      say('share', language),
    ],
    rows: rows.map(({ a, role, person }) => [
      textCell(nameOr(role?.title ?? '', language)),
      textCell(role ? groupLabel(role) : ''),
      textCell(nameOr(person?.name ?? '', language)),
      textCell(a.raci),
      percentCell(a.share),
    ]),
  })
  return blocks
}

function peopleBlocks(ctx: ReportContext): ReportBlock[] {
  const { language, model } = ctx
  const names = byName(language)
  const people = [...model.people].sort((a, b) => names(a.name, b.name) || byId(a.id, b.id))
  const index = indexDomain(model)
  return [
    heading(3, say('people', language)),
    {
      kind: 'table',
      caption: say('people', language),
      header: [
        say('name', language),
        say('kind', language),
        say('orgUnit', language),
        say('availability', language),
        say('rolesHeld', language),
        say('shareTotal', language),
      ],
      rows: people.map((p) => {
        const load = personLoad(index.cellsOfPerson(p.id))
        return [
          textCell(nameOr(p.name, language)),
          textCell(say(p.personKind === 'orgUnit' ? 'kindOrgUnit' : 'kindPerson', language)),
          textCell(p.orgUnit),
          percentCell(p.availability),
          numberCell(load.held),
          percentCell(load.share),
        ]
      }),
    },
  ]
}
