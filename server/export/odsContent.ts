import type { CellValue, Column, Sheet, Workbook } from '../../shared/export/tables/index.ts'
import { formatNumber } from '../../shared/export/tables/csvCells.ts'

/** The ODF namespaces the spreadsheet's parts use. */
const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
  meta: 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
  manifest: 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0',
  config: 'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
} as const

/** The ODF version written (LibreOffice 7 and later, and Excel, read it). */
const ODF_VERSION = '1.3'

/** The spreadsheet's media type, stored as the first file (`mimetype`) and in the manifest. */
export const ODS_MEDIA_TYPE = 'application/vnd.oasis.opendocument.spreadsheet'

/** How wide a character of Source Sans 3 at 10 pt is, about, for column widths. */
const CM_PER_CHARACTER = 0.2

function xmlns(...prefixes: (keyof typeof NS)[]): string {
  return prefixes.map((p) => `xmlns:${p}="${NS[p]}"`).join(' ')
}

/**
 * Text as XML character data: markup escaped, and the control characters XML 1.0 forbids
 * dropped (a card may hold any character a browser let someone type or paste).
 */
export function xmlText(text: string): string {
  return [...text]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0
      const allowedControl = code === 0x09 || code === 0x0a || code === 0x0d
      const loneSurrogate = code >= 0xd800 && code <= 0xdfff
      return (
        (code >= 0x20 || allowedControl) && !loneSurrogate && code !== 0xfffe && code !== 0xffff
      )
    })
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** A text as paragraphs (one `text:p` a line), runs of spaces and tabs kept as ODF writes them. */
function paragraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const body = xmlText(line)
        .replace(/\t/g, '<text:tab/>')
        .replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`)
      return `<text:p>${body}</text:p>`
    })
    .join('')
}

function cell(value: CellValue, column: Column, locale: Workbook['language']): string {
  if (value === null || value === '') return '<table:table-cell/>'
  if (typeof value === 'string') {
    return `<table:table-cell office:value-type="string">${paragraphs(value)}</table:table-cell>`
  }
  if (column.type === 'percent') {
    const shown = `${formatNumber(value * 100, locale)}${locale === 'de' ? ' %' : '%'}`
    return `<table:table-cell table:style-name="ce_percent" office:value-type="percentage" office:value="${value}"><text:p>${shown}</text:p></table:table-cell>`
  }
  return `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${formatNumber(value, locale)}</text:p></table:table-cell>`
}

function table(sheet: Sheet, sheetIndex: number, locale: Workbook['language']): string {
  const columns = sheet.columns
    .map((_, i) => `<table:table-column table:style-name="co_${sheetIndex}_${i}"/>`)
    .join('')
  const header = sheet.columns
    .map(
      (c) =>
        `<table:table-cell table:style-name="ce_header" office:value-type="string">${paragraphs(c.header)}</table:table-cell>`,
    )
    .join('')
  const rows = sheet.rows
    .map(
      (row) =>
        `<table:table-row>${sheet.columns.map((c, i) => cell(row[i] ?? null, c, locale)).join('')}</table:table-row>`,
    )
    .join('')
  return (
    `<table:table table:name="${xmlText(sheet.name)}">${columns}` +
    `<table:table-header-rows><table:table-row>${header}</table:table-row></table:table-header-rows>` +
    `${rows}</table:table>`
  )
}

/** `content.xml`: one `table:table` a sheet, the header row bold and repeated on every printed page. */
export function odsContentXml(workbook: Workbook): string {
  const columnStyles = workbook.sheets
    .flatMap((sheet, s) =>
      sheet.columns.map(
        (c, i) =>
          `<style:style style:name="co_${s}_${i}" style:family="table-column"><style:table-column-properties style:column-width="${(c.width * CM_PER_CHARACTER).toFixed(2)}cm"/></style:style>`,
      ),
    )
    .join('')
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<office:document-content ${xmlns('office', 'style', 'text', 'table', 'fo', 'number')} office:version="${ODF_VERSION}">` +
    `<office:automatic-styles>` +
    `<number:percentage-style style:name="N_percent"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>${workbook.language === 'de' ? '\u00a0%' : '%'}</number:text></number:percentage-style>` +
    `<style:style style:name="ce_header" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>` +
    `<style:style style:name="ce_percent" style:family="table-cell" style:data-style-name="N_percent"/>` +
    columnStyles +
    `</office:automatic-styles>` +
    `<office:body><office:spreadsheet>` +
    workbook.sheets.map((sheet, i) => table(sheet, i, workbook.language)).join('') +
    `</office:spreadsheet></office:body></office:document-content>`
  )
}

/** `styles.xml`: the default cell style in the one font Werkraum uses. */
export function odsStylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<office:document-styles ${xmlns('office', 'style', 'fo')} office:version="${ODF_VERSION}">` +
    `<office:font-face-decls><style:font-face style:name="Source Sans 3" svg:font-family="'Source Sans 3'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>` +
    `<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="Source Sans 3" fo:font-size="10pt"/></style:default-style></office:styles>` +
    `</office:document-styles>`
  )
}

/** `meta.xml`: title, language, when it was made and by what. */
export function odsMetaXml(title: string, language: string, now: Date): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<office:document-meta ${xmlns('office', 'meta', 'dc')} office:version="${ODF_VERSION}"><office:meta>` +
    `<meta:generator>Werkraum</meta:generator>` +
    `<dc:title>${xmlText(title)}</dc:title>` +
    `<dc:language>${language}</dc:language>` +
    `<meta:creation-date>${now.toISOString().replace(/\.\d+Z$/, 'Z')}</meta:creation-date>` +
    `</office:meta></office:document-meta>`
  )
}

/**
 * `settings.xml`: each sheet's header row frozen, as LibreOffice stores it (the view split below
 * row 1 in freeze mode, the lower pane active and scrolled from row 2).
 */
export function odsSettingsXml(workbook: Workbook): string {
  const item = (name: string, type: string, value: string | number) =>
    `<config:config-item config:name="${name}" config:type="${type}">${value}</config:config-item>`
  const frozen = workbook.sheets
    .map(
      (sheet) =>
        `<config:config-item-map-entry config:name="${xmlText(sheet.name)}">` +
        item('VerticalSplitMode', 'short', 2) +
        item('VerticalSplitPosition', 'int', 1) +
        item('ActiveSplitRange', 'short', 2) +
        item('PositionTop', 'int', 0) +
        item('PositionBottom', 'int', 1) +
        `</config:config-item-map-entry>`,
    )
    .join('')
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<office:document-settings ${xmlns('office', 'config')} office:version="${ODF_VERSION}"><office:settings>` +
    `<config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>` +
    item('ViewId', 'string', 'view1') +
    `<config:config-item-map-named config:name="Tables">${frozen}</config:config-item-map-named>` +
    `</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>` +
    `</office:settings></office:document-settings>`
  )
}

/** `META-INF/manifest.xml`: every part with its media type. */
export function odsManifestXml(): string {
  const entry = (path: string, type: string) =>
    `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest:manifest ${xmlns('manifest')} manifest:version="${ODF_VERSION}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${ODS_MEDIA_TYPE}"/>` +
    entry('content.xml', 'text/xml') +
    entry('styles.xml', 'text/xml') +
    entry('meta.xml', 'text/xml') +
    entry('settings.xml', 'text/xml') +
    `</manifest:manifest>`
  )
}
