/** The ODF namespaces the report's parts use, as attributes of each part's root element. */
export const ODF_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
].join(' ')

/** The ODF version written (LibreOffice 7 reads and writes 1.3). */
export const ODF_VERSION = '1.3'

/** The font every style names; declared in each part that names it. */
export const FONT_FACE_DECLS =
  '<office:font-face-decls><style:font-face style:name="Source Sans 3" ' +
  'svg:font-family="&apos;Source Sans 3&apos;" style:font-family-generic="swiss" ' +
  'style:font-pitch="variable"/></office:font-face-decls>'
