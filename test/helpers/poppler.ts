// Reading PDFs back the way a user's tools do: poppler's command-line readers (pdfinfo,
// pdftotext, pdffonts, pdfimages, pdftoppm, pdftohtml) on a temporary copy of the file. Plus
// one thing poppler does not print: a structure element's /Alt, read from the file's objects.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A PDF on disk for poppler, removed by `dispose`. */
export interface PdfOnDisk {
  file: string
  /** Runs a poppler tool with `args` and the file last; returns what it printed. */
  run(tool: string, ...args: string[]): string
  info(): Record<string, string>
  text(...args: string[]): string
  /** Every font row of pdffonts: name (without subset prefix), emb, sub. */
  fonts(): { name: string; subsetTag: boolean; embedded: boolean; subset: boolean }[]
  /** Page `page` rendered in colour at `dpi`: its size in pixels and each pixel's RGB. */
  pixels(page: number, dpi: number): RenderedPage
  /** The /BBox of each Figure on the pages, in points from the page's bottom left. */
  figureBoxes(): [number, number, number, number][]
  /** The share of non-white pixels of page `page` rendered in grey at `dpi`. */
  inkShare(page: number, dpi?: number): number
  dispose(): void
}

/** Writes `bytes` to a temporary file for the poppler tools. */
export function pdfOnDisk(bytes: Uint8Array): PdfOnDisk {
  const dir = mkdtempSync(path.join(tmpdir(), 'werkraum-pdf-'))
  const file = path.join(dir, 'export.pdf')
  writeFileSync(file, bytes)
  const run = (tool: string, ...args: string[]): string =>
    execFileSync(tool, [...args, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return {
    file,
    run,
    info() {
      const out: Record<string, string> = {}
      for (const line of run('pdfinfo').split('\n')) {
        const at = line.indexOf(':')
        if (at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim()
      }
      return out
    },
    text: (...args: string[]) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8' }),
    fonts() {
      return run('pdffonts')
        .split('\n')
        .slice(2)
        .filter((l) => l.trim() !== '')
        .map((line) => {
          const cells = line.trim().split(/\s+/)
          const [name] = cells
          // name type… encoding emb sub uni objectID gen: the flags are the 5th to 3rd from last.
          const [emb, sub] = cells.slice(-5, -3)
          return {
            name: name!.replace(/^[A-Z]{6}\+/, ''),
            subsetTag: /^[A-Z]{6}\+/.test(name!),
            embedded: emb === 'yes',
            subset: sub === 'yes',
          }
        })
    },
    pixels(page: number, dpi: number) {
      const ppm = execFileSync(
        'pdftoppm',
        ['-r', String(dpi), '-f', String(page), '-l', String(page), file],
        { maxBuffer: 256 * 1024 * 1024 },
      )
      const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'))
      if (!header) throw new Error('pdftoppm did not write a PPM')
      const width = Number(header[1])
      const height = Number(header[2])
      const data = ppm.subarray(header[0].length)
      return {
        width,
        height,
        at(x: number, y: number): [number, number, number] {
          const i = (Math.round(y) * width + Math.round(x)) * 3
          return [data[i]!, data[i + 1]!, data[i + 2]!]
        },
      }
    },
    figureBoxes() {
      return [...run('pdfinfo', '-struct').matchAll(/\/BBox \[([^\]]+)\]/g)].map(
        (m) => m[1]!.trim().split(/\s+/).map(Number) as [number, number, number, number],
      )
    },
    inkShare(page: number, dpi = 30) {
      const pgm = execFileSync(
        'pdftoppm',
        ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file],
        { maxBuffer: 64 * 1024 * 1024 },
      )
      // PGM (P5): "P5\n<w> <h>\n<max>\n" then one byte a pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))
      if (!header) throw new Error('pdftoppm did not write a PGM')
      const pixels = pgm.subarray(header[0].length)
      let ink = 0
      for (const p of pixels) if (p < 245) ink++
      return ink / pixels.length
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A rendered page. */
export interface RenderedPage {
  width: number
  height: number
  /** The RGB of the pixel at (x, y), rounded to the nearest pixel. */
  at(x: number, y: number): [number, number, number]
}

/** A structure element's type and text alternative, read from the file's objects. */
export interface StructAlt {
  type: string
  alt: string | null
}

/**
 * The structure elements of one type with their /Alt, in file order. pdfinfo prints the tree
 * and its text but not /Alt; structure elements are plain (uncompressed) dictionaries, so the
 * raw file holds them.
 */
export function structAlts(bytes: Uint8Array, type: string): StructAlt[] {
  const raw = Buffer.from(bytes).toString('latin1')
  const out: StructAlt[] = []
  const pattern = new RegExp(
    `/S /${type}\\n(?:/Alt (\\((?:\\\\.|[^\\\\)])*\\)|<[0-9a-fA-F]*>)\\n)?`,
    'g',
  )
  for (const match of raw.matchAll(pattern)) {
    out.push({ type, alt: match[1] === undefined ? null : pdfString(match[1]) })
  }
  return out
}

/** Decodes a PDF string object: a literal `( … )` or hex `< … >`, UTF-16BE with its BOM or PDFDoc. */
export function pdfString(token: string): string {
  let bytes: Buffer
  if (token.startsWith('<')) {
    bytes = Buffer.from(token.slice(1, -1), 'hex')
  } else {
    const body = token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
      const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
      if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8))
      return map[e] ?? e
    })
    bytes = Buffer.from(body, 'latin1')
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2))
    swapped.swap16()
    return swapped.toString('utf16le')
  }
  return bytes.toString('latin1')
}

/** The document outline (bookmarks) as pdftohtml reads it: titles in order. */
export function outlineTitles(pdf: PdfOnDisk): string[] {
  const xml = pdf.run('pdftohtml', '-xml', '-stdout', '-i', '-q')
  const outline = /<outline>([\s\S]*?)<\/outline>/.exec(xml)
  if (!outline) return []
  return [...outline[1]!.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) =>
    m[1]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  )
}

/** The PDF's raw bytes as text, for catalogue entries poppler does not print (/Lang). */
export function rawPdf(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1')
}
