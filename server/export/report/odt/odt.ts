import { strToU8, zipSync, type Zippable } from 'fflate'
import type { ReportDocument } from '../../../../shared/report/document.ts'
import { figurePictures, type FigureImages } from '../figureImage.ts'
import { LANGUAGE_TAGS } from '../languageTags.ts'
import { escapeXml } from '../xmlText.ts'
import { contentXml, type PicturePart } from './content.ts'
import { ODF_NAMESPACES, ODF_VERSION } from './namespaces.ts'
import { stylesXml } from './styles.ts'

/** The media type of an ODF text document: the `mimetype` entry and the manifest's root. */
export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text'

/**
 * The report as an OpenDocument text (ODT), written here since no well-kept library writes ODF:
 * a ZIP with `mimetype` first and stored (so the file's type can be read at a fixed offset),
 * `META-INF/manifest.xml`, `content.xml`, `styles.xml`, `meta.xml` (title, language) and the
 * frames' pictures under `Pictures/`.
 */
export async function reportToOdt(
  report: ReportDocument,
  figureImages: FigureImages,
): Promise<Uint8Array> {
  const pictures = await figurePictures(report, figureImages)
  const content = contentXml(report, pictures)
  // Insertion order is the order in the ZIP: mimetype must come first.
  const files: Zippable = {
    mimetype: [strToU8(ODT_MEDIA_TYPE), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifestXml(content.parts)),
    'content.xml': strToU8(content.xml),
    'styles.xml': strToU8(stylesXml(report.language)),
    'meta.xml': strToU8(metaXml(report)),
  }
  // PNG is compressed already.
  for (const part of content.parts) files[part.path] = [part.png, { level: 0 }]
  return zipSync(files, { level: 6 })
}

function manifestXml(parts: readonly PicturePart[]): string {
  const entry = (path: string, type: string): string =>
    `<manifest:file-entry manifest:full-path="${escapeXml(path)}" manifest:media-type="${type}"/>`
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" ' +
    `manifest:version="${ODF_VERSION}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" ` +
    `manifest:media-type="${ODT_MEDIA_TYPE}"/>` +
    entry('content.xml', 'text/xml') +
    entry('styles.xml', 'text/xml') +
    entry('meta.xml', 'text/xml') +
    parts.map((part) => entry(part.path, 'image/png')).join('') +
    '</manifest:manifest>'
  )
}

function metaXml(report: ReportDocument): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<office:document-meta ${ODF_NAMESPACES} office:version="${ODF_VERSION}"><office:meta>` +
    '<meta:generator>Werkraum</meta:generator>' +
    `<dc:title>${escapeXml(report.title)}</dc:title>` +
    `<dc:language>${LANGUAGE_TAGS[report.language]}</dc:language>` +
    '</office:meta></office:document-meta>'
  )
}
