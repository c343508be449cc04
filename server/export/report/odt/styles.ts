import type { Locale } from '../../../../shared/vocabulary/label.ts'
import { FONT_FACE_DECLS, ODF_NAMESPACES, ODF_VERSION } from './namespaces.ts'

/** Language and country of the text, as ODF's `fo:language` and `fo:country` spell them. */
const LANGUAGE = { de: ['de', 'DE'], en: ['en', 'GB'] } as const

function paragraphStyle(
  name: string,
  displayName: string,
  parent: string,
  inner: string,
  extra = '',
): string {
  return (
    `<style:style style:name="${name}" style:display-name="${displayName}" ` +
    `style:family="paragraph" style:parent-style-name="${parent}"${extra}>${inner}</style:style>`
  )
}

function headingStyle(level: 1 | 2 | 3, size: string): string {
  return paragraphStyle(
    `Heading_20_${level}`,
    `Heading ${level}`,
    'Heading',
    `<style:text-properties fo:font-size="${size}" fo:font-weight="bold" ` +
      'style:font-weight-asian="bold" style:font-weight-complex="bold"/>',
    ` style:next-style-name="Text_20_body" style:default-outline-level="${level}" style:class="text"`,
  )
}

/**
 * `styles.xml`: the named styles the content uses, the ones LibreOffice and Word know by name
 * (Heading 1–3 with their outline levels, Text body, List Contents, Table Contents and Heading,
 * Caption), the bullet list, Source Sans 3 as the font with the report's language, and an A4 page.
 */
export function stylesXml(language: Locale): string {
  const [lang, country] = LANGUAGE[language]
  const outline = [1, 2, 3]
    .map((level) => `<text:outline-level-style text:level="${level}" style:num-format=""/>`)
    .join('')
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<office:document-styles ${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    FONT_FACE_DECLS +
    '<office:styles>' +
    '<style:default-style style:family="paragraph">' +
    '<style:paragraph-properties fo:orphans="2" fo:widows="2"/>' +
    `<style:text-properties style:font-name="Source Sans 3" fo:font-size="11pt" ` +
    `fo:language="${lang}" fo:country="${country}"/>` +
    '</style:default-style>' +
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>' +
    paragraphStyle(
      'Text_20_body',
      'Text body',
      'Standard',
      '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>',
      ' style:class="text"',
    ) +
    paragraphStyle(
      'Heading',
      'Heading',
      'Standard',
      '<style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" ' +
        'fo:keep-with-next="always"/>',
      ' style:next-style-name="Text_20_body" style:class="text"',
    ) +
    headingStyle(1, '18pt') +
    headingStyle(2, '15pt') +
    headingStyle(3, '12.5pt') +
    paragraphStyle('List_20_Contents', 'List Contents', 'Text_20_body', '', ' style:class="list"') +
    paragraphStyle('Table_20_Contents', 'Table Contents', 'Standard', '', ' style:class="extra"') +
    paragraphStyle(
      'Table_20_Heading',
      'Table Heading',
      'Table_20_Contents',
      '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" ' +
        'style:font-weight-complex="bold"/>',
      ' style:class="extra"',
    ) +
    paragraphStyle(
      'Caption',
      'Caption',
      'Standard',
      '<style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>' +
        '<style:text-properties fo:font-style="italic"/>',
      ' style:class="extra"',
    ) +
    paragraphStyle(
      'Table_20_Caption',
      'Table Caption',
      'Caption',
      '<style:paragraph-properties fo:keep-with-next="always"/>',
      ' style:class="extra"',
    ) +
    paragraphStyle(
      'Figure',
      'Figure',
      'Standard',
      '<style:paragraph-properties fo:keep-with-next="always"/>',
      ' style:class="extra"',
    ) +
    '<style:style style:name="Graphics" style:family="graphic"><style:graphic-properties ' +
    'text:anchor-type="as-char" svg:y="0cm" style:wrap="none" style:vertical-pos="top" ' +
    'style:vertical-rel="baseline"/></style:style>' +
    '<text:list-style style:name="Bullets" style:display-name="Bullets">' +
    '<text:list-level-style-bullet text:level="1" text:bullet-char="•">' +
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">' +
    '<style:list-level-label-alignment text:label-followed-by="listtab" ' +
    'text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>' +
    '</style:list-level-properties></text:list-level-style-bullet></text:list-style>' +
    `<text:outline-style style:name="Outline">${outline}</text:outline-style>` +
    '</office:styles>' +
    '<office:automatic-styles><style:page-layout style:name="A4">' +
    '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" ' +
    'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" ' +
    'fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>' +
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/>' +
    '</office:master-styles>' +
    '</office:document-styles>'
  )
}
