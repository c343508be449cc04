import type { ReportBlock, ReportDocument, TableBlock, TextRun } from './document.ts'
import { cellText } from './document.ts'
import { say } from './wording.ts'

/**
 * The report as GitHub-flavoured Markdown: ATX headings, paragraphs, `-` lists, pipe tables
 * (numbers right-aligned) with their caption above unless the heading says it, bold runs as `**…**`. Every character Markdown would read as markup is
 * escaped, so a note that says `| A | B |` or `# Ziel` stays text. A figure is a caption line
 * with its text alternative: a Markdown file here has no images beside it to embed.
 */
export function reportToMarkdown(report: ReportDocument): string {
  const parts: string[] = []
  let lastHeading = ''
  for (const block of report.blocks) {
    // A table's caption is its own line unless the heading just above says the same.
    if (block.kind === 'table' && block.caption !== lastHeading) {
      parts.push(`*${oneLine(escapeText(block.caption))}*`)
    }
    lastHeading = block.kind === 'heading' ? block.text : ''
    parts.push(blockToMarkdown(block, report))
  }
  return `${parts.join('\n\n')}\n`
}

function blockToMarkdown(block: ReportBlock, report: ReportDocument): string {
  switch (block.kind) {
    case 'heading':
      // A `#` at the end would close the heading: every `#` in it is escaped.
      return `${'#'.repeat(block.level)} ${oneLine(escapeText(block.text)).replace(/#/g, '\\#')}`
    case 'paragraph':
      return runsToMarkdown(block.runs, '')
    case 'list':
      return block.items.map((runs) => `- ${runsToMarkdown(runs, '  ')}`).join('\n')
    case 'table':
      return tableToMarkdown(block, report)
    case 'figure':
      return `*${oneLine(escapeText(say('figureCaption', report.language, { alt: block.alt })))}*`
  }
}

/**
 * Runs as inline Markdown. A `\n` in a run becomes a hard line break (a backslash at the end of
 * the line), the next line indented by `indent` so it stays inside a list item.
 */
function runsToMarkdown(runs: readonly TextRun[], indent: string): string {
  const inline = runs.map(runToMarkdown).join('')
  const lines = inline.split('\n').map((line, i) => (i === 0 ? line : escapeLineStart(line)))
  const first = escapeLineStart(lines[0] ?? '')
  return [first, ...lines.slice(1)].join(`\\\n${indent}`)
}

const URL_ONLY = /^https?:\/\/[^\s<>]+$/

function runToMarkdown(run: TextRun): string {
  if (URL_ONLY.test(run.text)) return `<${run.text}>`
  if (!run.bold) return escapeText(run.text)
  // `**` must touch the words it makes bold: spaces around them go outside.
  return run.text
    .split('\n')
    .map((line) => {
      const core = line.trim()
      if (core === '') return line
      const lead = line.slice(0, line.indexOf(core))
      const trail = line.slice(line.indexOf(core) + core.length)
      return `${lead}**${escapeText(core)}**${trail}`
    })
    .join('\n')
}

function tableToMarkdown(table: TableBlock, report: ReportDocument): string {
  const numeric = table.header.map(
    (_, col) => table.rows.length > 0 && table.rows.every((row) => row[col]?.type !== 'text'),
  )
  const row = (cells: readonly string[]): string =>
    `| ${cells.map((cell) => oneLine(escapeText(cell))).join(' | ')} |`
  const lines = [
    row(table.header),
    `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
    ...table.rows.map((cells) =>
      row(
        table.header.map((_, col) => {
          const cell = cells[col]
          return cell ? cellText(cell, report.language) : ''
        }),
      ),
    ),
  ]
  return lines.join('\n')
}

/** Backslash-escapes what Markdown reads as inline markup (and `|`, which ends a table cell). */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`)
}

/** Escapes what would start a block at the beginning of a line: a heading, quote, list, rule. */
function escapeLineStart(line: string): string {
  // Leading spaces go: four of them would make a code block.
  return line
    .replace(/^\s+/, '')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/** One line of a heading, table cell or caption: line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}
