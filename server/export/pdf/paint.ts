import type { Paint } from '../../../shared/picture/primitives.ts'

/** A colour as PDF writes it: RGB in 0..255 and its alpha apart (PDF has no RGBA colour). */
export interface PdfPaint {
  rgb: [number, number, number]
  alpha: number
}

const HEX6 = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i
const HEX3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i
const RGBA = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i

/**
 * Reads a picture's paint (`#rrggbb`, `#rgb`, `rgb(…)`, `rgba(…)`, `none`, `transparent`).
 * Null for nothing to paint: a transparent or unreadable paint draws nothing rather than black.
 */
export function parsePaint(paint: Paint | undefined): PdfPaint | null {
  if (paint === undefined) return null
  const value = paint.trim()
  const hex = HEX6.exec(value) ?? HEX3.exec(value)
  if (hex) {
    const channel = (h: string): number => parseInt(h.length === 1 ? h + h : h, 16)
    return { rgb: [channel(hex[1]!), channel(hex[2]!), channel(hex[3]!)], alpha: 1 }
  }
  const rgba = RGBA.exec(value)
  if (rgba) {
    const channel = (v: string): number => Math.max(0, Math.min(255, Math.round(Number(v))))
    const alpha = rgba[4] === undefined ? 1 : Math.max(0, Math.min(1, Number(rgba[4])))
    if (alpha === 0) return null
    return { rgb: [channel(rgba[1]!), channel(rgba[2]!), channel(rgba[3]!)], alpha }
  }
  return null
}
