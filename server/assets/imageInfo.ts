/**
 * What kind of image a byte string is and how large, read from its header alone: no decoder, no
 * native library. Only the raster formats a browser draws safely on a canvas are recognised
 * (PNG, JPEG, WebP, GIF); anything else, SVG above all (it can carry script), is not an image
 * here. Pure: bytes in, facts out.
 */

import type { AssetMime } from '../../shared/assets.ts'

export type ImageMime = AssetMime

export interface ImageInfo {
  mime: ImageMime
  /** Natural size in pixels, both at least 1. */
  width: number
  height: number
}

/** The image's type and size, or null when the bytes are not a PNG, JPEG, WebP or GIF whose
 * header says how large it is. Never throws. */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  const info = png(bytes) ?? gif(bytes) ?? webp(bytes) ?? jpeg(bytes)
  if (!info || info.width < 1 || info.height < 1) return null
  return info
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false
  return prefix.every((b, i) => bytes[at + i] === b)
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0))
}

function u16be(b: Uint8Array, at: number): number {
  return (b[at]! << 8) | b[at + 1]!
}

function u16le(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8)
}

function u24le(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)
}

function u32be(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!)
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** PNG: the signature, then the IHDR chunk must come first; width and height are 32-bit BE. */
function png(b: Uint8Array): ImageInfo | null {
  if (!startsWith(b, PNG_SIGNATURE) || b.length < 24) return null
  if (!startsWith(b, ascii('IHDR'), 12)) return null
  return { mime: 'image/png', width: u32be(b, 16), height: u32be(b, 20) }
}

/** GIF87a / GIF89a: the logical screen size, 16-bit LE, right after the signature. */
function gif(b: Uint8Array): ImageInfo | null {
  if (!(startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) || b.length < 10) {
    return null
  }
  return { mime: 'image/gif', width: u16le(b, 6), height: u16le(b, 8) }
}

/** WebP: a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended). */
function webp(b: Uint8Array): ImageInfo | null {
  if (!startsWith(b, ascii('RIFF')) || !startsWith(b, ascii('WEBP'), 8) || b.length < 30) {
    return null
  }
  if (startsWith(b, ascii('VP8 '), 12)) {
    // Frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height (2 bits of scale).
    if (!startsWith(b, [0x9d, 0x01, 0x2a], 23)) return null
    return { mime: 'image/webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  }
  if (startsWith(b, ascii('VP8L'), 12)) {
    // Signature 0x2f, then width-1 and height-1 in 14 bits each, least significant bit first.
    if (b[20] !== 0x2f) return null
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0
    return { mime: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (startsWith(b, ascii('VP8X'), 12)) {
    // Flags (1), reserved (3), then canvas width-1 and height-1 in 24 bits LE each.
    return { mime: 'image/webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  }
  return null
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
}

/** JPEG: walk the marker segments from SOI until a start-of-frame; give up at start-of-scan. */
function jpeg(b: Uint8Array): ImageInfo | null {
  if (!startsWith(b, [0xff, 0xd8, 0xff])) return null
  let at = 2
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1]!
    if (marker === 0xff) {
      at++ // fill byte
      continue
    }
    // Markers without a length: TEM and RST0-7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    if (marker === 0xd9 || marker === 0xda) return null
    const length = u16be(b, at + 2)
    if (length < 2) return null
    if (isStartOfFrame(marker)) {
      if (at + 9 > b.length || length < 7) return null
      return { mime: 'image/jpeg', height: u16be(b, at + 5), width: u16be(b, at + 7) }
    }
    at += 2 + length
  }
  return null
}
