// Tiny valid images as bytes, for tests of upload, type detection and drawing. PNG is encoded
// here (zlib + CRC); JPEG and WebP were encoded once by Chromium (3×2 pixels, one colour) and are
// kept as base64; GIF is the classic 1×1 pixel.
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** A PNG of `width` × `height` pixels in one opaque colour (8-bit RGB). */
export function pngBytes(width: number, height: number, rgb = [0xc0, 0x39, 0x2b]): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // bit depth 8, colour type RGB, deflate, no filter, no interlace
  const row = Buffer.alloc(1 + width * 3)
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3)
  const raw = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', new Uint8Array()),
  ])
}

/** A 3 × 2 baseline JPEG (with an ICC profile segment before the frame header). */
export const JPEG_3X2 = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCeACoH/9k=',
  'base64',
)

/** 3 × 2 WebP, extended format (VP8X with an ICC profile), lossy and lossless. */
export const WEBP_3X2_LOSSY_EXTENDED = Buffer.from(
  'UklGRhYCAABXRUJQVlA4WAoAAAAgAAAAAgAAAQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggKAAAAJABAJ0BKgMAAgACwEwloAJ0ugADmAD+6WkevgCn7P/5Kf4u+83doAA=',
  'base64',
)
export const WEBP_3X2_LOSSLESS_EXTENDED = Buffer.from(
  'UklGRgACAABXRUJQVlA4WAoAAAAgAAAAAgAAAQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDhMEQAAAC8CQAAAB9CcAnel/4GI6H8AAA==',
  'base64',
)

/** The simple WebP (one `VP8 ` or `VP8L` chunk) inside an extended one, in its own RIFF. */
export function simpleWebp(extended: Buffer): Buffer {
  let at = 12
  while (at + 8 <= extended.length) {
    const type = extended.toString('latin1', at, at + 4)
    const size = extended.readUInt32LE(at + 4)
    if (type === 'VP8 ' || type === 'VP8L') {
      const chunk = extended.subarray(at, at + 8 + size + (size % 2))
      const head = Buffer.alloc(12)
      head.write('RIFF', 0, 'latin1')
      head.writeUInt32LE(4 + chunk.length, 4)
      head.write('WEBP', 8, 'latin1')
      return Buffer.concat([head, chunk])
    }
    at += 8 + size + (size % 2)
  }
  throw new Error('no VP8 or VP8L chunk')
}

/** The classic 1 × 1 GIF89a. */
export const GIF_1X1 = Buffer.from(
  'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
  'base64',
)

/** An SVG that would run script if a browser rendered it as a document. */
export const SVG_WITH_SCRIPT = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
)

/** A PNG that is `bytes` long (at least ~80): one colour, padded by a text chunk of random
 * letters, so sizes add up the same whatever the image compresses to. */
export function pngOfSize(bytes: number, rgb = [0x10, 0x20, 0x30]): Buffer {
  const plain = pngBytes(4, 4, rgb)
  const overhead = 12 + 4 // chunk length, type, CRC; the keyword "pad" and its NUL
  const padding = bytes - plain.length - overhead
  if (padding < 0) throw new Error(`a PNG cannot be as small as ${bytes} bytes`)
  const letters = Buffer.from(
    Array.from({ length: padding }, () => 97 + Math.floor(Math.random() * 26)),
  )
  const text = pngChunk('tEXt', Buffer.concat([Buffer.from('pad\0', 'latin1'), letters]))
  const iend = plain.length - 12
  return Buffer.concat([plain.subarray(0, iend), text, plain.subarray(iend)])
}

/**
 * A PNG whose header claims `width` × `height` pixels around a tiny data stream: a few dozen
 * bytes that a browser would size a buffer of gigabytes for (a decompression bomb).
 */
export function pngClaiming(width: number, height: number): Buffer {
  const png = Buffer.from(pngBytes(1, 1))
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  return png
}

/** A GIF with a 1 × 1 logical screen and one `width` × `height` frame: browsers grow the
 * screen to the frame. */
export function gifWithFrame(width: number, height: number): Buffer {
  const frame = Buffer.alloc(10)
  frame[0] = 0x2c
  frame.writeUInt16LE(width, 5)
  frame.writeUInt16LE(height, 7)
  return Buffer.concat([
    Buffer.from('GIF89a', 'latin1'),
    Buffer.from([1, 0, 1, 0, 0x80, 0, 0]), // 1 × 1 screen, a global table of 2 colours
    Buffer.from([0, 0, 0, 0xff, 0xff, 0xff]),
    frame,
    Buffer.from([2, 2, 0x4c, 0x01, 0]), // LZW code size 2, one sub-block, end of data
    Buffer.from([0x3b]),
  ])
}
