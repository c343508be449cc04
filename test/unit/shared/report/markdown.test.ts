import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { buildReport } from '../../../../shared/report/buildReport.ts'
import type { ReportDocument } from '../../../../shared/report/document.ts'
import { reportToMarkdown } from '../../../../shared/report/markdown.ts'
import { buildWorkshopBoard, GERMAN_NOTE } from '../../../helpers/workshopBoard.ts'

const NOW = new Date('2026-12-07T16:00:00Z')

function markdown(language: 'de' | 'en'): string {
  const doc = new Y.Doc()
  buildWorkshopBoard(doc)
  const url = 'https://werkraum.example/b/a_b'
  return reportToMarkdown(
    buildReport({ doc, title: 'Digitale Kommune', boardUrl: url, now: NOW, language }),
  )
}

function oneBlock(block: ReportDocument['blocks'][number]): string {
  return reportToMarkdown({ language: 'de', title: 't', date: '2026-12-07', blocks: [block] })
}

describe('reportToMarkdown', () => {
  it('writes headings at their level, one title, the sections and the address as a link', () => {
    const md = markdown('de')
    const lines = md.split('\n')
    expect(lines[0]).toBe('# Workshop-Bericht: Digitale Kommune')
    expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(1)
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Ökosystem',
      '## Rollen',
      '## Notizen',
      '## Die Rahmen im Bild',
    ])
    expect(lines).toContain('### Rahmen „Ideen sammeln“')
    expect(lines).toContain('**Adresse des Boards:** <https://werkraum.example/b/a_b>')
    expect(md).toContain('*Das Board in Zahlen*\n\n| Was | Anzahl |')
    expect(md).toContain('### Akteur:innen nach Ring\n\n| Ring |')
    expect(md.endsWith('\n')).toBe(true)
    expect(md).not.toContain('\n\n\n')
  })

  it('writes tables as GFM pipe tables, numbers right-aligned, pipes in names escaped', () => {
    const md = markdown('de')
    expect(md).toContain(
      [
        '| Ring | Anzahl | Akteur:innen |',
        '| --- | ---: | --- |',
        '| Verwaltung | 1 | Stadtverwaltung Musterstadt |',
        '| Konzern Kommune | 2 | KDN Rechenzentrum, Stadtwerke |',
        '| Örtliche Gemeinschaft | 2 | Bürger:innen, Sportverein \\| Süd |',
        '| Region, Land, Bund | 1 | Land NRW |',
      ].join('\n'),
    )
    expect(md).toContain('| Anna Schmidt | Person | Hauptamt | 100 % | 3 | 120 % |')
    expect(md).toContain(
      '| Datenschutzbeauftragte:r | Schutz und Mitbestimmung | Anna Schmidt | A | 30 % |',
    )
    // Every row of a table has as many cells as its header (escaped pipes do not count).
    for (const table of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const widths = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length)
      expect(new Set(widths).size).toBe(1)
    }
  })

  it('keeps the German text of the notes exactly, a note’s lines as hard line breaks', () => {
    const md = markdown('de')
    expect(md).toContain(`- ${GERMAN_NOTE}`)
    expect(md).toContain('- Daten teilen\\\n  mit dem Kreis')
    expect(md).toContain('- Wer entscheidet über \\| Budgets?')
  })

  it('bolds the findings and gives their reasons', () => {
    const md = markdown('de')
    expect(md).toMatch(
      /^- \*\*Interessenkonflikt: Anna Schmidt hat „Datenschutzbeauftragte:r“ und „CIO \/ IT-Leitung“\.\*\* Begründung: .*Art\. 38 Abs\. 6 DSGVO\)\.$/m,
    )
  })

  it('writes each figure as a caption line with its text alternative', () => {
    expect(markdown('de')).toContain('*Bild: Rahmen „Ideen sammeln“ mit 3 Notizen.*')
    expect(markdown('en')).toContain('*Picture: Frame “Ideen sammeln” with 3 notes.*')
  })

  it('escapes what Markdown would read as markup, so hostile text stays text', () => {
    expect(
      oneBlock({ kind: 'paragraph', runs: [{ text: '# Ziel *fett* <script>x</script> [a](b)' }] }),
    ).toBe('\\# Ziel \\*fett\\* \\<script\\>x\\</script\\> \\[a\\](b)\n')
    expect(oneBlock({ kind: 'list', items: [[{ text: '1. eins\n- zwei\n===\n    Code?' }]] })).toBe(
      '- 1\\. eins\\\n  \\- zwei\\\n  \\===\\\n  Code?\n',
    )
    expect(oneBlock({ kind: 'heading', level: 2, text: 'Ziele #1 ##' })).toBe(
      '## Ziele \\#1 \\#\\#\n',
    )
    expect(
      oneBlock({ kind: 'paragraph', runs: [{ text: ' fett ', bold: true }, { text: 'x' }] }),
    ).toBe('**fett** x\n')
    expect(
      oneBlock({
        kind: 'table',
        caption: 'c',
        header: ['A|B', 'n'],
        rows: [
          [
            { type: 'text', value: 'eins\nzwei' },
            { type: 'number', value: 1234.5 },
          ],
        ],
      }),
    ).toBe('*c*\n\n| A\\|B | n |\n| --- | ---: |\n| eins zwei | 1.234,5 |\n')
  })
})
