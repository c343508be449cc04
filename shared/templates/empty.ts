import type { BoardTemplate } from './template.ts'

/** An empty board. */
export const EMPTY_TEMPLATE: BoardTemplate = {
  id: 'empty',
  label: { de: 'Leeres Board', en: 'Empty board' },
  description: { de: 'Ohne Vorlage beginnen.', en: 'Start without a template.' },
  build: () => [],
}
