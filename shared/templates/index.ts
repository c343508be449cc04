import { BRAINSTORMING_TEMPLATE } from './brainstorming.ts'
import { ECOSYSTEM_TEMPLATE } from './ecosystem.ts'
import { EMPTY_TEMPLATE } from './empty.ts'
import { ROLES_TEMPLATE } from './roles.ts'
import { STAKEHOLDER_MATRIX_TEMPLATE } from './stakeholderMatrix.ts'
import type { BoardTemplate } from './template.ts'

export type { BoardTemplate } from './template.ts'

/** Every template, in the order a start page offers them. Add one by adding a file and a line. */
export const BOARD_TEMPLATES: readonly BoardTemplate[] = [
  EMPTY_TEMPLATE,
  ECOSYSTEM_TEMPLATE,
  ROLES_TEMPLATE,
  STAKEHOLDER_MATRIX_TEMPLATE,
  BRAINSTORMING_TEMPLATE,
]

export const TEMPLATE_IDS: readonly string[] = BOARD_TEMPLATES.map((t) => t.id)

/** The template with this id, if there is one. */
export function findTemplate(id: string): BoardTemplate | undefined {
  return BOARD_TEMPLATES.find((t) => t.id === id)
}
