import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { FONT_METRICS } from '../../shared/picture/font/metrics.ts'
import type { FontWeight } from '../../shared/picture/primitives.ts'
import { FONT_FILES } from './fonts.ts'

/**
 * Subsets of the embedded font for SVG: only the glyphs a file uses, as a standalone TrueType font
 * that browsers, Inkscape and resvg accept. fontkit's subsetter writes just the tables a PDF needs
 * (no character map, names or metrics for layout), so the rest is added here: a `cmap` for the
 * characters used, the legacy `kern` table with the pairs the picture's metrics kern (text is laid
 * out with them, so the file draws it as wide as it was measured), the original `OS/2` table and
 * the font's names (its copyright and licence URL travel with it) and a `post` table without glyph
 * names.
 */

interface Source {
  font: fontkit.Font
  tables: Map<string, Uint8Array>
}

const sources = new Map<FontWeight, Source>()

function source(weight: FontWeight): Source {
  let found = sources.get(weight)
  if (!found) {
    // A plain copy: a Buffer's slice() would share memory where this module writes.
    const bytes = new Uint8Array(readFileSync(FONT_FILES[weight]))
    found = { font: fontkit.create(bytes), tables: readTables(bytes) }
    sources.set(weight, found)
  }
  return found
}

/** The tables of a TrueType file by tag. */
function readTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const count = view.getUint16(4)
  const tables = new Map<string, Uint8Array>()
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!)
    const offset = view.getUint32(at + 8)
    const length = view.getUint32(at + 12)
    tables.set(tag, bytes.subarray(offset, offset + length))
  }
  return tables
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4)
  padded.set(bytes)
  const view = new DataView(padded.buffer)
  let sum = 0
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0
  return sum
}

/** A TrueType file from its tables, with checksums and the head's checksum adjustment. */
function writeFont(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort()
  const count = tags.length
  const entrySelector = Math.floor(Math.log2(count))
  const searchRange = 2 ** entrySelector * 16
  let size = 12 + count * 16
  for (const tag of tags) size += Math.ceil(tables.get(tag)!.length / 4) * 4
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x00010000)
  view.setUint16(4, count)
  view.setUint16(6, searchRange)
  view.setUint16(8, entrySelector)
  view.setUint16(10, count * 16 - searchRange)
  let offset = 12 + count * 16
  let headOffset = -1
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!
    if (tag === 'head') {
      // The adjustment is computed over the whole file with this field zero.
      new DataView(table.buffer, table.byteOffset, table.byteLength).setUint32(8, 0)
      headOffset = offset
    }
    const at = 12 + i * 16
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k)
    view.setUint32(at + 4, checksum(table))
    view.setUint32(at + 8, offset)
    view.setUint32(at + 12, table.length)
    out.set(table, offset)
    offset += Math.ceil(table.length / 4) * 4
  })
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0)
  return out
}

/** A format-4 character map (Unicode BMP) for code points to new glyph ids. */
function cmapTable(map: Map<number, number>): Uint8Array {
  const codes = [...map.keys()].filter((cp) => cp <= 0xfffe).sort((a, b) => a - b)
  const segments: { start: number; end: number; delta: number }[] = []
  for (const cp of codes) {
    const gid = map.get(cp)!
    const last = segments.at(-1)
    if (last && cp === last.end + 1 && gid - cp === last.delta) last.end = cp
    else segments.push({ start: cp, end: cp, delta: gid - cp })
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 })
  const segCount = segments.length
  const subtableLength = 16 + segCount * 8
  const out = new Uint8Array(4 + 8 + subtableLength)
  const view = new DataView(out.buffer)
  view.setUint16(0, 0) // version
  view.setUint16(2, 1) // one encoding record
  view.setUint16(4, 3) // Windows
  view.setUint16(6, 1) // Unicode BMP
  view.setUint32(8, 12)
  const s = 12
  const entrySelector = Math.floor(Math.log2(segCount))
  const searchRange = 2 * 2 ** entrySelector
  view.setUint16(s, 4)
  view.setUint16(s + 2, subtableLength)
  view.setUint16(s + 4, 0)
  view.setUint16(s + 6, segCount * 2)
  view.setUint16(s + 8, searchRange)
  view.setUint16(s + 10, entrySelector)
  view.setUint16(s + 12, segCount * 2 - searchRange)
  const ends = s + 14
  const starts = ends + segCount * 2 + 2
  const deltas = starts + segCount * 2
  const rangeOffsets = deltas + segCount * 2
  segments.forEach((seg, i) => {
    view.setUint16(ends + i * 2, seg.end)
    view.setUint16(starts + i * 2, seg.start)
    view.setUint16(deltas + i * 2, (seg.delta + 0x10000) & 0xffff)
    view.setUint16(rangeOffsets + i * 2, 0)
  })
  return out
}

/** The legacy kerning table (format 0) for the measured pairs whose glyphs are in the subset. */
function kernTable(weight: FontWeight, map: Map<number, number>): Uint8Array | null {
  const { pairs, values } = FONT_METRICS[weight].kerning
  const kept: [number, number, number][] = []
  for (let p = 0; p < values.length; p++) {
    const left = map.get(pairs.charCodeAt(2 * p))
    const right = map.get(pairs.charCodeAt(2 * p + 1))
    if (left !== undefined && right !== undefined) kept.push([left, right, values[p]!])
  }
  if (kept.length === 0) return null
  kept.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const n = kept.length
  const out = new Uint8Array(4 + 14 + n * 6)
  const view = new DataView(out.buffer)
  view.setUint16(0, 0) // version
  view.setUint16(2, 1) // one subtable
  view.setUint16(4, 0) // subtable version
  view.setUint16(6, 14 + n * 6)
  view.setUint16(8, 0x0001) // horizontal kerning, format 0
  const entrySelector = Math.floor(Math.log2(n))
  const searchRange = 2 ** entrySelector * 6
  view.setUint16(10, n)
  view.setUint16(12, searchRange)
  view.setUint16(14, entrySelector)
  view.setUint16(16, n * 6 - searchRange)
  kept.forEach(([left, right, value], i) => {
    view.setUint16(18 + i * 6, left)
    view.setUint16(20 + i * 6, right)
    view.setInt16(22 + i * 6, value)
  })
  return out
}

/** Names kept: copyright, family, style, unique id, full name, version, PostScript name, licence URL. */
const KEPT_NAMES = new Set([0, 1, 2, 3, 4, 5, 6, 14])

/**
 * The original `name` table without its long entries (the licence's full text and the like; its
 * URL stays): Windows records only, which every reader understands.
 */
function nameTable(original: Uint8Array): Uint8Array {
  const view = new DataView(original.buffer, original.byteOffset, original.byteLength)
  const count = view.getUint16(2)
  const storage = view.getUint16(4)
  const kept: { ids: number[]; text: Uint8Array }[] = []
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12
    const ids = [0, 2, 4, 6].map((k) => view.getUint16(at + k))
    const [platform, , , nameId] = ids as [number, number, number, number]
    if (platform !== 3 || !KEPT_NAMES.has(nameId)) continue
    const length = view.getUint16(at + 8)
    const offset = storage + view.getUint16(at + 10)
    kept.push({ ids, text: original.subarray(offset, offset + length) })
  }
  const header = 6 + kept.length * 12
  const size = header + kept.reduce((sum, k) => sum + k.text.length, 0)
  const out = new Uint8Array(size)
  const w = new DataView(out.buffer)
  w.setUint16(0, 0)
  w.setUint16(2, kept.length)
  w.setUint16(4, header)
  let offset = 0
  kept.forEach((k, i) => {
    const at = 6 + i * 12
    k.ids.forEach((id, j) => w.setUint16(at + j * 2, id))
    w.setUint16(at + 8, k.text.length)
    w.setUint16(at + 10, offset)
    out.set(k.text, header + offset)
    offset += k.text.length
  })
  return out
}

/** `post` version 3: metrics for underlines, no glyph names (the subset renumbers glyphs). */
function postTable(original: Uint8Array): Uint8Array {
  const out = new Uint8Array(original.subarray(0, 32))
  new DataView(out.buffer).setUint32(0, 0x00030000)
  return out
}

/**
 * A TrueType subset of the embedded font at `weight` holding the glyphs of `characters` (and the
 * font's .notdef), with a character map so any reader draws it.
 */
export function subsetFont(weight: FontWeight, characters: string): Uint8Array {
  const { font, tables } = source(weight)
  const subset = font.createSubset()
  const map = new Map<number, number>()
  for (const ch of new Set(characters)) {
    const cp = ch.codePointAt(0)!
    if (!font.hasGlyphForCodePoint(cp)) continue
    map.set(cp, subset.includeGlyph(font.glyphForCodePoint(cp).id))
  }
  const built = readTables(new Uint8Array(subset.encode()))
  const out = new Map<string, Uint8Array>()
  for (const [tag, table] of built) out.set(tag, new Uint8Array(table))
  out.set('cmap', cmapTable(map))
  const kern = kernTable(weight, map)
  if (kern) out.set('kern', kern)
  const os2 = tables.get('OS/2')
  if (os2) out.set('OS/2', new Uint8Array(os2))
  const name = tables.get('name')
  if (name) out.set('name', nameTable(name))
  const post = tables.get('post')
  if (post) out.set('post', postTable(post))
  return writeFont(out)
}
