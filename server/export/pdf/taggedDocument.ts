import { readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'
import { FONT_FILES } from '../fonts.ts'
import type { FontNames } from './drawPicture.ts'

/** The names the document knows the embedded weights by (any names do; these read well). */
const FONT_NAMES: FontNames = {
  400: 'SourceSans3-Regular',
  600: 'SourceSans3-Semibold',
  700: 'SourceSans3-Bold',
}

let fontBytes: Record<400 | 600 | 700, Buffer> | undefined

/** The TTF files, read once per process: every export embeds a subset of them. */
function fonts(): Record<400 | 600 | 700, Buffer> {
  fontBytes ??= {
    400: readFileSync(FONT_FILES[400]),
    600: readFileSync(FONT_FILES[600]),
    700: readFileSync(FONT_FILES[700]),
  }
  return fontBytes
}

// The pattern matches control characters on purpose: they are what it removes.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * Text as a PDF string may carry it in metadata, bookmarks and headings: control characters a
 * hostile title could hold are dropped (viewers show them as garbage or cut the string there).
 */
export function plainText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '')
}

/** What every tagged PDF Werkraum writes starts with. */
export interface TaggedDocumentInfo {
  /** The document's title, shown in the viewer's title bar instead of the file name. */
  title: string
  /** BCP 47 language of the text, `de-DE` or `en-GB`. */
  lang: string
  /** When the export was asked for (the document's creation date). */
  now: Date
  /** Subject in the document information, for search and file managers. */
  subject?: string
  /** Keep pages open to write on after later ones (footers that count all pages). */
  bufferPages?: boolean
}

/** An open tagged document, its structure root and its fonts. */
export interface TaggedDocument {
  doc: PDFKit.PDFDocument
  /** The structure tree's root element, `Document`: every page's tags go under it. */
  root: PDFKit.PDFStructureElement
  fonts: FontNames
  /** Resolves with the file once `doc.end()` was called. */
  bytes: Promise<Uint8Array>
}

/**
 * Opens a tagged PDF (PDF/UA-1 as pdfkit writes it: the structure tree, `/Lang`,
 * `DisplayDocTitle`, the title in the information and XMP with the PDF/UA identification) with
 * Source Sans 3 registered in its three weights, embedded as subsets: no other font appears.
 */
export function openTaggedDocument(info: TaggedDocumentInfo): TaggedDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: info.bufferPages === true,
    pdfVersion: '1.7',
    tagged: true,
    lang: info.lang,
    displayTitle: true,
    // pdfkit knows the PDF/UA subset (XMP pdfuaid:part 1); its typings list only PDF/A.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    info: {
      Title: plainText(info.title),
      Creator: 'Werkraum',
      Producer: 'Werkraum (pdfkit)',
      CreationDate: info.now,
      ...(info.subject !== undefined ? { Subject: info.subject } : {}),
    },
  })
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
  })
  const files = fonts()
  for (const weight of [400, 600, 700] as const) doc.registerFont(FONT_NAMES[weight], files[weight])
  // pdfkit starts with Helvetica; naming our font before any text keeps Helvetica out of the file.
  doc.font(FONT_NAMES[400])
  const root = doc.struct('Document')
  doc.addStructure(root)
  return { doc, root, fonts: FONT_NAMES, bytes }
}

/**
 * Writes `draw` as the content of a new structure element of `type` under `parent` (a heading,
 * a paragraph, a figure): marked content tied to the element, so assistive technology reads it.
 */
export function tagged(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  type: string,
  options: { alt?: string; bbox?: [number, number, number, number] },
  draw: () => void,
): void {
  const element = doc.struct(type, {
    ...(options.alt !== undefined ? { alt: options.alt } : {}),
    ...(options.bbox ? { bbox: options.bbox, placement: 'Block' } : {}),
  } as PDFKit.Mixins.StructureElementOptions)
  parent.add(element)
  const content = doc.markStructureContent(type)
  draw()
  doc.endMarkedContent()
  element.add(content)
  element.end()
}

/** Writes `draw` as an artifact (page furniture a reader skips: footers, rules). */
export function artifact(
  doc: PDFKit.PDFDocument,
  type: 'Pagination' | 'Layout',
  draw: () => void,
): void {
  doc.markContent('Artifact', { type })
  draw()
  doc.endMarkedContent()
}
