import type { Locale } from '../vocabulary/label.ts'
import { ROLE_GROUPS, ROLES_CATALOGUE } from '../vocabulary/rolesCatalogue.ts'
import { TemplateBuilder } from './builder.ts'
import type { BoardTemplate } from './template.ts'

const COLUMN = 280
const ROW = 160
const TOP = 120

const WORDS = {
  de: {
    roles: 'Rollen in der Digitalen Kommune',
    people: 'Personen und Organisationseinheiten',
    peopleHelp:
      'Legt hier Karten für Personen und Organisationseinheiten an und zieht sie auf eine Rolle, um sie zuzuordnen. Eine Rolle ist keine Person: Eine Person kann mehrere Rollen haben, eine Rolle kann geteilt, extern oder unbesetzt sein.',
    matrix: 'Verantwortungsmatrix (RACI)',
    matrixHelp:
      'R = Responsible: führt durch\nA = Accountable: trägt die Verantwortung (genau eine:r je Rolle)\nC = Consulted: wird beteiligt\nI = Informed: wird informiert\n\nDie Rollenmatrix im Seitenbereich zeigt Rollen × Personen und prüft laufend: unbesetzte Rollen, fehlende oder doppelte Verantwortung, Interessenkonflikte, Überlastung.',
  },
  en: {
    roles: 'Roles in the digital municipality',
    people: 'People and org units',
    peopleHelp:
      'Add cards for people and org units here and drag them onto a role to assign them. A role is not a person: one person may hold several roles, a role may be shared, external or vacant.',
    matrix: 'Responsibility matrix (RACI)',
    matrixHelp:
      'R = Responsible: does the work\nA = Accountable: answers for it (exactly one per role)\nC = Consulted: is involved\nI = Informed: is kept informed\n\nThe roles matrix in the side panel shows roles × people and checks as you go: vacant roles, missing or double accountability, conflicts of interest, overload.',
  },
} as const

function build(locale: Locale) {
  const b = new TemplateBuilder()
  const words = WORDS[locale]
  const tallest = Math.max(
    ...ROLE_GROUPS.map((g) => ROLES_CATALOGUE.filter((r) => r.group === g.id).length),
  )
  const width = ROLE_GROUPS.length * COLUMN + 40
  const height = TOP + tallest * ROW + 20
  b.frame({ x: 0, y: 0, w: width, h: height }, words.roles)
  ROLE_GROUPS.forEach((group, column) => {
    const x = 40 + column * COLUMN
    b.text({ x, y: 56, w: 240, h: 48 }, group.label[locale], { fontSize: 24 })
    ROLES_CATALOGUE.filter((r) => r.group === group.id).forEach((role, row) => {
      b.role(
        { x, y: TOP + row * ROW },
        {
          catalogueId: role.id,
          group: role.group,
          title: role.title[locale],
          description: role.description[locale],
        },
      )
    })
  })
  const side = width + 80
  b.frame({ x: side, y: 0, w: 900, h: 900 }, words.people)
  b.text({ x: side + 40, y: 60, w: 820, h: 120 }, words.peopleHelp, { fontSize: 20 })
  b.frame({ x: side, y: 980, w: 900, h: 520 }, words.matrix)
  b.text({ x: side + 40, y: 1040, w: 820, h: 420 }, words.matrixHelp, { fontSize: 20 })
  return b.elements
}

/** "Rollen in der Digitalen Kommune": the roles catalogue by group, people, the RACI matrix. */
export const ROLES_TEMPLATE: BoardTemplate = {
  id: 'roles',
  label: { de: 'Rollen in der Digitalen Kommune', en: 'Roles in the digital municipality' },
  description: {
    de: 'Der Rollenkatalog nach Gruppen, ein Bereich für Personen und Organisationseinheiten und eine Verantwortungsmatrix.',
    en: 'The roles catalogue by group, an area for people and org units, and a responsibility matrix.',
  },
  build,
}
