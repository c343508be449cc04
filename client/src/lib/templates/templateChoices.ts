import type { Locale } from '../../../../shared/domain/label.ts'
import { BOARD_TEMPLATES, findTemplate } from '../../../../shared/templates/index.ts'
import type { BoardTemplate } from '../../../../shared/templates/template.ts'
import type { OwnTemplateSummary } from './ownTemplates.svelte.ts'
import { asBoardTemplate, type OwnTemplate } from './ownTemplate.ts'

/** One card of a template picker: a built-in template or one of this browser's own. */
export interface TemplateChoice {
  /** `builtin:<id>` or `own:<id>`: the value of its radio button. */
  key: string
  label: string
  description: string
  own: boolean
}

export const EMPTY_CHOICE = 'builtin:empty'

/** The picker's cards: the built-in templates in `locale`, then the own ones (newest first). */
export function templateChoices(
  locale: Locale,
  own: readonly OwnTemplateSummary[],
  options: { withEmpty?: boolean } = {},
): TemplateChoice[] {
  const builtIn = BOARD_TEMPLATES.filter((t) => options.withEmpty !== false || t.id !== 'empty')
  return [
    ...builtIn.map((t) => ({
      key: `builtin:${t.id}`,
      label: t.label[locale],
      description: t.description[locale],
      own: false,
    })),
    ...own.map((t) => ({
      key: `own:${t.id}`,
      label: t.name,
      description: t.description,
      own: true,
    })),
  ]
}

/** What a picked key stands for. */
export type ResolvedChoice =
  | { kind: 'builtin'; template: BoardTemplate }
  | { kind: 'own'; template: BoardTemplate; own: OwnTemplate }

/** The template behind a key, or null when it no longer exists (removed in another tab). */
export function resolveChoice(
  key: string,
  loadOwn: (id: string) => OwnTemplate | null,
): ResolvedChoice | null {
  if (key.startsWith('builtin:')) {
    const template = findTemplate(key.slice('builtin:'.length))
    return template ? { kind: 'builtin', template } : null
  }
  if (key.startsWith('own:')) {
    const own = loadOwn(key.slice('own:'.length))
    return own ? { kind: 'own', template: asBoardTemplate(own), own } : null
  }
  return null
}
