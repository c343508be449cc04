/**
 * Whether an image's bytes are complete, walked from the first byte to the last without
 * decoding a pixel: a header alone says nothing about the rest of the file, and a browser sizes
 * its buffers by what the whole file asks for. Pure: bytes in, facts out; never throws.
 */

import type { ImageInfo } from './imageInfo.ts'

/**
 * The image as a browser will size it when its structure is complete, else null. The size is
 * the header's except for a GIF whose frames reach beyond its logical screen: browsers grow the
 * canvas to hold them, so a tiny screen cannot hide a huge frame.
 */
export function completeImage(bytes: Uint8Array, info: ImageInfo): ImageInfo | null {
  switch (info.mime) {
    case 'image/png':
      return pngComplete(bytes) ? info : null
    case 'image/jpeg':
      return jpegComplete(bytes) ? info : null
    case 'image/webp':
      return webpComplete(bytes) ? info : null
    case 'image/gif':
      return gifExtent(bytes, info)
  }
}

function u32be(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!)
}

function u32le(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
}

function u16le(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8)
}

function chunkType(b: Uint8Array, at: number): string {
  return String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!)
}

/** PNG: chunk after chunk, each inside the file, IHDR first and once, some IDAT, IEND last. */
function pngComplete(b: Uint8Array): boolean {
  let at = 8
  let chunks = 0
  let hasData = false
  while (at + 12 <= b.length) {
    const length = u32be(b, at)
    const type = chunkType(b, at + 4)
    const end = at + 12 + length
    if (length > 0x7fffffff || end > b.length) return false
    if ((type === 'IHDR') !== (chunks === 0)) return false
    if (type === 'IDAT') hasData = true
    if (type === 'IEND') return hasData
    chunks++
    at = end
  }
  return false
}

/** JPEG: a start-of-scan and, after it, an end-of-image marker. Bytes after the end are allowed
 * (phones append a video to "motion photos"); a file cut off in the scan is not. */
function jpegComplete(b: Uint8Array): boolean {
  let scan = -1
  for (let at = 2; at + 1 < b.length; at++) {
    if (b[at] === 0xff && b[at + 1] === 0xda) {
      scan = at
      break
    }
  }
  if (scan < 0) return false
  // Inside entropy-coded data a 0xFF byte is always followed by 0x00 or a restart marker, so
  // FF D9 can only be the real end.
  for (let at = scan + 2; at + 1 < b.length; at++) {
    if (b[at] === 0xff && b[at + 1] === 0xd9) return true
  }
  return false
}

/** WebP: the RIFF container's declared size fits in the bytes received. */
function webpComplete(b: Uint8Array): boolean {
  if (b.length < 12) return false
  const riffEnd = 8 + u32le(b, 4)
  if (riffEnd > b.length) return false
  // Every chunk inside the container must end inside it.
  let at = 12
  while (at + 8 <= riffEnd) {
    const end = at + 8 + u32le(b, at + 4)
    if (end > riffEnd) return false
    at = end + (end % 2)
  }
  return true
}

/** GIF: blocks up to the trailer; the size grown to every frame's extent (see completeImage). */
function gifExtent(b: Uint8Array, info: ImageInfo): ImageInfo | null {
  let width = info.width
  let height = info.height
  let at = 13
  const flags = b[10] ?? 0
  if (flags & 0x80) at += 3 * (1 << ((flags & 0x07) + 1))
  while (at < b.length) {
    const block = b[at]!
    if (block === 0x3b) return { ...info, width, height }
    if (block === 0x21) {
      at = skipSubBlocks(b, at + 2)
    } else if (block === 0x2c) {
      if (at + 10 > b.length) return null
      width = Math.max(width, u16le(b, at + 1) + u16le(b, at + 5))
      height = Math.max(height, u16le(b, at + 3) + u16le(b, at + 7))
      const local = b[at + 9]!
      at += 10
      if (local & 0x80) at += 3 * (1 << ((local & 0x07) + 1))
      at = skipSubBlocks(b, at + 1) // after the LZW minimum code size
    } else {
      return null
    }
    if (at < 0) return null
  }
  return null
}

/** The index after a chain of data sub-blocks (length byte, data; a zero length ends), or -1. */
function skipSubBlocks(b: Uint8Array, at: number): number {
  while (at < b.length) {
    const size = b[at]!
    at += 1 + size
    if (size === 0) return at
  }
  return -1
}
