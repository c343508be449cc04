import { FONT_ASCENT, FONT_DESCENT, measureText } from './font/measure.ts'
import type { Primitive, Stroke } from './primitives.ts'

/** A box on the board: left, top, width, height. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Extent as min/max, accumulated without allocating per primitive. */
class Extent {
  minX = Infinity
  minY = Infinity
  maxX = -Infinity
  maxY = -Infinity

  add(x0: number, y0: number, x1: number, y1: number): void {
    if (x0 < this.minX) this.minX = x0
    if (y0 < this.minY) this.minY = y0
    if (x1 > this.maxX) this.maxX = x1
    if (y1 > this.maxY) this.maxY = y1
  }

  get empty(): boolean {
    return this.minX > this.maxX || this.minY > this.maxY
  }

  box(): Box | null {
    return this.empty
      ? null
      : { x: this.minX, y: this.minY, w: this.maxX - this.minX, h: this.maxY - this.minY }
  }
}

/** How far a stroke reaches beyond its geometry: half its width, more at sharp mitred corners. */
function reach(stroke: Stroke | undefined): number {
  if (!stroke) return 0
  return stroke.join === 'miter' || stroke.join === undefined ? stroke.width : stroke.width / 2
}

function addPrimitive(p: Primitive, out: Extent): void {
  switch (p.kind) {
    case 'rect': {
      const r = reach(p.stroke)
      out.add(p.x - r, p.y - r, p.x + p.w + r, p.y + p.h + r)
      return
    }
    case 'ellipse': {
      const r = reach(p.stroke)
      out.add(p.cx - p.rx - r, p.cy - p.ry - r, p.cx + p.rx + r, p.cy + p.ry + r)
      return
    }
    case 'image':
      out.add(p.x, p.y, p.x + p.w, p.y + p.h)
      return
    case 'path': {
      // Control points bound a Bézier curve: conservative, and never cuts anything off.
      const r = reach(p.stroke)
      for (const c of p.commands) {
        if (c.op === 'close') continue
        out.add(c.x - r, c.y - r, c.x + r, c.y + r)
        if (c.op === 'cubic') {
          out.add(c.c1x - r, c.c1y - r, c.c1x + r, c.c1y + r)
          out.add(c.c2x - r, c.c2y - r, c.c2x + r, c.c2y + r)
        } else if (c.op === 'quad') out.add(c.cx - r, c.cy - r, c.cx + r, c.cy + r)
      }
      return
    }
    case 'text': {
      for (const line of p.lines) {
        if (line.text === '') continue
        const width = measureText(line.text, p.fontSize, p.weight)
        const left =
          p.anchor === 'start'
            ? line.x
            : p.anchor === 'middle'
              ? line.x - width / 2
              : line.x - width
        out.add(
          left,
          line.y - FONT_ASCENT * p.fontSize,
          left + width,
          line.y + FONT_DESCENT * p.fontSize,
        )
      }
      return
    }
    case 'group': {
      if (!p.clip) {
        for (const child of p.children) addPrimitive(child, out)
        return
      }
      const inner = new Extent()
      for (const child of p.children) addPrimitive(child, inner)
      if (inner.empty) return
      const c = p.clip
      const x0 = Math.max(inner.minX, c.x)
      const y0 = Math.max(inner.minY, c.y)
      const x1 = Math.min(inner.maxX, c.x + c.w)
      const y1 = Math.min(inner.maxY, c.y + c.h)
      if (x0 <= x1 && y0 <= y1) out.add(x0, y0, x1, y1)
      return
    }
  }
}

/**
 * The box everything in `items` covers when drawn: strokes, shadows, text (by the font's
 * metrics) and labels included, clipped groups only as far as their clip. Null when nothing is
 * drawn.
 */
export function primitivesBounds(items: readonly Primitive[]): Box | null {
  const extent = new Extent()
  for (const item of items) addPrimitive(item, extent)
  return extent.box()
}
