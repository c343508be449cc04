import { CHECK_RULE_NAMES, findingWords } from './findingWords.ts'
import type { TablesSource } from './source.ts'
import type { Sheet } from './workbook.ts'
import { column, sheetName, WORDS } from './words.ts'

/**
 * Prüfungen: every open finding of the board's checks (warnings first, as the checks panel
 * lists them), the sentence, the rule's reason where it has one, and the cards it concerns.
 */
export function checksSheet(src: TablesSource): Sheet {
  const l = src.language
  return {
    id: 'checks',
    name: sheetName('checks', l),
    columns: [
      column('severity', l, 'text', 12),
      column('check', l, 'text', 24),
      column('finding', l, 'text', 60),
      column('reason', l, 'text', 50),
      column('concerns', l, 'text', 40),
    ],
    rows: src.findings.map((f) => {
      const { sentence, reason } = findingWords(f, l)
      return [
        f.severity === 'warning' ? WORDS.warning[l] : WORDS.hint[l],
        CHECK_RULE_NAMES[f.rule][l],
        sentence,
        reason,
        [...new Set(f.elementIds)].map((id) => src.nameOf(id)).join(', '),
      ]
    }),
  }
}
