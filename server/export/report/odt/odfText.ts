import { escapeXml } from '../xmlText.ts'

/**
 * Text as ODF paragraph content. ODF collapses white space like HTML, so what a person typed is
 * kept explicitly: a run of spaces as one space and `text:s` for the rest (a leading one too),
 * a tab as `text:tab`, a line break (`\n`) as `text:line-break`.
 */
export function odfText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => spaces(escapeXml(part)))
        .join('<text:tab/>'),
    )
    .join('<text:line-break/>')
}

function spaces(escaped: string): string {
  return escaped
    .replace(/ {2,}/g, (run) => ` <text:s text:c="${run.length - 1}"/>`)
    .replace(/^ /, '<text:s/>')
}
