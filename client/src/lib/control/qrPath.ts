import { create } from 'qrcode'

/** A QR code as one SVG path: `size` modules a side, plus a quiet zone of `margin` on each. */
export interface QrPath {
  /** Side of the whole picture in modules, quiet zone included (the SVG viewBox). */
  extent: number
  /** Path data: one unit square per dark module. */
  d: string
}

/**
 * Encodes `text` as a QR code, locally (no network), with error correction M: readable from a
 * projector across a room. One path with a square per dark module keeps the DOM small.
 */
export function qrPath(text: string, margin = 4): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const size = modules.size
  const parts: string[] = []
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      // Runs of dark modules in a row are one rectangle: a shorter path than a square each.
      if (!modules.get(row, col)) continue
      let end = col
      while (end + 1 < size && modules.get(row, end + 1)) end++
      parts.push(`M${col + margin} ${row + margin}h${end - col + 1}v1h${-(end - col + 1)}z`)
      col = end
    }
  }
  return { extent: size + 2 * margin, d: parts.join('') }
}
